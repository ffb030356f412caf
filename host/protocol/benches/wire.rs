//! Protocol v1 wire budget next to the anchor's figures, and receiver throughput.
//!
//! `cargo bench -p faultline-protocol --bench wire`. Wire bytes are chunk bytes (what a BLE or
//! UART link carries); framing overhead is `(chunk headers + session bytes + length fields +
//! CRCs) / wire bytes`, with the message type and context id counted as payload (the column in
//! brackets counts them as overhead too).

use std::hint::black_box;
use std::time::Instant;

use faultline_protocol::events::{self, Payload};
use faultline_protocol::frame::{self, Chunker, Message};
use faultline_protocol::reassembly::{Output, Reassembler};

#[path = "../examples/make_fixtures/set.rs"]
mod set;

/// Messages as (type, payload).
type Messages = Vec<(u8, Vec<u8>)>;

const ANCHOR_HEARTBEAT_BYTES: usize = 79;
const ANCHOR_OVERHEAD_20: f64 = 15.8;

fn pct(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

fn main() {
    let hb = [set::message(&Payload::Heartbeat(set::heartbeat()))];
    let steady = set::measure(&hb, 20, false);
    let first = set::measure(&hb, 20, true);
    println!("heartbeat, 10 integer metrics, 20-byte MTU");
    println!("  {:<34} {:>6} {:>8}", "", "ours", "anchor");
    println!(
        "  {:<34} {:>4} B {:>6} B",
        "steady state", steady.wire_bytes, ANCHOR_HEARTBEAT_BYTES
    );
    println!(
        "  {:<34} {:>4} B {:>6} B",
        "first message of a session", first.wire_bytes, ANCHOR_HEARTBEAT_BYTES
    );
    println!(
        "  {:<34} {:>4} B",
        "as an HTTP upload body",
        steady.wire_bytes + steady.chunks
    );
    println!();

    let streams: [(&str, Messages); 5] = [
        ("24 heartbeats", set::heartbeats(24)),
        ("mixed day (hb + logs + traces)", set::mixed_day()),
        ("600-byte message", vec![set::sized_message(600)]),
        (
            "coredump, 512 B stack",
            vec![set::message(&Payload::Coredump(set::coredump()))],
        ),
        (
            "coredump, 512 B stack, words",
            vec![set::message(&Payload::Coredump(set::coredump_words()))],
        ),
    ];
    println!("framing overhead (new session; [..] also counts type + context id)");
    println!(
        "  {:<32} {:>16} {:>16} {:>16}  anchor @20",
        "stream", "MTU 20", "MTU 64", "MTU 244"
    );
    for (name, msgs) in &streams {
        let cells: Vec<String> = [20, 64, 244]
            .iter()
            .map(|&mtu| {
                let s = set::measure(msgs, mtu, true);
                format!(
                    "{} [{}]",
                    pct(s.framing_overhead()),
                    pct(s.overhead_with_message_header())
                )
            })
            .collect();
        println!(
            "  {:<32} {:>16} {:>16} {:>16}  {ANCHOR_OVERHEAD_20:.1} %",
            name, cells[0], cells[1], cells[2]
        );
    }
    println!();
    println!("bytes on the wire");
    println!(
        "  {:<32} {:>8} {:>8} {:>8}",
        "stream", "MTU 20", "MTU 64", "MTU 244"
    );
    for (name, msgs) in &streams {
        let b: Vec<usize> = [20, 64, 244]
            .iter()
            .map(|&mtu| set::measure(msgs, mtu, true).wire_bytes)
            .collect();
        println!("  {:<32} {:>8} {:>8} {:>8}", name, b[0], b[1], b[2]);
    }
    println!();

    // Receiver throughput: HTTP uploads of 32 chunks at a 20-byte MTU, through decode_upload,
    // push_upload and events::decode, for the mixed stream repeated.
    let mut msgs = Vec::new();
    for _ in 0..40 {
        msgs.extend(set::mixed_day());
    }
    let mut tx = Chunker::new(20, 1);
    let chunks = set::chunk_all(&mut tx, &msgs);
    let uploads: Vec<Vec<u8>> = chunks.chunks(32).map(frame::encode_upload).collect();
    let mut best = f64::INFINITY;
    let mut decoded = 0;
    for _ in 0..5 {
        let started = Instant::now();
        let mut rx: Reassembler<u32> = Reassembler::default();
        decoded = 0;
        for body in &uploads {
            let parts = frame::decode_upload(black_box(body), 4096, 64).expect("valid upload");
            for out in rx.push_upload(parts.into_iter().map(|c| (0, c)).collect()) {
                if let Output::Message { body, .. } = out {
                    let m = Message::parse(&body).expect("body");
                    if events::decode(m.msg_type, m.payload).is_ok() {
                        decoded += 1;
                    }
                }
            }
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    assert_eq!(decoded, msgs.len(), "every message decodes");
    println!(
        "receiver: {} chunks / {} messages in {:.2} ms (best of 5): {:.2} M chunks/s, {:.0} k messages/s",
        chunks.len(),
        msgs.len(),
        best * 1e3,
        chunks.len() as f64 / best / 1e6,
        msgs.len() as f64 / best / 1e3
    );
}
