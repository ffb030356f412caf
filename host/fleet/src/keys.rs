//! Key and value codecs of the `fleet` tree (layout in the crate doc).

pub(crate) const HOUR_MS: u64 = 3_600_000;
pub(crate) const DAY_MS: u64 = 24 * HOUR_MS;

/// Record kinds: the first byte of every key of the `fleet` tree.
pub(crate) const DEVICE: u8 = 0x01;
pub(crate) const METRIC: u8 = 0x02;
/// Accounted bytes per (tier, hour): what retention reads instead of scanning the tiers.
pub(crate) const SIZE: u8 = 0x03;
pub(crate) const BEAT: u8 = 0x10;
pub(crate) const POINTS: u8 = 0x11;
pub(crate) const HOURLY: u8 = 0x12;
pub(crate) const DAILY: u8 = 0x13;
pub(crate) const REBOOT: u8 = 0x14;

/// The time-keyed tiers and their names (for errors and reports).
pub(crate) const TIERS: [(u8, &str); 5] = [
    (BEAT, "beats"),
    (POINTS, "raw points"),
    (HOURLY, "hourly rollups"),
    (DAILY, "daily rollups"),
    (REBOOT, "reboots"),
];

pub(crate) fn tier_name(tag: u8) -> &'static str {
    TIERS.iter().find(|t| t.0 == tag).map_or("fleet", |t| t.1)
}

pub(crate) fn floor_hour(ms: u64) -> u64 {
    ms - ms % HOUR_MS
}

pub(crate) fn ceil_hour(ms: u64) -> u64 {
    floor_hour(ms.saturating_add(HOUR_MS - 1))
}

pub(crate) fn floor_day(ms: u64) -> u64 {
    ms - ms % DAY_MS
}

pub(crate) fn ceil_day(ms: u64) -> u64 {
    floor_day(ms.saturating_add(DAY_MS - 1))
}

pub(crate) fn put_str(out: &mut Vec<u8>, s: &str) {
    // Validation caps every string at 255 bytes.
    out.push(s.len() as u8);
    out.extend_from_slice(s.as_bytes());
}

/// `DEVICE | project | serial`.
pub(crate) fn device_key(project: u32, serial: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(6 + serial.len());
    k.push(DEVICE);
    k.extend_from_slice(&project.to_be_bytes());
    put_str(&mut k, serial);
    k
}

/// `METRIC | project | name`.
pub(crate) fn metric_key(project: u32, name: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(5 + name.len());
    k.push(METRIC);
    k.extend_from_slice(&project.to_be_bytes());
    k.extend_from_slice(name.as_bytes());
    k
}

/// `tag | project | t`: where a tier's records of time `t` begin.
pub(crate) fn time_prefix(tag: u8, project: u32, t: u64) -> Vec<u8> {
    let mut k = Vec::with_capacity(13 + 32 + 8);
    k.push(tag);
    k.extend_from_slice(&project.to_be_bytes());
    k.extend_from_slice(&t.to_be_bytes());
    k
}

/// `tag | project | t | serial` (rollups: `t` is the hour or day).
pub(crate) fn slot_key(tag: u8, project: u32, t: u64, serial: &str) -> Vec<u8> {
    let mut k = time_prefix(tag, project, t);
    put_str(&mut k, serial);
    k
}

/// `tag | project | hour | serial | at` (beats, raw points, reboots).
pub(crate) fn event_key(tag: u8, project: u32, at_ms: u64, serial: &str) -> Vec<u8> {
    let mut k = slot_key(tag, project, floor_hour(at_ms), serial);
    k.extend_from_slice(&at_ms.to_be_bytes());
    k
}

/// `SIZE | tag | hour`.
pub(crate) fn size_key(tag: u8, hour: u64) -> [u8; 10] {
    let mut k = [0u8; 10];
    k[0] = SIZE;
    k[1] = tag;
    k[2..].copy_from_slice(&hour.to_be_bytes());
    k
}

/// A time-keyed record's key: (slot time, serial, event time when there is one).
pub(crate) struct TimeKey<'a> {
    pub t: u64,
    pub serial: &'a [u8],
    pub at: Option<u64>,
}

pub(crate) fn parse_time_key(key: &[u8]) -> Option<TimeKey<'_>> {
    let t = u64::from_be_bytes(key.get(5..13)?.try_into().ok()?);
    let n = *key.get(13)? as usize;
    let serial = key.get(14..14 + n)?;
    let rest = key.get(14 + n..)?;
    let at = match rest.len() {
        0 => None,
        8 => Some(u64::from_be_bytes(rest.try_into().ok()?)),
        _ => return None,
    };
    Some(TimeKey { t, serial, at })
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
    pub(crate) fn rest(&self) -> &'a [u8] {
        self.buf
    }
    pub(crate) fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    pub(crate) fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.take(2)?.try_into().ok()?))
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

/// The encoded length of the attributes at the start of `buf`.
fn attrs_len(buf: &[u8]) -> Option<usize> {
    let mut r = Reader::new(buf);
    read_attrs(&mut r)?;
    Some(buf.len() - r.rest().len())
}

/// One metric of one device over an hour (min/max) or a day (without them).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Cell {
    pub count: u32,
    pub sum: f64,
    pub min: f64,
    pub max: f64,
}

impl Cell {
    pub(crate) fn first(v: f64) -> Self {
        Cell {
            count: 1,
            sum: v,
            min: v,
            max: v,
        }
    }
    pub(crate) fn add(&mut self, v: f64) {
        self.count += 1;
        self.sum += v;
        self.min = self.min.min(v);
        self.max = self.max.max(v);
    }
}

/// A rollup row: every metric of one device in one hour or day.
///
/// Hourly value: `attrs_at u64 | attrs | n u16 | (metric u16, count u32, sum, min, max f64)…`,
/// where the attributes are those of the hour's latest heartbeat (`attrs_at`).
/// Daily value: `mixed u8 | attrs | n u16 | (metric u16, count u32, sum f64)…`, where the
/// attributes are the day's first heartbeat's and `mixed` says a later one had others.
/// Cells are sorted by metric number.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    /// Hourly: time of the heartbeat the attributes come from. Daily: 1 when mixed.
    pub mark: u64,
    pub attrs: Vec<u8>,
    pub cells: Vec<(u16, Cell)>,
}

impl Row {
    pub(crate) fn add(&mut self, metric: u16, v: f64) {
        match self.cells.binary_search_by_key(&metric, |c| c.0) {
            Ok(i) => self.cells[i].1.add(v),
            Err(i) => self.cells.insert(i, (metric, Cell::first(v))),
        }
    }

    pub(crate) fn encode(&self, hourly: bool) -> Vec<u8> {
        let cell = if hourly { 2 + 4 + 24 } else { 2 + 4 + 8 };
        let mut out = Vec::with_capacity(11 + self.attrs.len() + self.cells.len() * cell);
        if hourly {
            out.extend_from_slice(&self.mark.to_le_bytes());
        } else {
            out.push(u8::from(self.mark != 0));
        }
        out.extend_from_slice(&self.attrs);
        out.extend_from_slice(&(self.cells.len() as u16).to_le_bytes());
        for (m, c) in &self.cells {
            out.extend_from_slice(&m.to_le_bytes());
            out.extend_from_slice(&c.count.to_le_bytes());
            out.extend_from_slice(&c.sum.to_le_bytes());
            if hourly {
                out.extend_from_slice(&c.min.to_le_bytes());
                out.extend_from_slice(&c.max.to_le_bytes());
            }
        }
        out
    }

    pub(crate) fn decode(buf: &[u8], hourly: bool) -> Option<Row> {
        let (mark, attrs, mut r) = row_head(buf, hourly)?;
        let n = r.u16()?;
        let mut cells = Vec::with_capacity(n as usize);
        for _ in 0..n {
            let m = r.u16()?;
            let count = r.u32()?;
            let sum = r.f64()?;
            let (min, max) = if hourly {
                (r.f64()?, r.f64()?)
            } else {
                (f64::NAN, f64::NAN)
            };
            cells.push((
                m,
                Cell {
                    count,
                    sum,
                    min,
                    max,
                },
            ));
        }
        Some(Row {
            mark,
            attrs: attrs.to_vec(),
            cells,
        })
    }
}

fn row_head(buf: &[u8], hourly: bool) -> Option<(u64, &[u8], Reader<'_>)> {
    let mut r = Reader::new(buf);
    let mark = if hourly { r.u64()? } else { r.u8()? as u64 };
    let rest = r.rest();
    let n = attrs_len(rest)?;
    let attrs = &rest[..n];
    Some((mark, attrs, Reader::new(&rest[n..])))
}

/// A row's mark, attributes and one metric's (sum, count) when it has that metric.
pub(crate) type RowMetric<'a> = (u64, GroupAttrs<'a>, Option<(f64, u32)>);

/// A rollup row read in place: its mark, attributes and one metric's (sum, count), without
/// decoding the other cells.
pub(crate) fn row_metric(buf: &[u8], hourly: bool, metric: u16) -> Option<RowMetric<'_>> {
    let (mark, attrs, mut r) = row_head(buf, hourly)?;
    let attrs = read_attrs(&mut Reader::new(attrs))?;
    let n = r.u16()?;
    let cell = if hourly { 2 + 4 + 24 } else { 2 + 4 + 8 };
    let cells = r.rest();
    if cells.len() < n as usize * cell {
        return None;
    }
    let mut found = None;
    for i in 0..n as usize {
        let c = &cells[i * cell..(i + 1) * cell];
        let m = u16::from_le_bytes([c[0], c[1]]);
        if m == metric {
            let mut cr = Reader::new(&c[2..]);
            let count = cr.u32()?;
            let sum = cr.f64()?;
            found = Some((sum, count));
            break;
        }
        if m > metric {
            break;
        }
    }
    Some((mark, attrs, found))
}

/// Raw points value: `n u16 | (metric u16, value f64)…`.
pub(crate) fn encode_points(points: &[(u16, f64)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 + points.len() * 10);
    out.extend_from_slice(&(points.len() as u16).to_le_bytes());
    for (m, v) in points {
        out.extend_from_slice(&m.to_le_bytes());
        out.extend_from_slice(&v.to_le_bytes());
    }
    out
}

/// One metric's value in a raw points value (`Ok(None)`: not reported in that heartbeat).
pub(crate) fn point_of(buf: &[u8], metric: u16) -> Option<Option<f64>> {
    let mut r = Reader::new(buf);
    let n = r.u16()?;
    for _ in 0..n {
        let m = r.u16()?;
        let v = r.f64()?;
        if m == metric {
            return Some(Some(v));
        }
    }
    Some(None)
}

/// Device record value: version 1 | first_seen u64 | last_seen u64 | sw | hw | cohort? |
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
        out.push(kind_byte(l.kind));
        out.extend_from_slice(&l.value.to_le_bytes());
        out.extend_from_slice(&l.at_ms.to_le_bytes());
    }
    out
}

pub(crate) fn kind_byte(k: crate::MetricKind) -> u8 {
    match k {
        crate::MetricKind::Counter => 0,
        crate::MetricKind::Gauge => 1,
        crate::MetricKind::Timer => 2,
    }
}

pub(crate) fn kind_of(b: u8) -> Option<crate::MetricKind> {
    Some(match b {
        0 => crate::MetricKind::Counter,
        1 => crate::MetricKind::Gauge,
        2 => crate::MetricKind::Timer,
        _ => return None,
    })
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
    let n = r.u16()?;
    for _ in 0..n {
        let k = s(r.bytes()?)?;
        attrs.custom.insert(k, s(r.bytes()?)?);
    }
    let mut metrics = std::collections::BTreeMap::new();
    let n = r.u16()?;
    for _ in 0..n {
        let m = s(r.bytes()?)?;
        let kind = kind_of(r.u8()?)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_round_trip_and_read_one_metric_in_place() {
        let mut attrs = Vec::new();
        put_attrs(&mut attrs, "1.4.2", "evt", Some("beta"));
        let mut row = Row {
            mark: 42,
            attrs,
            cells: Vec::new(),
        };
        row.add(7, 1.0);
        row.add(2, 5.0);
        row.add(7, 3.0);
        for hourly in [true, false] {
            let buf = row.encode(hourly);
            let back = Row::decode(&buf, hourly).expect("decode");
            assert_eq!(back.cells.iter().map(|c| c.0).collect::<Vec<_>>(), [2, 7]);
            assert_eq!(back.cells[1].1.count, 2);
            assert_eq!(back.cells[1].1.sum, 4.0);
            if hourly {
                assert_eq!(back.mark, 42);
                assert_eq!((back.cells[1].1.min, back.cells[1].1.max), (1.0, 3.0));
            } else {
                assert_eq!(back.mark, 1);
            }
            let (_, a, cell) = row_metric(&buf, hourly, 7).expect("in place");
            assert_eq!(a.cohort, Some(&b"beta"[..]));
            assert_eq!(cell, Some((4.0, 2)));
            assert_eq!(row_metric(&buf, hourly, 3).expect("in place").2, None);
            assert!(row_metric(&buf[..buf.len() - 1], hourly, 7).is_none());
        }
    }

    #[test]
    fn time_keys_parse_back() {
        let k = event_key(BEAT, 3, 7_200_123, "SN-1");
        let t = parse_time_key(&k).expect("parse");
        assert_eq!(
            (t.t, t.serial, t.at),
            (7_200_000, &b"SN-1"[..], Some(7_200_123))
        );
        let k = slot_key(DAILY, 3, DAY_MS, "SN-1");
        let t = parse_time_key(&k).expect("parse");
        assert_eq!((t.t, t.at), (DAY_MS, None));
        assert!(parse_time_key(&k[..k.len() - 1]).is_none());
    }
}
