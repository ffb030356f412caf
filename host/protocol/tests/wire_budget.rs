//! Wire budget of protocol v1 against the targets of the product brief: a 10-metric heartbeat
//! in at most 48 bytes on the wire (the anchor needs 79) and at most 8 % framing overhead at a
//! 20-byte MTU (the anchor's figure is 15.8 %).
//!
//! Wire bytes are the sum of chunk lengths, i.e. what a BLE or UART link carries; an HTTP upload
//! adds one LEB128 length byte per chunk of up to 127 bytes. Framing overhead is
//! `(chunk headers + RESYNC session bytes + length fields + CRCs) / wire bytes`; the message's
//! type and context id bytes count as payload. Run with `--nocapture` to see the numbers.

use faultline_protocol::events::Payload;

#[path = "../examples/make_fixtures/set.rs"]
mod set;

use set::{WireStats, measure};

const BLE_MTU: usize = 20;

fn show(what: &str, s: WireStats) {
    println!(
        "{what}: {} messages, {} chunks, {} B on the wire, {} B of bodies, framing overhead {:.2} % \
         ({:.2} % counting type + context id)",
        s.messages,
        s.chunks,
        s.wire_bytes,
        s.body_bytes,
        100.0 * s.framing_overhead(),
        100.0 * s.overhead_with_message_header()
    );
}

#[test]
fn heartbeat_with_ten_integer_metrics_fits_in_48_bytes() {
    let hb = set::heartbeat();
    // The sample is what the brief calls realistic, not a best case.
    assert_eq!(hb.values.len(), 10);
    assert_eq!(hb.duration_s, 3600);
    assert!(
        hb.at_ms.is_some_and(|t| t > 1_700_000_000_000),
        "epoch-ms capture time"
    );
    assert!(
        hb.values.iter().any(|v| (20_000..=60_000).contains(v)),
        "heap free"
    );
    assert!(hb.values.contains(&-60), "rssi");
    let msg = [set::message(&Payload::Heartbeat(hb))];

    let steady = measure(&msg, BLE_MTU, false);
    let first = measure(&msg, BLE_MTU, true);
    show("heartbeat, steady state", steady);
    show("heartbeat, first message of a session", first);
    assert!(steady.wire_bytes <= 48, "{} B", steady.wire_bytes);
    assert!(first.wire_bytes <= 48, "{} B", first.wire_bytes);
    assert_eq!(
        first.wire_bytes,
        steady.wire_bytes + 1,
        "RESYNC costs one session byte"
    );
    // Exact, so that a change in the encoding shows up here and in the spec's worked example.
    assert_eq!(steady.wire_bytes, 37);
    assert_eq!(steady.chunks, 2);
}

#[test]
fn framing_overhead_at_a_20_byte_mtu_is_at_most_8_percent() {
    let core = [set::message(&Payload::Coredump(set::coredump()))];
    for new_session in [false, true] {
        let s = measure(&core, BLE_MTU, new_session);
        show(
            &format!("coredump with a 512-byte stack (new session: {new_session})"),
            s,
        );
        assert!(s.framing_overhead() <= 0.08, "{:.4}", s.framing_overhead());
    }

    let day = set::mixed_day();
    let s = measure(&day, BLE_MTU, true);
    show(
        "one day: context, reboot, 24 x (heartbeat + 8 log lines), 6 traces",
        s,
    );
    assert!(s.framing_overhead() <= 0.08, "{:.4}", s.framing_overhead());

    let big = [set::sized_message(600)];
    let s = measure(&big, BLE_MTU, false);
    show("one 600-byte message", s);
    assert!(s.framing_overhead() <= 0.08, "{:.4}", s.framing_overhead());
}

#[test]
fn a_coredump_with_a_512_byte_stack_fits_in_600_bytes_with_region_encoding_1() {
    // The sample stack is synthetic (`set::stack_512`): return addresses, stack pointers, zeros,
    // small locals and a quarter of 0xa5 fill. A real stack compresses more or less than this
    // depending on how much of it is fill and pointers.
    let raw = [set::message(&Payload::Coredump(set::coredump()))];
    let words = [set::message(&Payload::Coredump(set::coredump_words()))];
    // A coredump is usually the first message after the reboot, so the session byte counts.
    for mtu in [BLE_MTU, 64, 244] {
        let r = measure(&raw, mtu, true);
        let w = measure(&words, mtu, true);
        println!(
            "coredump, 512-byte stack, MTU {mtu}, new session: {} B raw ({} chunks, {} B body), \
             {} B with encoding 1 ({} chunks, {} B body), {:.1} % less; framing overhead \
             {:.2} % / {:.2} %",
            r.wire_bytes,
            r.chunks,
            r.body_bytes,
            w.wire_bytes,
            w.chunks,
            w.body_bytes,
            100.0 * (1.0 - w.wire_bytes as f64 / r.wire_bytes as f64),
            100.0 * r.framing_overhead(),
            100.0 * w.framing_overhead()
        );
        assert!(w.wire_bytes < r.wire_bytes);
        assert!(w.framing_overhead() <= 0.08, "{:.4}", w.framing_overhead());
    }
    let at_20 = measure(&words, BLE_MTU, true).wire_bytes;
    assert!(at_20 <= 600, "{at_20} B at a 20-byte MTU");
    // Exact, so that the figures in the spec's budget section are kept true.
    assert_eq!(measure(&raw, BLE_MTU, true).wire_bytes, 653);
    assert_eq!(at_20, 491);
    assert_eq!(measure(&words, BLE_MTU, false).wire_bytes, 490);

    // The worst case: no word compresses (here all stack painter fill), one tag byte per
    // 4 words is added.
    let mut fill = set::coredump();
    fill.regions[0].data = vec![0xa5; 512];
    let raw_fill = measure(
        &[set::message(&Payload::Coredump(fill.clone()))],
        BLE_MTU,
        true,
    );
    fill.regions[0].data = faultline_protocol::region::encode_words(set::STACK_START, &[0xa5; 512]);
    fill.regions[0].encoding = faultline_protocol::region::WORDS;
    let words_fill = measure(&[set::message(&Payload::Coredump(fill))], BLE_MTU, true);
    println!(
        "coredump, 512 bytes of 0xa5 fill (no word compresses), MTU 20, new session: {} B raw, \
         {} B with encoding 1",
        raw_fill.wire_bytes, words_fill.wire_bytes
    );
    // 32 tag bytes, LEB128(512), and the encoding field (key and value).
    assert_eq!(words_fill.body_bytes, raw_fill.body_bytes + 32 + 2 + 2);
}

#[test]
fn small_messages_alone_do_not_meet_8_percent_and_the_test_says_so() {
    // The per-message cost (length, CRC, a header per chunk) dominates a 37-byte heartbeat.
    // This is a known property, asserted so that the budget section of the spec stays honest.
    let s = measure(&set::heartbeats(24), BLE_MTU, false);
    show("heartbeats only", s);
    assert!(s.framing_overhead() > 0.08);
    assert!(
        s.framing_overhead() < 0.158,
        "still below the anchor's 15.8 %"
    );
}
