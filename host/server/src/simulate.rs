//! `faultline simulate`: devices that send protocol-correct chunks (context, reboot,
//! heartbeats, logs, trace events) to a server, for demos and load tests.

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
    chunker: Chunker,
    rng: rand::rngs::StdRng,
    uptime_s: u64,
    counters: [i64; 10],
    booted: bool,
}

impl Device {
    fn next_upload(&mut self, interval_s: u32) -> (Vec<u8>, u64) {
        let mut messages: Vec<(u8, Vec<u8>)> = Vec::new();
        if !self.booted {
            self.booted = true;
            messages.push((
                message_type::CONTEXT,
                Payload::Context(events::Context {
                    software_type: "main".into(),
                    software_version: "1.4.2".into(),
                    hardware_version: "evt-2".into(),
                    build_id: (0..20).map(|_| self.rng.random()).collect(),
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
        self.uptime_s += u64::from(interval_s);
        for (i, c) in self.counters.iter_mut().enumerate() {
            *c = match i {
                0 => self.uptime_s as i64,
                1 => 20_000 + self.rng.random_range(0..40_000),
                2 => 3_700 - self.rng.random_range(0..300),
                3 => -(self.rng.random_range(40..90)),
                _ => *c + self.rng.random_range(0..5),
            };
        }
        messages.push((
            message_type::HEARTBEAT,
            Payload::Heartbeat(events::Heartbeat {
                duration_s: interval_s,
                values: self.counters.to_vec(),
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
        let n = messages.len() as u64;
        let chunks: Vec<Vec<u8>> = messages
            .iter()
            .flat_map(|(t, p)| self.chunker.chunk(&encode_message(*t, 1, p)))
            .collect();
        (encode_upload(&chunks), n)
    }
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
    let report = Arc::new(Mutex::new(Report::default()));
    let started = Instant::now();
    let deadline = started + Duration::from_secs(args.duration);
    let base = args.server.trim_end_matches('/').to_string();
    let mut tasks = Vec::new();
    for i in 0..args.devices {
        let mut rng =
            rand::rngs::StdRng::seed_from_u64(args.seed ^ (i as u64).wrapping_mul(0x9e37));
        let session = rng.random();
        let mut device = Device {
            serial: format!("{}-{i:05}", args.prefix),
            chunker: Chunker::new(args.mtu, session),
            rng,
            uptime_s: 0,
            counters: [0; 10],
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
            let interval_s = (interval.as_secs() as u32).max(1);
            while Instant::now() < deadline {
                let (body, messages) = device.next_upload(interval_s);
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
