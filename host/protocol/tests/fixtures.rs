//! Protocol v1 fixtures: every capture under `tests/fixtures/protocol/` goes through
//! `frame::decode_upload`, `reassembly::Reassembler::push_upload` and `events::decode`, and must
//! give exactly the outputs its `.json` states. The files must also be exactly what
//! `examples/make_fixtures` writes, so that an encoder change cannot slip by unnoticed.

use std::collections::BTreeSet;
use std::path::PathBuf;

use faultline_protocol::events::{self, Payload};
use faultline_protocol::frame::{self, Message};
use faultline_protocol::message_type;
use faultline_protocol::reassembly::{Output, Reassembler};
use serde_json::{Value, json};

#[path = "../examples/make_fixtures/set.rs"]
mod set;

use set::ChunkRef;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/protocol")
}

fn read(name: &str) -> Vec<u8> {
    let path = dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read_json(name: &str) -> Value {
    serde_json::from_slice(&read(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Names of the fixtures on disk (one `.json` each).
fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .expect("fixture directory")
        .map(|e| {
            e.expect("directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter_map(|f| f.strip_suffix(".json").map(str::to_owned))
        .collect();
    names.sort();
    names
}

/// Push every upload of a fixture into one fresh receiver; outputs in the `.json` form.
fn replay(uploads: &[Vec<u8>]) -> Vec<Value> {
    let mut rx: Reassembler<ChunkRef> = Reassembler::default();
    let mut outputs = Vec::new();
    for (u, body) in uploads.iter().enumerate() {
        let chunks = frame::decode_upload(body, set::MAX_CHUNK_BYTES, set::MAX_CHUNKS)
            .unwrap_or_else(|e| panic!("upload {u}: {e}"));
        let refs = chunks
            .into_iter()
            .enumerate()
            .map(|(i, c)| ((u, i), c))
            .collect();
        for out in rx.push_upload(refs) {
            outputs.push(match out {
                Output::Message { body, chunks } => {
                    let msg = Message::parse(&body).expect("a reassembled body has 2+ bytes");
                    let payload = match events::decode(msg.msg_type, msg.payload) {
                        Ok(p) => set::payload_json(&p),
                        Err(e) => json!({ "decode_error": e.to_string() }),
                    };
                    json!({ "message": {
                        "type": msg.msg_type,
                        "type_name": message_type::name(msg.msg_type),
                        "context_id": msg.context_id,
                        "chunks": set::refs(&chunks),
                        "payload": payload,
                    }})
                }
                Output::Rejected { chunks, reason } => {
                    set::expect_rejected(reason.as_str(), &chunks)
                }
            });
        }
    }
    outputs
}

fn uploads_of(expected: &Value) -> Vec<Vec<u8>> {
    expected["uploads"]
        .as_array()
        .expect("uploads")
        .iter()
        .map(|u| read(u["file"].as_str().expect("file name")))
        .collect()
}

#[test]
fn every_fixture_decodes_to_exactly_its_expected_outputs() {
    let names = fixture_names();
    assert!(names.len() >= 14, "fixtures missing: {names:?}");
    for name in names {
        let expected = read_json(&format!("{name}.json"));
        let outputs = replay(&uploads_of(&expected));
        assert_eq!(
            Value::Array(outputs),
            expected["outputs"],
            "fixture {name}: receiver outputs differ from {name}.json"
        );
    }
}

#[test]
fn fixture_files_are_what_the_generator_writes() {
    let set = set::all();
    for fixture in &set {
        for (i, body) in fixture.uploads.iter().enumerate() {
            let file = fixture.upload_file(i);
            assert!(
                read(&file) == *body,
                "{file} differs from the generator; if the wire format changed on purpose, run \
                 `cargo run -p faultline-protocol --example make_fixtures` and review the diff"
            );
        }
        assert_eq!(
            read_json(&format!("{}.json", fixture.name)),
            fixture.json(),
            "{}.json differs from the generator",
            fixture.name
        );
    }
    // No stale files: everything in the directory belongs to a fixture or is the README.
    let mut generated: BTreeSet<String> = set
        .iter()
        .flat_map(|f| {
            (0..f.uploads.len())
                .map(|i| f.upload_file(i))
                .chain([format!("{}.json", f.name)])
        })
        .collect();
    generated.insert("README.md".into());
    let on_disk: BTreeSet<String> = std::fs::read_dir(dir())
        .expect("fixture directory")
        .map(|e| {
            e.expect("directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(on_disk, generated);
}

#[test]
fn the_readme_lists_every_fixture() {
    let readme = String::from_utf8(read("README.md")).expect("utf-8");
    for name in fixture_names() {
        assert!(
            readme.contains(&format!("`{name}`")),
            "README.md does not list {name}"
        );
    }
}

#[test]
fn the_generator_does_what_the_spec_says_independently_of_the_json() {
    // Checks against hand-written values, so that a bug shared by the generator and the JSON
    // view cannot hide.
    let decode_one = |file: &str| -> Payload {
        let body = read(file);
        let chunks = frame::decode_upload(&body, 4096, 64).expect("valid upload");
        let mut rx: Reassembler<usize> = Reassembler::default();
        let outs = rx.push_upload(chunks.into_iter().enumerate().collect());
        let [Output::Message { body, .. }] = outs.as_slice() else {
            panic!("{file}: expected one message, got {outs:?}");
        };
        let msg = Message::parse(body).expect("body");
        assert_eq!(msg.context_id, 1);
        events::decode(msg.msg_type, msg.payload).expect("decodes")
    };

    let Payload::Heartbeat(hb) = decode_one("heartbeat_ble20.bin") else {
        panic!("not a heartbeat");
    };
    assert_eq!(hb.duration_s, 3600);
    assert_eq!(
        hb.values,
        [259_200, 41_236, 23_012, 3_712, -60, 1_432, 0, 0, 0, 23]
    );
    assert_eq!(hb.at_ms, Some(1_768_473_000_000));

    let Payload::Coredump(core) = decode_one("coredump.bin") else {
        panic!("not a coredump");
    };
    assert_eq!(core.registers.len(), 23);
    assert_eq!(core.registers[15], 0x0800_1f2e, "pc");
    assert_eq!(core.regions.len(), 1);
    assert_eq!(core.regions[0].start, 0x2000_7e00);
    assert_eq!(core.regions[0].data.len(), 512);
    assert_eq!(
        core.regions[0].data[508..],
        [0xa5; 4],
        "stack painter fill at the far end"
    );

    // The words fixture carries the same memory in fewer bytes, and says so on the wire.
    let Payload::Coredump(words) = decode_one("coredump_words.bin") else {
        panic!("not a coredump");
    };
    assert_eq!(words, core, "decodes to exactly the raw coredump fixture");
    assert!(!words.truncated);
    let sent = {
        let body = read("coredump_words.bin");
        let chunks = frame::decode_upload(&body, 4096, 64).expect("valid upload");
        assert_eq!(chunks.len(), 2, "fits in 2 chunks at MTU 244, raw needs 3");
        let mut rx: Reassembler<usize> = Reassembler::default();
        let outs = rx.push_upload(chunks.into_iter().enumerate().collect());
        let [Output::Message { body, .. }] = outs.as_slice() else {
            panic!("expected one message, got {outs:?}");
        };
        // Bypass `events::decode`, which returns regions raw.
        <events::Coredump as prost::Message>::decode(&body[2..]).expect("protobuf")
    };
    assert_eq!(sent.regions[0].encoding, 1);
    assert_eq!(sent.regions[0].start, 0x2000_7e00);
    assert_eq!(
        sent.regions[0].data[..3],
        [0x80, 0x04, 0xc8],
        "LEB128 512, then tags 0, 2, 0, 3 of the words 0, 0x200016c8, 0, 0x0800b3ad"
    );
    assert_eq!(
        sent.regions[0].data,
        faultline_protocol::region::encode_words(0x2000_7e00, &core.regions[0].data)
    );

    let Payload::Vendor { msg_type, data } = decode_one("vendor_0x41.bin") else {
        panic!("not a vendor message");
    };
    assert_eq!(msg_type, 0x41);
    assert_eq!(data, [0x01, 0x2c, 0x01, 0x07, 0x00, 0xe8, 0x03]);

    let Payload::Logs(logs) = decode_one("logs.bin") else {
        panic!("not logs");
    };
    let levels: Vec<u32> = logs.records.iter().map(|r| r.level).collect();
    assert_eq!(levels, [1, 2, 3]);
    assert_eq!(logs.records[2].at_ms, None);
}

#[test]
fn the_spec_worked_example_is_byte_exact() {
    // `sdk-guides/chunk-protocol.md`, "Worked example": the two BLE chunks of the heartbeat.
    let body = read("heartbeat_ble20.bin");
    let chunks = frame::decode_upload(&body, 20, 64).expect("valid upload");
    assert_eq!(
        chunks,
        [
            &[
                0x85, 0x20, 0x02, 0x01, 0x08, 0x90, 0x1c, 0x12, 0x12, 0x80, 0xd2, 0x1f, 0xa8, 0x84,
                0x05, 0xc8, 0xe7, 0x02, 0x80, 0x3a
            ][..],
            &[
                0x06, 0x77, 0xb0, 0x16, 0x00, 0x00, 0x00, 0x2e, 0x78, 0xc0, 0xf0, 0xd1, 0x89, 0xbc,
                0x33, 0x2b, 0x18
            ][..],
        ]
    );
    // The upload body is each chunk prefixed by its LEB128 length.
    assert_eq!(body[0], 20);
    assert_eq!(body[21], 17);
}
