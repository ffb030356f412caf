//! The protocol v1 fixture set and the realistic sample messages behind the wire budget.
//!
//! Shared (via `#[path]`) by `examples/make_fixtures`, which writes the set to
//! `tests/fixtures/protocol/`, by `tests/fixtures.rs`, which checks the files are still exactly
//! what this module produces, and by `tests/wire_budget.rs` and `benches/wire.rs`.
//!
//! Expected outcomes are written here by hand from the spec (`sdk-guides/chunk-protocol.md`),
//! never by running the reassembler: a fixture states what a receiver must do.

#![allow(dead_code)]

use faultline_protocol::events::{
    Context, Coredump, Heartbeat, LogRecord, Logs, Payload, Reboot, Region, Trace,
};
use faultline_protocol::frame::{Chunker, encode_message, encode_upload};
use faultline_protocol::{message_type, region};
use serde_json::{Value, json};

/// 2026-01-15T09:30:00Z, the capture clock of the sample events (Unix epoch milliseconds).
pub const EPOCH_MS: u64 = 1_768_469_400_000;

/// Context id every sample message refers to.
pub const CONTEXT_ID: u8 = 1;

/// Upload limits the fixture checks decode with (a server's defaults may differ).
pub const MAX_CHUNK_BYTES: usize = 4096;
pub const MAX_CHUNKS: usize = 1024;

// ---- realistic sample payloads ----

pub fn context() -> Context {
    Context {
        software_type: "main".into(),
        software_version: "1.4.2".into(),
        hardware_version: "evt-2".into(),
        // A GNU build id is a 20-byte SHA-1.
        build_id: (0..20u8).map(|i| i.wrapping_mul(37) ^ 0x5a).collect(),
    }
}

/// Ten integer metrics, in the firmware's declaration order.
pub const HEARTBEAT_METRICS: [(&str, i64); 10] = [
    ("uptime_s", 259_200),
    ("heap_free_bytes", 41_236),
    ("heap_min_free_bytes", 23_012),
    ("battery_mv", 3_712),
    ("wifi_rssi_dbm", -60),
    ("mqtt_publish_count", 1_432),
    ("mqtt_publish_errors", 0),
    ("wifi_reconnects", 0),
    ("flash_write_errors", 0),
    ("temperature_c", 23),
];

pub fn heartbeat() -> Heartbeat {
    Heartbeat {
        duration_s: 3600,
        values: HEARTBEAT_METRICS.iter().map(|(_, v)| *v).collect(),
        texts: Vec::new(),
        unset: Vec::new(),
        at_ms: Some(EPOCH_MS + 3_600_000),
    }
}

pub fn trace() -> Trace {
    Trace {
        reason: 3,
        pc: 0x0800_4a3c,
        lr: 0x0800_4a11,
        status: Some(-5),
        at_ms: Some(EPOCH_MS + 1_234_567),
    }
}

pub fn reboot() -> Reboot {
    Reboot {
        reason: 10, // hard_fault
        unexpected: true,
        pc: Some(0x0800_1f2e),
        lr: Some(0x0800_1e97),
        crash_count: 1,
        at_ms: Some(EPOCH_MS),
    }
}

pub fn logs3() -> Logs {
    Logs {
        records: vec![
            LogRecord {
                at_ms: Some(1_532),
                level: 1,
                message: "wifi connected rssi=-61".into(),
            },
            LogRecord {
                at_ms: Some(61_020),
                level: 2,
                message: "mqtt publish failed rc=-3".into(),
            },
            LogRecord {
                at_ms: None,
                level: 3,
                message: "heap low 4096".into(),
            },
        ],
    }
}

/// A batch of `n` typical log lines (uptime-stamped), as flushed once an hour.
pub fn logs_batch(hour: u64, n: usize) -> Logs {
    const LINES: [(u32, &str); 8] = [
        (1, "wifi connected rssi=-61"),
        (1, "mqtt connected broker=2"),
        (0, "sensor read t=23 h=41"),
        (1, "ota check: up to date"),
        (2, "mqtt publish failed rc=-3"),
        (0, "flash gc freed 3 blocks"),
        (1, "battery 3712 mV 87 %"),
        (2, "i2c retry addr=0x48"),
    ];
    Logs {
        records: (0..n)
            .map(|i| {
                let (level, message) = LINES[i % LINES.len()];
                LogRecord {
                    at_ms: Some(hour * 3_600_000 + i as u64 * 417_000 + 1_532),
                    level,
                    message: message.into(),
                }
            })
            .collect(),
    }
}

/// Cortex-M registers by DWARF number: r0-r12, sp, lr, pc, xpsr, msp, psp, cfsr, hfsr, mmfar,
/// bfar.
pub const COREDUMP_REGISTERS: [u32; 23] = [
    0x2000_1c40,
    0x0000_0000,
    0x0000_0010,
    0x2000_7f2c,
    0x0000_0001,
    0x2000_0a18,
    0x0000_0000,
    0x2000_7e00,
    0x0000_0000,
    0x0000_0000,
    0x0000_0000,
    0x0000_0000,
    0x0800_7d10,
    0x2000_7e00,
    0x0800_1e97,
    0x0800_1f2e,
    0x6100_0000,
    0x2000_7e00,
    0x2000_3f80,
    0x0000_8200,
    0x4000_0000,
    0xe000_ed34,
    0x2000_fffc,
];

pub const STACK_START: u32 = 0x2000_7e00;

/// 512 bytes that look like a real Cortex-M stack: frames of saved registers, return addresses
/// into flash, small locals, and the untouched 0xa5 fill of the stack painter at the far end.
pub fn stack_512() -> Vec<u8> {
    let mut words = Vec::with_capacity(128);
    let mut x: u32 = 0x1234_5678;
    let mut next = move || {
        // xorshift32: deterministic and dependency-free.
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        x
    };
    for i in 0..128u32 {
        let r = next();
        let w = if i >= 96 {
            0xa5a5_a5a5
        } else {
            match r % 8 {
                0 | 1 => 0x0800_0000 | (r >> 8 & 0xfffe) | 1, // return address (thumb)
                2 => 0x2000_7e00 + (r >> 12 & 0x1fc),         // pointer into the stack
                3 => 0x2000_0000 + (r >> 10 & 0x3ffc),        // pointer into .data/.bss
                4 | 5 => 0,
                6 => r >> 24, // small local
                _ => r,       // anything
            }
        };
        words.push(w);
    }
    words.iter().flat_map(|w| w.to_le_bytes()).collect()
}

pub fn coredump() -> Coredump {
    Coredump {
        arch: 0,
        reason: 10, // hard_fault
        registers: COREDUMP_REGISTERS.to_vec(),
        regions: vec![Region {
            start: STACK_START,
            data: stack_512(),
            encoding: 0,
        }],
        truncated: false,
        at_ms: Some(EPOCH_MS),
    }
}

/// [`coredump`] with its stack region in encoding 1 (words): the same memory, fewer bytes.
pub fn coredump_words() -> Coredump {
    let mut core = coredump();
    for r in &mut core.regions {
        r.data = region::encode_words(r.start, &r.data);
        r.encoding = region::WORDS;
    }
    core
}

pub const VENDOR_TYPE: u8 = 0x41;

pub fn vendor_data() -> Vec<u8> {
    // A chip vendor's own radio statistics record: version, then 3 little-endian u16 counters.
    vec![0x01, 0x2c, 0x01, 0x07, 0x00, 0xe8, 0x03]
}

// ---- framing helpers ----

/// A standard message: type, payload.
pub fn message(p: &Payload) -> (u8, Vec<u8>) {
    (p.msg_type(), p.encode())
}

/// Frame and chunk messages with `chunker`, all with context id [`CONTEXT_ID`].
pub fn chunk_all(chunker: &mut Chunker, msgs: &[(u8, Vec<u8>)]) -> Vec<Vec<u8>> {
    msgs.iter()
        .flat_map(|(t, p)| chunker.chunk(&encode_message(*t, CONTEXT_ID, p)))
        .collect()
}

/// Bytes of a stream of messages on the wire.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WireStats {
    pub messages: usize,
    pub chunks: usize,
    /// Sum of chunk lengths (what a BLE/UART link carries; HTTP adds a length prefix per chunk).
    pub wire_bytes: usize,
    /// Message bodies: type + context id + payload.
    pub body_bytes: usize,
    /// Payloads alone.
    pub payload_bytes: usize,
}

impl WireStats {
    /// Chunk headers, session bytes, length fields and CRCs over wire bytes.
    pub fn framing_overhead(&self) -> f64 {
        (self.wire_bytes - self.body_bytes) as f64 / self.wire_bytes as f64
    }

    /// Same, also counting each message's type and context id bytes as overhead.
    pub fn overhead_with_message_header(&self) -> f64 {
        (self.wire_bytes - self.payload_bytes) as f64 / self.wire_bytes as f64
    }
}

/// Measure `msgs` framed at `mtu`; `new_session` puts a RESYNC + session byte on the first chunk.
pub fn measure(msgs: &[(u8, Vec<u8>)], mtu: usize, new_session: bool) -> WireStats {
    let mut chunker = if new_session {
        Chunker::new(mtu, 1)
    } else {
        Chunker::resume(mtu, 0, 1)
    };
    let chunks = chunk_all(&mut chunker, msgs);
    WireStats {
        messages: msgs.len(),
        chunks: chunks.len(),
        wire_bytes: chunks.iter().map(Vec::len).sum(),
        body_bytes: msgs.iter().map(|(_, p)| p.len() + 2).sum(),
        payload_bytes: msgs.iter().map(|(_, p)| p.len()).sum(),
    }
}

/// One day of a typical device after a boot: context and reboot, then every hour a heartbeat
/// and a batch of 8 log lines, and 6 trace events over the day.
pub fn mixed_day() -> Vec<(u8, Vec<u8>)> {
    let mut msgs = vec![
        message(&Payload::Context(context())),
        message(&Payload::Reboot(reboot())),
    ];
    for hour in 0..24u64 {
        let mut hb = heartbeat();
        hb.values[0] = 259_200 + hour as i64 * 3600;
        hb.at_ms = Some(EPOCH_MS + (hour + 1) * 3_600_000);
        msgs.push(message(&Payload::Heartbeat(hb)));
        msgs.push(message(&Payload::Logs(logs_batch(hour, 8))));
        if hour % 4 == 1 {
            let mut t = trace();
            t.at_ms = Some(EPOCH_MS + hour * 3_600_000 + 1_234_567);
            msgs.push(message(&Payload::Trace(t)));
        }
    }
    msgs
}

/// `count` hourly heartbeats.
pub fn heartbeats(count: usize) -> Vec<(u8, Vec<u8>)> {
    (0..count)
        .map(|i| {
            let mut hb = heartbeat();
            hb.values[0] = 259_200 + i as i64 * 3600;
            hb.at_ms = Some(EPOCH_MS + (i as u64 + 1) * 3_600_000);
            message(&Payload::Heartbeat(hb))
        })
        .collect()
}

/// A message whose body (type + context id + payload) is `body_len` bytes.
pub fn sized_message(body_len: usize) -> (u8, Vec<u8>) {
    (
        VENDOR_TYPE,
        (0..body_len - 2).map(|i| (i * 7 + 3) as u8).collect(),
    )
}

// ---- JSON view of decoded payloads ----

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn hex_spaced(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The payload fields as JSON; bytes as lowercase hex, absent optionals as `null`.
pub fn payload_json(p: &Payload) -> Value {
    match p {
        Payload::Context(c) => json!({
            "software_type": c.software_type,
            "software_version": c.software_version,
            "hardware_version": c.hardware_version,
            "build_id": hex(&c.build_id),
        }),
        Payload::Heartbeat(h) => json!({
            "duration_s": h.duration_s,
            "values": h.values,
            "texts": h.texts,
            "unset": hex(&h.unset),
            "at_ms": h.at_ms,
        }),
        Payload::Trace(t) => json!({
            "reason": t.reason,
            "pc": t.pc,
            "lr": t.lr,
            "status": t.status,
            "at_ms": t.at_ms,
        }),
        Payload::Reboot(r) => json!({
            "reason": r.reason,
            "unexpected": r.unexpected,
            "pc": r.pc,
            "lr": r.lr,
            "crash_count": r.crash_count,
            "at_ms": r.at_ms,
        }),
        Payload::Logs(l) => json!({
            "records": l.records.iter().map(|r| json!({
                "at_ms": r.at_ms,
                "level": r.level,
                "message": r.message,
            })).collect::<Vec<_>>(),
        }),
        Payload::Coredump(c) => json!({
            "arch": c.arch,
            "reason": c.reason,
            "registers": c.registers,
            "regions": c.regions.iter().map(|r| json!({
                "start": r.start,
                "encoding": r.encoding,
                "data": hex(&r.data),
            })).collect::<Vec<_>>(),
            "truncated": c.truncated,
            "at_ms": c.at_ms,
        }),
        Payload::Vendor { data, .. } => json!({ "data": hex(data) }),
    }
}

/// Reference to a chunk: (upload index, chunk index within the upload).
pub type ChunkRef = (usize, usize);

/// Chunk references as `"upload:chunk"` strings, both 0-based.
pub fn refs(r: &[ChunkRef]) -> Value {
    Value::Array(r.iter().map(|(u, c)| json!(format!("{u}:{c}"))).collect())
}

pub fn expect_message(p: &Payload, chunks: &[ChunkRef]) -> Value {
    expect_raw_message(p.msg_type(), &payload_json(p), chunks)
}

pub fn expect_raw_message(msg_type: u8, payload: &Value, chunks: &[ChunkRef]) -> Value {
    json!({ "message": {
        "type": msg_type,
        "type_name": message_type::name(msg_type),
        "context_id": CONTEXT_ID,
        "chunks": refs(chunks),
        "payload": payload,
    }})
}

pub fn expect_rejected(reason: &str, chunks: &[ChunkRef]) -> Value {
    json!({ "rejected": { "reason": reason, "chunks": refs(chunks) } })
}

fn run(u: usize, range: std::ops::Range<usize>) -> Vec<ChunkRef> {
    range.map(|c| (u, c)).collect()
}

// ---- the fixture set ----

pub struct Fixture {
    pub name: &'static str,
    pub description: &'static str,
    pub mtu: usize,
    /// Upload bodies, pushed in order into one receiver that starts with no state.
    pub uploads: Vec<Vec<u8>>,
    /// Receiver outputs in order (see [`expect_message`], [`expect_rejected`]).
    pub outputs: Vec<Value>,
}

impl Fixture {
    pub fn upload_file(&self, i: usize) -> String {
        if self.uploads.len() == 1 {
            format!("{}.bin", self.name)
        } else {
            format!("{}.{}.bin", self.name, i + 1)
        }
    }

    /// Contents of `<name>.json`.
    pub fn json(&self) -> Value {
        let uploads: Vec<Value> = self
            .uploads
            .iter()
            .enumerate()
            .map(|(i, body)| {
                let mut u = json!({ "file": self.upload_file(i), "bytes": body.len() });
                // Small uploads also list their chunks, for reading along with the spec.
                if body.len() <= 256 {
                    let chunks =
                        faultline_protocol::frame::decode_upload(body, MAX_CHUNK_BYTES, MAX_CHUNKS)
                            .expect("fixture uploads are well-formed");
                    u["chunks_hex"] = chunks.iter().map(|c| hex_spaced(c)).collect();
                }
                u
            })
            .collect();
        json!({
            "name": self.name,
            "description": self.description,
            "mtu": self.mtu,
            "uploads": uploads,
            "outputs": self.outputs,
        })
    }
}

fn single(
    name: &'static str,
    description: &'static str,
    mtu: usize,
    mut chunker: Chunker,
    p: &Payload,
) -> Fixture {
    let chunks = chunker.chunk(&encode_message(p.msg_type(), CONTEXT_ID, &p.encode()));
    let n = chunks.len();
    Fixture {
        name,
        description,
        mtu,
        uploads: vec![encode_upload(&chunks)],
        outputs: vec![expect_message(p, &run(0, 0..n))],
    }
}

pub fn all() -> Vec<Fixture> {
    let mut set = vec![
        single(
            "context",
            "context message (type 0x01, id 1) as the first message of session 7 at a 20-byte MTU",
            20,
            Chunker::new(20, 7),
            &Payload::Context(context()),
        ),
        single(
            "heartbeat_ble20",
            "10-metric heartbeat at a 20-byte MTU, mid-session (sequence 5, no RESYNC); the worked example of the spec",
            20,
            Chunker::resume(20, 5, 7),
            &Payload::Heartbeat(heartbeat()),
        ),
        single(
            "trace",
            "trace event with a negative status at a 20-byte MTU, mid-session",
            20,
            Chunker::resume(20, 9, 7),
            &Payload::Trace(trace()),
        ),
        single(
            "reboot",
            "unexpected reboot (hard fault) as the first message of session 8 at a 64-byte MTU",
            64,
            Chunker::new(64, 8),
            &Payload::Reboot(reboot()),
        ),
        single(
            "logs",
            "logs message with 3 records (one without a timestamp) at a 64-byte MTU",
            64,
            Chunker::resume(64, 20, 7),
            &Payload::Logs(logs3()),
        ),
        single(
            "coredump",
            "Cortex-M coredump: 23 registers and a raw 512-byte stack region, at a 244-byte MTU",
            244,
            Chunker::resume(244, 30, 7),
            &Payload::Coredump(coredump()),
        ),
        {
            // Same message as `coredump` but for the region encoding. The receiver returns
            // regions raw, so the expected payload is `coredump`'s, not the one sent.
            let sent = Payload::Coredump(coredump_words());
            let mut chunker = Chunker::resume(244, 30, 7);
            let chunks =
                chunker.chunk(&encode_message(sent.msg_type(), CONTEXT_ID, &sent.encode()));
            Fixture {
                name: "coredump_words",
                description: "the coredump fixture's message with its 512-byte stack in region encoding 1 (words), at a 244-byte MTU; decodes to the same raw stack",
                mtu: 244,
                outputs: vec![expect_message(
                    &Payload::Coredump(coredump()),
                    &run(0, 0..chunks.len()),
                )],
                uploads: vec![encode_upload(&chunks)],
            }
        },
        single(
            "vendor_0x41",
            "vendor message type 0x41, payload passed through unchanged, at a 20-byte MTU",
            20,
            Chunker::resume(20, 40, 7),
            &Payload::Vendor {
                msg_type: VENDOR_TYPE,
                data: vendor_data(),
            },
        ),
    ];

    // Several messages in one HTTP upload, first of a session.
    {
        let payloads = [
            Payload::Context(context()),
            Payload::Reboot(reboot()),
            Payload::Heartbeat(heartbeat()),
            Payload::Logs(logs3()),
            Payload::Trace(trace()),
            Payload::Coredump(coredump()),
        ];
        let mut chunker = Chunker::new(1024, 9);
        let mut chunks = Vec::new();
        let mut outputs = Vec::new();
        for p in &payloads {
            let c = chunker.chunk(&encode_message(p.msg_type(), CONTEXT_ID, &p.encode()));
            outputs.push(expect_message(
                p,
                &run(0, chunks.len()..chunks.len() + c.len()),
            ));
            chunks.extend(c);
        }
        set.push(Fixture {
            name: "http_upload_mtu1024",
            description: "one HTTP upload of 6 messages (context, reboot, heartbeat, logs, trace, coredump), session 9, 1024-byte MTU",
            mtu: 1024,
            uploads: vec![encode_upload(&chunks)],
            outputs,
        });
    }

    // ---- negative captures ----

    {
        // Trace at 20 B is 2 chunks; flip one payload bit in the second, then a good heartbeat.
        let mut chunker = Chunker::resume(20, 0, 7);
        let mut chunks = chunker.chunk(&encode_message(
            message_type::TRACE,
            CONTEXT_ID,
            &Payload::Trace(trace()).encode(),
        ));
        chunks[1][2] ^= 0x10;
        let hb = Payload::Heartbeat(heartbeat());
        let tail = chunker.chunk(&encode_message(hb.msg_type(), CONTEXT_ID, &hb.encode()));
        let n = chunks.len();
        chunks.extend(tail);
        set.push(Fixture {
            name: "bad_crc",
            description: "a trace whose second chunk has one flipped payload bit (bad_crc), then an intact heartbeat",
            mtu: 20,
            uploads: vec![encode_upload(&chunks)],
            outputs: vec![
                expect_rejected("bad_crc", &run(0, 0..n)),
                expect_message(&hb, &run(0, n..chunks.len())),
            ],
        });
    }
    {
        // Logs at 20 B is many chunks; drop the second, then a good trace.
        let mut chunker = Chunker::resume(20, 0, 7);
        let logs = Payload::Logs(logs3());
        let mut chunks =
            chunker.chunk(&encode_message(logs.msg_type(), CONTEXT_ID, &logs.encode()));
        let n = chunks.len();
        assert!(n >= 4);
        let t = Payload::Trace(trace());
        chunks.extend(chunker.chunk(&encode_message(t.msg_type(), CONTEXT_ID, &t.encode())));
        chunks.remove(1);
        let mut outputs = vec![expect_rejected("missing_chunk", &[(0, 0)])];
        for i in 1..n - 1 {
            outputs.push(expect_rejected("orphan_chunk", &[(0, i)]));
        }
        outputs.push(expect_message(&t, &run(0, n - 1..chunks.len())));
        set.push(Fixture {
            name: "missing_chunk",
            description: "a logs message at a 20-byte MTU with its 2nd chunk lost: the 1st is missing_chunk, the rest orphan_chunk; the next trace decodes",
            mtu: 20,
            uploads: vec![encode_upload(&chunks)],
            outputs,
        });
    }
    {
        // Upload 1 carries a chunk twice; upload 2 replays upload 1 (a retried POST).
        let mut chunker = Chunker::resume(20, 12, 7);
        let hb = Payload::Heartbeat(heartbeat());
        let c = chunker.chunk(&encode_message(hb.msg_type(), CONTEXT_ID, &hb.encode()));
        assert_eq!(c.len(), 2);
        let first = vec![c[0].clone(), c[0].clone(), c[1].clone()];
        let t = Payload::Trace(trace());
        let next = chunker.chunk(&encode_message(t.msg_type(), CONTEXT_ID, &t.encode()));
        set.push(Fixture {
            name: "duplicate_chunks",
            description: "upload 1 repeats the first chunk of a heartbeat; upload 2 replays upload 1 exactly; upload 3 carries the next message",
            mtu: 20,
            uploads: vec![encode_upload(&first), encode_upload(&first), encode_upload(&next)],
            outputs: vec![
                expect_rejected("duplicate_chunk", &[(0, 1)]),
                expect_message(&hb, &[(0, 0), (0, 2)]),
                expect_rejected("duplicate_chunk", &[(1, 0)]),
                expect_rejected("duplicate_chunk", &[(1, 1)]),
                expect_rejected("duplicate_chunk", &[(1, 2)]),
                expect_message(&t, &run(2, 0..next.len())),
            ],
        });
    }
    {
        // The receiver needs an expected sequence number to reorder: upload 1 sets it.
        let mut chunker = Chunker::resume(20, 60, 7);
        let t = Payload::Trace(trace());
        let first = chunker.chunk(&encode_message(t.msg_type(), CONTEXT_ID, &t.encode()));
        let logs = Payload::Logs(logs3());
        let c = chunker.chunk(&encode_message(logs.msg_type(), CONTEXT_ID, &logs.encode()));
        // Sequence numbers wrap from 63 to 0 inside this message.
        let order: Vec<usize> = {
            let mut o: Vec<usize> = (0..c.len()).rev().collect();
            o.swap(0, 1);
            o
        };
        let shuffled: Vec<Vec<u8>> = order.iter().map(|&i| c[i].clone()).collect();
        let in_seq: Vec<ChunkRef> = (0..c.len())
            .map(|i| (1, order.iter().position(|&o| o == i).expect("present")))
            .collect();
        set.push(Fixture {
            name: "out_of_order",
            description: "upload 2 carries the chunks of a logs message in shuffled order, across the 63 -> 0 sequence wrap; they are put back in order",
            mtu: 20,
            uploads: vec![encode_upload(&first), encode_upload(&shuffled)],
            outputs: vec![
                expect_message(&t, &run(0, 0..first.len())),
                expect_message(&logs, &in_seq),
            ],
        });
    }
    {
        // The 202 of the first upload of session 3 got lost: the device sends it again.
        let mut chunker = Chunker::new(20, 3);
        let ctx = Payload::Context(context());
        let hb = Payload::Heartbeat(heartbeat());
        let c1 = chunker.chunk(&encode_message(ctx.msg_type(), CONTEXT_ID, &ctx.encode()));
        let c2 = chunker.chunk(&encode_message(hb.msg_type(), CONTEXT_ID, &hb.encode()));
        let mut first = c1.clone();
        first.extend(c2.clone());
        let t = Payload::Trace(trace());
        let next = chunker.chunk(&encode_message(t.msg_type(), CONTEXT_ID, &t.encode()));
        let mut outputs = vec![
            expect_message(&ctx, &run(0, 0..c1.len())),
            expect_message(&hb, &run(0, c1.len()..first.len())),
        ];
        for i in 0..first.len() {
            outputs.push(expect_rejected("duplicate_chunk", &[(1, i)]));
        }
        outputs.push(expect_message(&t, &run(2, 0..next.len())));
        set.push(Fixture {
            name: "retransmitted_first_upload",
            description: "the first upload of session 3 (RESYNC) sent twice: the replay, RESYNC with the current session id, is all duplicate_chunk; the next upload decodes",
            mtu: 20,
            uploads: vec![encode_upload(&first), encode_upload(&first), encode_upload(&next)],
            outputs,
        });
    }
    {
        // The device reboots mid-message: the new boot starts session 4 at sequence 0.
        let mut old = Chunker::resume(20, 17, 3);
        let logs = Payload::Logs(logs3());
        let partial = old.chunk(&encode_message(logs.msg_type(), CONTEXT_ID, &logs.encode()));
        let mut new = Chunker::new(20, 4);
        let rb = Payload::Reboot(reboot());
        let c = new.chunk(&encode_message(rb.msg_type(), CONTEXT_ID, &rb.encode()));
        set.push(Fixture {
            name: "new_session",
            description: "upload 1 holds only the first 2 chunks of a logs message of session 3; upload 2 starts session 4 (RESYNC, sequence 0) with a reboot message",
            mtu: 20,
            uploads: vec![encode_upload(&partial[..2]), encode_upload(&c)],
            outputs: vec![
                expect_rejected("missing_chunk", &[(0, 0), (0, 1)]),
                expect_message(&rb, &run(1, 0..c.len())),
            ],
        });
    }
    set
}
