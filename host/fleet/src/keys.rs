//! Key and value codecs of the `fleet_*` trees (layout in the crate doc).

pub(crate) const HOUR_MS: u64 = 3_600_000;
pub(crate) const DAY_MS: u64 = 24 * HOUR_MS;

pub(crate) fn floor_hour(ms: u64) -> u64 {
    ms - ms % HOUR_MS
}

pub(crate) fn ceil_hour(ms: u64) -> u64 {
    floor_hour(ms.saturating_add(HOUR_MS - 1))
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    // Validation caps every string at 255 bytes.
    out.push(s.len() as u8);
    out.extend_from_slice(s.as_bytes());
}

/// `project | serial` (device prefix; key of `fleet_devices`).
pub(crate) fn device_key(project: u32, serial: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(5 + serial.len() + 1 + 32 + 8);
    k.extend_from_slice(&project.to_be_bytes());
    put_str(&mut k, serial);
    k
}

/// `project | serial | metric` (series prefix of `fleet_raw` and `fleet_hourly`).
pub(crate) fn series_key(project: u32, serial: &str, metric: &str) -> Vec<u8> {
    let mut k = device_key(project, serial);
    put_str(&mut k, metric);
    k
}

pub(crate) fn with_time(mut prefix: Vec<u8>, at_ms: u64) -> Vec<u8> {
    prefix.extend_from_slice(&at_ms.to_be_bytes());
    prefix
}

/// The trailing big-endian time of a time-suffixed key.
pub(crate) fn time_of(key: &[u8]) -> Option<u64> {
    let tail = key.get(key.len().checked_sub(8)?..)?;
    Some(u64::from_be_bytes(tail.try_into().ok()?))
}

/// A cursor over a value's fields; every read checks the length.
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(buf: &'a [u8]) -> Self {
        Reader { buf }
    }
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.buf.len() < n {
            return None;
        }
        let (a, b) = self.buf.split_at(n);
        self.buf = b;
        Some(a)
    }
    pub(crate) fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    pub(crate) fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    pub(crate) fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    pub(crate) fn f64(&mut self) -> Option<f64> {
        Some(f64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    pub(crate) fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.u8()? as usize;
        self.take(n)
    }
    /// An optional string: flag byte, then the string when the flag is 1.
    pub(crate) fn opt_bytes(&mut self) -> Option<Option<&'a [u8]>> {
        match self.u8()? {
            0 => Some(None),
            _ => Some(Some(self.bytes()?)),
        }
    }
}

/// The group attributes carried by rollups and heartbeat records.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct GroupAttrs<'a> {
    pub sw: &'a [u8],
    pub hw: &'a [u8],
    pub cohort: Option<&'a [u8]>,
}

pub(crate) fn put_attrs(out: &mut Vec<u8>, sw: &str, hw: &str, cohort: Option<&str>) {
    put_str(out, sw);
    put_str(out, hw);
    match cohort {
        None => out.push(0),
        Some(c) => {
            out.push(1);
            put_str(out, c);
        }
    }
}

pub(crate) fn read_attrs<'a>(r: &mut Reader<'a>) -> Option<GroupAttrs<'a>> {
    Some(GroupAttrs {
        sw: r.bytes()?,
        hw: r.bytes()?,
        cohort: r.opt_bytes()?,
    })
}

/// One hour of one metric of one device.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rollup {
    pub count: u32,
    pub sum: f64,
    pub min: f64,
    pub max: f64,
    pub last: f64,
    pub last_at: u64,
}

impl Rollup {
    pub(crate) fn first(v: f64, at_ms: u64) -> Self {
        Rollup {
            count: 1,
            sum: v,
            min: v,
            max: v,
            last: v,
            last_at: at_ms,
        }
    }
    /// Adds a point; returns whether it is the latest of the hour (then the attributes follow it).
    pub(crate) fn add(&mut self, v: f64, at_ms: u64) -> bool {
        self.count += 1;
        self.sum += v;
        self.min = self.min.min(v);
        self.max = self.max.max(v);
        if at_ms >= self.last_at {
            self.last = v;
            self.last_at = at_ms;
            true
        } else {
            false
        }
    }
}

pub(crate) fn encode_rollup(r: &Rollup, attrs: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(44 + attrs.len());
    out.extend_from_slice(&r.count.to_le_bytes());
    for f in [r.sum, r.min, r.max, r.last] {
        out.extend_from_slice(&f.to_le_bytes());
    }
    out.extend_from_slice(&r.last_at.to_le_bytes());
    out.extend_from_slice(attrs);
    out
}

fn read_rollup(r: &mut Reader<'_>) -> Option<Rollup> {
    Some(Rollup {
        count: r.u32()?,
        sum: r.f64()?,
        min: r.f64()?,
        max: r.f64()?,
        last: r.f64()?,
        last_at: r.u64()?,
    })
}

pub(crate) fn decode_rollup(buf: &[u8]) -> Option<(Rollup, GroupAttrs<'_>)> {
    let mut r = Reader::new(buf);
    let rollup = read_rollup(&mut r)?;
    let attrs = read_attrs(&mut r)?;
    Some((rollup, attrs))
}

/// The bytes of a rollup after the fixed fields (its attributes).
pub(crate) const ROLLUP_FIXED: usize = 4 + 8 * 4 + 8;

/// `fleet_devices` value: version 1 | first_seen u64 | last_seen u64 | sw | hw | cohort? |
/// custom count u16, (key, value)… | metric count u16, (name, kind u8, value f64, at u64)…
pub(crate) fn encode_device(s: &crate::DeviceState) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 + s.metrics.len() * 32);
    out.push(1);
    out.extend_from_slice(&s.first_seen_ms.to_le_bytes());
    out.extend_from_slice(&s.last_seen_ms.to_le_bytes());
    put_attrs(
        &mut out,
        &s.attrs.software_version,
        &s.attrs.hardware_version,
        s.attrs.cohort.as_deref(),
    );
    out.extend_from_slice(&(s.attrs.custom.len() as u16).to_le_bytes());
    for (k, v) in &s.attrs.custom {
        put_str(&mut out, k);
        put_str(&mut out, v);
    }
    out.extend_from_slice(&(s.metrics.len() as u16).to_le_bytes());
    for (m, l) in &s.metrics {
        put_str(&mut out, m);
        out.push(match l.kind {
            crate::MetricKind::Counter => 0,
            crate::MetricKind::Gauge => 1,
            crate::MetricKind::Timer => 2,
        });
        out.extend_from_slice(&l.value.to_le_bytes());
        out.extend_from_slice(&l.at_ms.to_le_bytes());
    }
    out
}

pub(crate) fn decode_device(buf: &[u8]) -> Option<crate::DeviceState> {
    let mut r = Reader::new(buf);
    if r.u8()? != 1 {
        return None;
    }
    let first_seen_ms = r.u64()?;
    let last_seen_ms = r.u64()?;
    let s = |b: &[u8]| std::str::from_utf8(b).ok().map(str::to_string);
    let a = read_attrs(&mut r)?;
    let mut attrs = crate::Attributes {
        software_version: s(a.sw)?,
        hardware_version: s(a.hw)?,
        cohort: match a.cohort {
            Some(c) => Some(s(c)?),
            None => None,
        },
        custom: Default::default(),
    };
    let n = u16::from_le_bytes([r.u8()?, r.u8()?]);
    for _ in 0..n {
        let k = s(r.bytes()?)?;
        attrs.custom.insert(k, s(r.bytes()?)?);
    }
    let mut metrics = std::collections::BTreeMap::new();
    let n = u16::from_le_bytes([r.u8()?, r.u8()?]);
    for _ in 0..n {
        let m = s(r.bytes()?)?;
        let kind = match r.u8()? {
            0 => crate::MetricKind::Counter,
            1 => crate::MetricKind::Gauge,
            2 => crate::MetricKind::Timer,
            _ => return None,
        };
        let value = r.f64()?;
        let at_ms = r.u64()?;
        metrics.insert(m, crate::LatestValue { kind, value, at_ms });
    }
    Some(crate::DeviceState {
        attrs,
        first_seen_ms,
        last_seen_ms,
        metrics,
    })
}

pub(crate) fn floor_day(ms: u64) -> u64 {
    ms - ms % DAY_MS
}

pub(crate) fn ceil_day(ms: u64) -> u64 {
    floor_day(ms.saturating_add(DAY_MS - 1))
}

/// `fleet_daily` value: the rollup, `mixed` (1 when points of the day came with different group
/// attributes), then the group attributes of the day's first stored point.
pub(crate) fn encode_daily(r: &Rollup, mixed: bool, attrs: &[u8]) -> Vec<u8> {
    let mut out = encode_rollup(r, &[]);
    out.push(mixed as u8);
    out.extend_from_slice(attrs);
    out
}

pub(crate) fn decode_daily(buf: &[u8]) -> Option<(Rollup, bool, GroupAttrs<'_>, &[u8])> {
    let r = read_rollup(&mut Reader::new(buf))?;
    let mixed = *buf.get(ROLLUP_FIXED)? != 0;
    let attr_bytes = buf.get(ROLLUP_FIXED + 1..)?;
    let attrs = read_attrs(&mut Reader::new(attr_bytes))?;
    Some((r, mixed, attrs, attr_bytes))
}
