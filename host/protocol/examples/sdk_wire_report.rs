//! Bytes on the wire of what the device SDK really sent, per message type and MTU.
//!
//! Input: UART captures of the example firmware (`FL1:C <base64 chunk>` lines, see
//! `device-sdk/README.md`), one per MTU, given as `MTU=FILE` arguments. Every chunk goes
//! through this crate's reassembler and payload decoder, so the figures are for bytes a
//! receiver accepted. Used by `device-sdk/tools/report.py`; prints Markdown.
//!
//! ```sh
//! cargo run -p faultline-protocol --example sdk_wire_report -- 20=uart20.log 64=uart64.log
//! ```

use std::collections::BTreeMap;
use std::process::ExitCode;

use faultline_protocol::events::{self, Payload};
use faultline_protocol::reassembly::{Output, Reassembler};
use faultline_protocol::{message_type, region};

#[derive(Default, Clone, Copy)]
struct Tally {
    messages: usize,
    chunks: usize,
    body: usize,
    wire: usize,
}

impl Tally {
    fn add(&mut self, chunks: usize, body: usize, wire: usize) {
        self.messages += 1;
        self.chunks += chunks;
        self.body += body;
        self.wire += wire;
    }

    /// Framing overhead as the spec defines it: everything but the body, over wire bytes;
    /// the second figure also counts the type and context id bytes.
    fn overhead(&self) -> (f64, f64) {
        if self.wire == 0 {
            return (0.0, 0.0);
        }
        let wire = self.wire as f64;
        let framing = (self.wire - self.body) as f64;
        (
            100.0 * framing / wire,
            100.0 * (framing + 2.0 * self.messages as f64) / wire,
        )
    }
}

struct Capture {
    mtu: usize,
    by_type: BTreeMap<u8, Tally>,
    total: Tally,
    rejected: usize,
    /// (start, raw bytes) of every coredump region seen.
    regions: Vec<(u32, Vec<u8>)>,
    heartbeat_values: Option<usize>,
}

fn main() -> ExitCode {
    let mut captures = Vec::new();
    for arg in std::env::args().skip(1) {
        let Some((mtu, path)) = arg.split_once('=') else {
            eprintln!("error: expected MTU=FILE, got {arg:?}");
            return ExitCode::from(2);
        };
        let Ok(mtu) = mtu.parse::<usize>() else {
            eprintln!("error: bad MTU in {arg:?}");
            return ExitCode::from(2);
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        };
        match analyse(mtu, &text) {
            Ok(c) => captures.push(c),
            Err(e) => {
                eprintln!("error: {path}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if captures.is_empty() {
        eprintln!("usage: sdk_wire_report MTU=FILE...");
        return ExitCode::from(2);
    }
    print_report(&captures);
    ExitCode::SUCCESS
}

fn analyse(mtu: usize, text: &str) -> Result<Capture, String> {
    let mut chunks = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if let Some(b64) = line.strip_prefix("FL1:C ") {
            let chunk = base64_decode(b64).ok_or(format!("line {}: bad base64", n + 1))?;
            if chunk.len() > mtu {
                return Err(format!(
                    "line {}: chunk of {} B exceeds MTU {mtu}",
                    n + 1,
                    chunk.len()
                ));
            }
            chunks.push(chunk);
        }
    }
    let mut capture = Capture {
        mtu,
        by_type: BTreeMap::new(),
        total: Tally::default(),
        rejected: 0,
        regions: Vec::new(),
        heartbeat_values: None,
    };
    let mut reassembler = Reassembler::<usize>::default();
    let mut outputs = Vec::new();
    for (i, c) in chunks.iter().enumerate() {
        reassembler.push(i, c, &mut outputs);
    }
    for out in outputs {
        match out {
            Output::Message { body, chunks: refs } => {
                let wire: usize = refs.iter().map(|&i| chunks[i].len()).sum();
                let msg_type = body[0];
                capture
                    .by_type
                    .entry(msg_type)
                    .or_default()
                    .add(refs.len(), body.len(), wire);
                capture.total.add(refs.len(), body.len(), wire);
                match events::decode(msg_type, &body[2..]) {
                    Ok(Payload::Coredump(core)) => {
                        capture
                            .regions
                            .extend(core.regions.into_iter().map(|r| (r.start, r.data)));
                    }
                    Ok(Payload::Heartbeat(hb)) => {
                        capture.heartbeat_values = Some(hb.values.len());
                    }
                    Ok(_) => {}
                    Err(e) => return Err(format!("message type {msg_type:#04x}: {e}")),
                }
            }
            Output::Rejected { chunks: refs, .. } => capture.rejected += refs.len(),
        }
    }
    if capture.rejected > 0 {
        return Err(format!("{} chunks were rejected", capture.rejected));
    }
    Ok(capture)
}

fn print_report(captures: &[Capture]) {
    let mtus: Vec<String> = captures.iter().map(|c| format!("MTU {}", c.mtu)).collect();
    println!("### Bytes on the wire per message type\n");
    println!(
        "Wire bytes = sum of chunk lengths (what a BLE/UART link carries); body = type + context id + payload.\n"
    );
    println!(
        "| message | body B (first capture) | {} |",
        mtus.join(" | ")
    );
    println!("|---|---|{}", "---|".repeat(captures.len()));
    let mut types: Vec<u8> = captures
        .iter()
        .flat_map(|c| c.by_type.keys().copied())
        .collect();
    types.sort_unstable();
    types.dedup();
    for t in types {
        let name = match message_type::name(t) {
            "vendor" | "reserved" => format!("{t:#04x}"),
            n => n.to_string(),
        };
        let first = captures.iter().find_map(|c| c.by_type.get(&t)).copied();
        let Some(first) = first else { continue };
        let cells: Vec<String> = captures
            .iter()
            .map(|c| {
                c.by_type.get(&t).map_or("—".into(), |x| {
                    if x.messages == 1 {
                        format!("{} B", x.wire)
                    } else {
                        format!("{} B / {} msgs", x.wire, x.messages)
                    }
                })
            })
            .collect();
        let label = if t == 2 {
            captures
                .iter()
                .find_map(|c| c.heartbeat_values)
                .map_or(name.clone(), |n| format!("{name} ({n} integer metrics)"))
        } else {
            name
        };
        let body = if first.messages == 1 {
            first.body.to_string()
        } else {
            format!("{} total", first.body)
        };
        println!("| {label} | {body} | {} |", cells.join(" | "));
    }
    println!("\n### Framing overhead\n");
    println!(
        "(chunk headers + session bytes + length fields + CRCs) / wire bytes; in brackets also counting type and context id.\n"
    );
    println!("| stream | {} |", mtus.join(" | "));
    println!("|---|{}", "---|".repeat(captures.len()));
    let cells: Vec<String> = captures
        .iter()
        .map(|c| {
            let (o, o2) = c.total.overhead();
            format!("{o:.1} % [{o2:.1} %]")
        })
        .collect();
    let first = &captures[0];
    println!(
        "| whole capture: {} messages, {} B of bodies | {} |",
        first.total.messages,
        first.total.body,
        cells.join(" | ")
    );
    if let Some(cd) = captures.iter().find_map(|c| c.by_type.get(&6).map(|_| c)) {
        let cells: Vec<String> = captures
            .iter()
            .map(|c| {
                c.by_type.get(&6).map_or("—".into(), |x| {
                    let (o, o2) = x.overhead();
                    format!("{o:.1} % [{o2:.1} %]")
                })
            })
            .collect();
        println!("| coredump alone | {} |", cells.join(" | "));
        println!("\n### Coredump memory: raw vs run-length vs region encoding 1\n");
        println!("| region | raw B | RLE (PackBits) B | encoding 1 (words) B | words / RLE |");
        println!("|---|---|---|---|---|");
        for (start, data) in &cd.regions {
            let rle = packbits_len(data);
            let words = region::encode_words(*start, data).len();
            println!(
                "| {start:#010x} | {} | {rle} | {words} | {:.2} |",
                data.len(),
                words as f64 / rle as f64
            );
        }
    }
}

/// Size of `data` under PackBits, the common byte run-length scheme: a control byte, then
/// either up to 128 literal bytes or one byte repeated up to 128 times.
fn packbits_len(data: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < data.len() {
        let mut run = 1;
        while i + run < data.len() && data[i + run] == data[i] && run < 128 {
            run += 1;
        }
        if run >= 2 {
            n += 2;
            i += run;
            continue;
        }
        let start = i;
        while i < data.len() && i - start < 128 {
            if i + 1 < data.len() && data[i + 1] == data[i] {
                break;
            }
            i += 1;
        }
        if i == start {
            i += 1;
        }
        n += 1 + (i - start);
    }
    n
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    fn val(c: u8) -> Option<u32> {
        match c {
            b'A'..=b'Z' => Some(u32::from(c - b'A')),
            b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
            b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
            b'+' => Some(62),
            b'/' => Some(63),
            _ => None,
        }
    }
    let bytes = s.trim().as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for quad in bytes.chunks(4) {
        let pad = quad.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 {
            return None;
        }
        let mut acc = 0u32;
        for &c in &quad[..4 - pad] {
            acc = acc << 6 | val(c)?;
        }
        acc <<= 6 * pad as u32;
        let got = [(acc >> 16) as u8, (acc >> 8) as u8, acc as u8];
        out.extend_from_slice(&got[..3 - pad]);
    }
    Some(out)
}
