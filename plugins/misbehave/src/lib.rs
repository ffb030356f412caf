//! A decoder that misbehaves on request, to test the host's sandbox.
//!
//! The behaviour is chosen by the host-provided `config("mode")`:
//!
//! | mode | behaviour | host should record |
//! |---|---|---|
//! | `trap` | panics (`unreachable` under `panic = "abort"`) | trap |
//! | `loop` | spins forever | timeout |
//! | `memory-bomb` | allocates and touches 1 MiB blocks until growth fails | memory limit |
//! | `big-output` | returns ~6 MiB of log records, each individually valid | output too large |
//! | `garbage` | returns a heartbeat with 5000 values (the host allows 1024) | bad output |
//! | `error` | returns `plugin-error::internal` | plugin error |
//! | `log-flood` | calls the host `log` 1000 times, then behaves normally | (rate-limited logs) |
//! | `from-payload` | takes the mode from the payload (UTF-8), so one instance can fail and then succeed | |
//! | anything else | one `custom` event named `misbehave` carrying the payload | success |
//!
//! Every call logs its mode once through the host `log` import.

use bindings::exports::faultline::plugin::decode::Guest;
use bindings::faultline::plugin::host::{self, Level};
use bindings::faultline::plugin::types::{
    CustomPayload, DeviceContext, Event, EventKind, Heartbeat, LogLevel, LogRecord, MetricValue,
    PluginError,
};

#[allow(unsafe_code)] // the generated canonical-ABI glue
mod bindings {
    wit_bindgen::generate!({
        world: "decoder",
        path: "../../wit",
    });

    use super::Misbehave;
    export!(Misbehave);
}

struct Misbehave;

impl Guest for Misbehave {
    fn decode(
        _ctx: DeviceContext,
        message_type: u8,
        payload: Vec<u8>,
    ) -> Result<Vec<Event>, PluginError> {
        let mut mode = host::config("mode").unwrap_or_default();
        if mode == "from-payload" {
            mode = String::from_utf8_lossy(&payload).into_owned();
        }
        host::log(Level::Info, &format!("misbehave called with mode {mode:?}"));
        match mode.as_str() {
            "trap" => panic!("misbehave: trap requested"),
            "loop" => {
                let mut n: u64 = 0;
                loop {
                    n = std::hint::black_box(n.wrapping_add(1));
                }
            }
            "memory-bomb" => {
                let mut blocks: Vec<Vec<u8>> = Vec::new();
                loop {
                    let mut block = vec![0u8; 1 << 20];
                    // Touch every page so the allocation is real, not just reserved.
                    for i in (0..block.len()).step_by(4096) {
                        block[i] = 1;
                    }
                    blocks.push(std::hint::black_box(block));
                }
            }
            "big-output" => {
                let records = (0..100)
                    .map(|i| LogRecord {
                        timestamp_ms: Some(i),
                        level: LogLevel::Info,
                        message: "x".repeat(60 * 1024),
                    })
                    .collect();
                Ok(vec![Event {
                    captured_at_ms: None,
                    kind: EventKind::Logs(records),
                }])
            }
            "garbage" => Ok(vec![Event {
                captured_at_ms: None,
                kind: EventKind::Heartbeat(Heartbeat {
                    duration_ms: 1000,
                    values: (0..5000).map(MetricValue::Int).collect(),
                }),
            }]),
            "error" => Err(PluginError::Internal("misbehave: error requested".into())),
            other => {
                if other == "log-flood" {
                    for i in 0..1000 {
                        host::log(Level::Debug, &format!("flood line {i}"));
                    }
                }
                Ok(vec![Event {
                    captured_at_ms: None,
                    kind: EventKind::Custom(CustomPayload {
                        type_name: "misbehave".into(),
                        data: [&[message_type][..], &payload].concat(),
                    }),
                }])
            }
        }
    }
}
