//! Per-message decode time through the WASM decoder (decoder-v1, reused instance, epoch
//! deadline on) against the same work compiled natively (`faultline_protocol::events::decode`
//! plus conversion to `faultline_model::Event`).
//!
//! `cargo bench -p faultline-runtime --bench decode`. Machines are noisy: compare the ratio
//! from one run, and read medians.

#[path = "../tests/native/mod.rs"]
mod native;

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use faultline_model::DeviceContext;
use faultline_plugin_build::{DECODER_V1, bundled};
use faultline_protocol::events::{Heartbeat, LogRecord, Logs, Trace};
use faultline_protocol::message_type as mt;
use faultline_runtime::{Manifest, PluginId, Runtime};
use prost::Message as _;

const BATCH: usize = 200;
const BATCHES: usize = 150;

fn messages() -> Vec<(&'static str, u8, Vec<u8>)> {
    let heartbeat = Heartbeat {
        duration_s: 3600,
        values: vec![
            86_400, -12, 1_048_576, 37, 0, 3, 12_000_000, -40, 250, 99_999,
        ],
        texts: vec![],
        unset: vec![0b0001_0000, 0],
        at_ms: Some(1_732_000_000_000),
    };
    let logs = Logs {
        records: vec![
            LogRecord {
                at_ms: Some(1_000),
                level: 1,
                message: "wifi: connected to ap-3f, rssi -61 dBm".into(),
            },
            LogRecord {
                at_ms: Some(1_250),
                level: 2,
                message: "sensor: i2c nack on 0x48, retrying (2/3)".into(),
            },
            LogRecord {
                at_ms: Some(1_900),
                level: 3,
                message: "ota: signature check failed for slot b".into(),
            },
            LogRecord {
                at_ms: Some(2_400),
                level: 0,
                message: "heap: 18432 bytes free, low water 9120".into(),
            },
        ],
    };
    let trace = Trace {
        reason: 0x21,
        pc: 0x0800_4a3c,
        lr: 0x0800_4a11,
        status: Some(-5),
        at_ms: Some(1_732_000_000_123),
    };
    // A bigger message shows the marginal cost per byte once the fixed cost of a call is paid.
    let many_logs = Logs {
        records: (0..10).flat_map(|_| logs.records.clone()).collect(),
    };
    vec![
        (
            "heartbeat (10 metrics)",
            mt::HEARTBEAT,
            heartbeat.encode_to_vec(),
        ),
        ("logs (4 records)", mt::LOGS, logs.encode_to_vec()),
        ("trace", mt::TRACE, trace.encode_to_vec()),
        ("logs (40 records)", mt::LOGS, many_logs.encode_to_vec()),
    ]
}

/// Median over `BATCHES` of the mean time per call within a batch of `BATCH` calls, in µs.
fn median_us(mut f: impl FnMut()) -> f64 {
    for _ in 0..BATCH * 5 {
        f();
    }
    let mut per_call: Vec<f64> = (0..BATCHES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..BATCH {
                f();
            }
            start.elapsed().as_secs_f64() * 1e6 / BATCH as f64
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    per_call[per_call.len() / 2]
}

fn main() {
    let cache = std::env::temp_dir().join("faultline-bench-cache");
    let text = format!(
        "version = 1\n[[plugin]]\nid = \"decoder-v1\"\nkind = \"decoder\"\npath = {:?}\n",
        bundled(DECODER_V1)
    );
    let manifest = Manifest::from_toml_str(&text, Path::new("/")).expect("valid manifest");
    let rt = Runtime::new(manifest, &cache).expect("runtime starts");
    let plugin = PluginId::new("decoder-v1");
    let ctx = DeviceContext {
        serial: "SN-000123".into(),
        hardware_version: "evt-2".into(),
        software_type: "main".into(),
        software_version: "1.4.2".into(),
        build_id: vec![0x5a; 20],
    };

    println!(
        "{:<24} {:>6} {:>10} {:>10} {:>7}",
        "message", "bytes", "wasm µs", "native µs", "ratio"
    );
    let mut ratios = Vec::new();
    for (name, t, payload) in messages() {
        let wasm_events = rt.decode(&plugin, &ctx, t, &payload).expect("wasm decodes");
        let native_events = native::decode(&ctx, t, &payload).expect("native decodes");
        assert_eq!(wasm_events, native_events, "{name}: wasm and native differ");

        let wasm = median_us(|| {
            let _ = black_box(
                rt.decode(&plugin, &ctx, t, black_box(&payload))
                    .map(|e| e.len()),
            );
        });
        let native = median_us(|| {
            let _ =
                black_box(native::decode(black_box(&ctx), t, black_box(&payload)).map(|e| e.len()));
        });
        let ratio = wasm / native;
        ratios.push(ratio);
        println!(
            "{name:<24} {:>6} {wasm:>10.2} {native:>10.2} {ratio:>6.2}x",
            payload.len()
        );
    }
    let small = &mut ratios[..3];
    small.sort_by(f64::total_cmp);
    println!(
        "median ratio wasm/native over the three small messages: {:.2}x",
        small[1]
    );
}
