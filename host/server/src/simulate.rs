//! `faultline simulate`: devices that send protocol-correct chunks (context, reboot,
//! heartbeats, logs, trace events) to a server, for demos and load tests.
//!
//! The fleet runs two releases of one firmware, and they differ the way a real regression
//! would: on the newer release the battery drains faster, less heap is free, Wi-Fi drops more
//! often and the devices crash about five times as often (unexpected reboots with a hard
//! fault). Each heartbeat covers `--heartbeat-s` of device time (an hour by default), so a
//! short run shows days of a fleet. Before sending, the metric schema of both builds is
//! uploaded (`PUT …/metric-schemas/{build id}`), so the server names the values, and every
//! tenth device is assigned to the `beta` cohort (`PUT …/devices/{serial}/attributes`). Each
//! device reports its region as a string metric (a custom attribute, `attr.region:eu-west`).

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Args;
use rand::{Rng, SeedableRng};

use faultline_protocol::events::{self, Payload};
use faultline_protocol::frame::{Chunker, encode_message, encode_upload};
use faultline_protocol::message_type;

#[derive(Args, Clone)]
pub struct SimulateArgs {
    /// Server base URL, e.g. http://127.0.0.1:8080
    #[arg(long)]
    pub server: String,
    /// The project's device key.
    #[arg(long)]
    pub key: String,
    #[arg(long, default_value_t = 10)]
    pub devices: usize,
    /// How long to run, in seconds.
    #[arg(long, default_value_t = 10)]
    pub duration: u64,
    /// Time between two uploads of one device.
    #[arg(long, default_value_t = 1000)]
    pub interval_ms: u64,
    /// Chunk size the simulated devices use.
    #[arg(long, default_value_t = 1024)]
    pub mtu: usize,
    /// Prefix of the simulated serials.
    #[arg(long, default_value = "sim")]
    pub prefix: String,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Device time one heartbeat covers, in seconds.
    #[arg(long, default_value_t = 3600)]
    pub heartbeat_s: u32,
    /// Share of the devices on the newer release (the rest run the older one).
    #[arg(long, default_value_t = 0.5)]
    pub new_release_share: f64,
    /// Project whose metric schemas to upload.
    #[arg(long, default_value = "default")]
    pub project: String,
    /// API token for the schema upload (when the server has one).
    #[arg(long, env = "FAULTLINE_API_TOKEN")]
    pub token: Option<String>,
}

impl SimulateArgs {
    /// Defaults as the command line has them, for `server` and `key`.
    pub fn new(server: impl Into<String>, key: impl Into<String>) -> Self {
        Self {
            server: server.into(),
            key: key.into(),
            devices: 10,
            duration: 10,
            interval_ms: 1000,
            mtu: 1024,
            prefix: "sim".into(),
            seed: 1,
            heartbeat_s: 3600,
            new_release_share: 0.5,
            project: "default".into(),
            token: None,
        }
    }
}

/// A release of the simulated firmware and how devices running it behave.
#[derive(Debug, Clone, Copy)]
pub struct Release {
    pub version: &'static str,
    pub build_id: [u8; 20],
    /// Battery percentage points per hour.
    pub drain_pct_per_h: f64,
    pub heap_free_bytes: i64,
    /// Wi-Fi disconnects per hour (mean).
    pub disconnects_per_h: f64,
    /// Probability of a crash (an unexpected reboot) per device-hour.
    pub crashes_per_h: f64,
}

pub const RELEASES: [Release; 2] = [
    Release {
        version: "1.4.2",
        build_id: [0x14; 20],
        drain_pct_per_h: 0.8,
        heap_free_bytes: 42_000,
        disconnects_per_h: 0.05,
        crashes_per_h: 0.002,
    },
    Release {
        version: "1.5.0",
        build_id: [0x15; 20],
        drain_pct_per_h: 1.3,
        heap_free_bytes: 35_500,
        disconnects_per_h: 0.2,
        crashes_per_h: 0.01,
    },
];

/// The heartbeat's metrics, in the order the values travel (the SDK's built-ins first, the
/// string metric, a reported attribute, last).
pub const METRICS: [(&str, &str, Option<&str>); 11] = [
    ("fl_uptime_s", "gauge", Some("s")),
    ("fl_unexpected_reboots", "counter", None),
    ("fl_crash_free", "gauge", None),
    ("battery_pct", "gauge", Some("%")),
    ("battery_mv", "gauge", Some("mV")),
    ("heap_free_bytes", "gauge", Some("B")),
    ("wifi_rssi_dbm", "gauge", Some("dBm")),
    ("wifi_disconnects", "counter", None),
    ("tx_bytes", "counter", Some("B")),
    ("cpu_busy_ms", "timer", Some("ms")),
    ("region", "string", None),
];

/// The regions simulated devices report (string metric `region`), by device number.
pub const REGIONS: [&str; 3] = ["eu-west", "us-east", "ap-south"];

/// Every `BETA_EVERY`-th simulated device is assigned to the `beta` cohort.
pub const BETA_EVERY: usize = 10;

/// Where a metric of [`METRICS`] travels in the heartbeat's values.
pub fn metric_index(id: &str) -> Option<usize> {
    METRICS.iter().position(|(m, _, _)| *m == id)
}

/// The JSON manifest of [`METRICS`] (sdk-guides/metrics.md §4).
pub fn schema_manifest() -> serde_json::Value {
    serde_json::json!({
        "version": 1,
        "metrics": METRICS.iter().map(|(id, kind, unit)| {
            let mut m = serde_json::json!({ "id": id, "kind": kind });
            if let Some(u) = unit {
                m["unit"] = serde_json::json!(u);
            }
            m
        }).collect::<Vec<_>>(),
    })
}

#[derive(Default, Debug)]
pub struct Report {
    pub uploads_accepted: u64,
    pub chunks_accepted: u64,
    pub messages_accepted: u64,
    /// Answers other than 202, by status code (retried when 429/503).
    pub refused: BTreeMap<u16, u64>,
    pub network_errors: u64,
    latencies_us: Vec<u64>,
    pub elapsed: Duration,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut l = self.latencies_us.clone();
        l.sort_unstable();
        let pct = |p: f64| {
            l.get(((l.len() as f64 * p) as usize).min(l.len().saturating_sub(1)))
                .copied()
                .unwrap_or(0)
        };
        write!(
            f,
            "accepted {} uploads ({} messages, {} chunks) in {:.1?}; {:.0} uploads/s; ack p50 {} µs, p99 {} µs; refused {:?}; network errors {}",
            self.uploads_accepted,
            self.messages_accepted,
            self.chunks_accepted,
            self.elapsed,
            self.uploads_accepted as f64 / self.elapsed.as_secs_f64().max(1e-9),
            pct(0.5),
            pct(0.99),
            self.refused,
            self.network_errors
        )
    }
}

/// One simulated device's state.
struct Device {
    serial: String,
    region: &'static str,
    chunker: Chunker,
    rng: rand::rngs::StdRng,
    release: Release,
    uptime_s: u64,
    battery_pct: f64,
    tx_bytes_per_h: i64,
    booted: bool,
}

impl Device {
    /// A Poisson-ish count: whole events of `mean`, plus one with the fractional chance.
    fn events(&mut self, mean: f64) -> i64 {
        let whole = mean.floor();
        whole as i64 + i64::from(self.rng.random_bool((mean - whole).clamp(0.0, 1.0)))
    }

    fn next_upload(&mut self, heartbeat_s: u32) -> (Vec<u8>, u64) {
        let mut messages: Vec<(u8, Vec<u8>)> = Vec::new();
        let r = self.release;
        if !self.booted {
            self.booted = true;
            messages.push((
                message_type::CONTEXT,
                Payload::Context(events::Context {
                    software_type: "main".into(),
                    software_version: r.version.into(),
                    hardware_version: "evt-2".into(),
                    build_id: r.build_id.to_vec(),
                })
                .encode(),
            ));
            messages.push((
                message_type::REBOOT,
                Payload::Reboot(events::Reboot {
                    reason: 1,
                    ..Default::default()
                })
                .encode(),
            ));
        }
        let hours = f64::from(heartbeat_s) / 3600.0;
        let crashed = self
            .rng
            .random_bool((r.crashes_per_h * hours).clamp(0.0, 1.0));
        self.uptime_s += u64::from(heartbeat_s);
        self.battery_pct -= r.drain_pct_per_h * hours * self.rng.random_range(0.8..1.2);
        if self.battery_pct < 5.0 {
            self.battery_pct = 100.0; // recharged
        }
        let mv = 3_300.0 + 9.0 * self.battery_pct;
        let values = vec![
            self.uptime_s as i64,
            i64::from(crashed),
            i64::from(!crashed),
            self.battery_pct.round() as i64,
            mv.round() as i64,
            r.heap_free_bytes + self.rng.random_range(-1_500..1_500),
            -self.rng.random_range(45..85),
            self.events(r.disconnects_per_h * hours),
            (self.tx_bytes_per_h as f64 * hours) as i64 + self.rng.random_range(0..500),
            (60_000.0 * hours) as i64 + self.rng.random_range(0..5_000),
        ];
        messages.push((
            message_type::HEARTBEAT,
            Payload::Heartbeat(events::Heartbeat {
                duration_s: heartbeat_s,
                values,
                texts: vec![self.region.to_string()],
                at_ms: Some(self.uptime_s * 1000),
                ..Default::default()
            })
            .encode(),
        ));
        let records = (0..self.rng.random_range(1..4))
            .map(|i| events::LogRecord {
                at_ms: Some(self.uptime_s * 1000 + i),
                level: self.rng.random_range(0..4),
                message: format!(
                    "{} sensor sample {} ok",
                    self.serial,
                    self.rng.random_range(0..1000)
                ),
            })
            .collect();
        messages.push((
            message_type::LOGS,
            Payload::Logs(events::Logs { records }).encode(),
        ));
        if self.rng.random_ratio(1, 5) {
            messages.push((
                message_type::TRACE,
                Payload::Trace(events::Trace {
                    reason: self.rng.random_range(1..8),
                    pc: 0x0800_1000 + self.rng.random_range(0..0x1000),
                    lr: 0x0800_2000,
                    status: Some(-5),
                    at_ms: Some(self.uptime_s * 1000),
                })
                .encode(),
            ));
        }
        if crashed {
            // The device comes back from a hard fault: a new boot with its reason.
            self.uptime_s = 0;
            messages.push((
                message_type::REBOOT,
                Payload::Reboot(events::Reboot {
                    reason: 10,
                    unexpected: true,
                    crash_count: 1,
                    ..Default::default()
                })
                .encode(),
            ));
        }
        let n = messages.len() as u64;
        let chunks: Vec<Vec<u8>> = messages
            .iter()
            .flat_map(|(t, p)| self.chunker.chunk(&encode_message(*t, 1, p)))
            .collect();
        (encode_upload(&chunks), n)
    }
}

/// Upload the schema of both releases; an older server without the endpoint is not an error.
async fn upload_schemas(
    client: &reqwest::Client,
    base: &str,
    args: &SimulateArgs,
) -> anyhow::Result<()> {
    for r in RELEASES {
        let id: String = r.build_id.iter().map(|b| format!("{b:02x}")).collect();
        let mut req = client
            .put(format!(
                "{base}/api/v1/projects/{}/metric-schemas/{id}",
                args.project
            ))
            .json(&schema_manifest());
        if let Some(t) = &args.token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await?;
        match res.status().as_u16() {
            200 | 201 | 204 => {}
            404 => tracing::warn!(
                status = 404,
                "metric schema not uploaded: values stay unnamed"
            ),
            s => anyhow::bail!(
                "metric schema upload refused ({s}): {}",
                res.text().await.unwrap_or_default()
            ),
        }
    }
    Ok(())
}

/// Put every [`BETA_EVERY`]-th device in the `beta` cohort, as an operator would.
async fn assign_cohorts(
    client: &reqwest::Client,
    base: &str,
    args: &SimulateArgs,
) -> anyhow::Result<()> {
    for i in (0..args.devices).step_by(BETA_EVERY) {
        let mut req = client
            .put(format!(
                "{base}/api/v1/projects/{}/devices/{}-{i:05}/attributes",
                args.project, args.prefix
            ))
            .json(&serde_json::json!({ "cohort": "beta" }));
        if let Some(t) = &args.token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await?;
        match res.status().as_u16() {
            200 => {}
            404 => {
                tracing::warn!(status = 404, "cohorts not assigned: an older server");
                return Ok(());
            }
            s => anyhow::bail!(
                "cohort assignment refused ({s}): {}",
                res.text().await.unwrap_or_default()
            ),
        }
    }
    Ok(())
}

pub async fn run(args: SimulateArgs) -> anyhow::Result<Report> {
    anyhow::ensure!(args.devices > 0, "--devices must be at least 1");
    anyhow::ensure!(
        args.mtu >= faultline_protocol::MIN_CHUNK_BYTES,
        "--mtu must be at least {}",
        faultline_protocol::MIN_CHUNK_BYTES
    );
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()?;
    anyhow::ensure!(args.heartbeat_s > 0, "--heartbeat-s must be at least 1");
    anyhow::ensure!(
        (0.0..=1.0).contains(&args.new_release_share),
        "--new-release-share must be between 0 and 1"
    );
    upload_schemas(&client, args.server.trim_end_matches('/'), &args).await?;
    assign_cohorts(&client, args.server.trim_end_matches('/'), &args).await?;
    let report = Arc::new(Mutex::new(Report::default()));
    let started = Instant::now();
    let deadline = started + Duration::from_secs(args.duration);
    let base = args.server.trim_end_matches('/').to_string();
    let mut tasks = Vec::new();
    for i in 0..args.devices {
        let mut rng =
            rand::rngs::StdRng::seed_from_u64(args.seed ^ (i as u64).wrapping_mul(0x9e37));
        let session = rng.random();
        // The newer release on the last share of the devices, so a run is reproducible.
        let on_new = (i as f64) >= args.devices as f64 * (1.0 - args.new_release_share);
        let battery_pct = rng.random_range(40.0..100.0);
        let tx_bytes_per_h = rng.random_range(20_000..200_000);
        let mut device = Device {
            serial: format!("{}-{i:05}", args.prefix),
            region: REGIONS[i % REGIONS.len()],
            chunker: Chunker::new(args.mtu, session),
            rng,
            release: RELEASES[usize::from(on_new)],
            uptime_s: 0,
            battery_pct,
            tx_bytes_per_h,
            booted: false,
        };
        let client = client.clone();
        let report = report.clone();
        let key = args.key.clone();
        let url = format!("{base}/api/v1/chunks/{}", device.serial);
        let interval = Duration::from_millis(args.interval_ms);
        tasks.push(tokio::spawn(async move {
            // Spread the devices over the first interval.
            let offset = interval.mul_f64(i as f64 / args.devices as f64);
            tokio::time::sleep(offset).await;
            let heartbeat_s = args.heartbeat_s;
            while Instant::now() < deadline {
                let (body, messages) = device.next_upload(heartbeat_s);
                let chunks = faultline_protocol::frame::decode_upload(&body, usize::MAX, usize::MAX)
                    .map_or(0, |c| c.len()) as u64;
                // Retry the same body until it is stored or the run ends.
                loop {
                    let sent = Instant::now();
                    let res = client
                        .post(&url)
                        .header("Faultline-Project-Key", &key)
                        .body(body.clone())
                        .send()
                        .await;
                    let wait = match res {
                        Ok(r) if r.status().as_u16() == 202 => {
                            let mut rep = report.lock().unwrap_or_else(|e| e.into_inner());
                            rep.uploads_accepted += 1;
                            rep.chunks_accepted += chunks;
                            rep.messages_accepted += messages;
                            rep.latencies_us.push(sent.elapsed().as_micros() as u64);
                            break;
                        }
                        Ok(r) => {
                            let status = r.status().as_u16();
                            *report
                                .lock()
                                .unwrap_or_else(|e| e.into_inner())
                                .refused
                                .entry(status)
                                .or_insert(0) += 1;
                            if status != 429 && status != 503 {
                                break; // not retryable: the spec says drop it
                            }
                            r.headers()
                                .get("retry-after")
                                .and_then(|v| v.to_str().ok())
                                .and_then(|v| v.parse().ok())
                                .map_or(Duration::from_secs(1), Duration::from_secs)
                        }
                        Err(_) => {
                            report
                                .lock()
                                .unwrap_or_else(|e| e.into_inner())
                                .network_errors += 1;
                            Duration::from_millis(500)
                        }
                    };
                    if Instant::now() + wait >= deadline {
                        return;
                    }
                    tokio::time::sleep(wait).await;
                }
                tokio::time::sleep(interval).await;
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    let mut report = std::mem::take(&mut *report.lock().unwrap_or_else(|e| e.into_inner()));
    report.elapsed = started.elapsed();
    Ok(report)
}
