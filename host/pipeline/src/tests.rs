//! Pipeline tests with a native stand-in decoder; the real WASM decoder is exercised end to
//! end in `tests/`.

use super::*;
use faultline_model::{LogLevel, LogRecord, PluginFailure};
use faultline_protocol::events::{self, Payload};
use faultline_protocol::frame::{Chunker, encode_message};

struct NativeDecoder;

impl Decoders for NativeDecoder {
    fn route(&self, _project: &str, msg_type: u8, _ctx: &DeviceContext) -> Option<String> {
        (msg_type != 0x7f).then(|| "native".to_string())
    }

    fn decode(
        &self,
        plugin: &str,
        _ctx: &DeviceContext,
        msg_type: u8,
        payload: &[u8],
    ) -> Result<(Vec<Event>, String), DecodeFailure> {
        let events = self.events(msg_type, payload)?;
        Ok((events, format!("{plugin}@test")))
    }
}

impl NativeDecoder {
    fn events(&self, msg_type: u8, payload: &[u8]) -> Result<Vec<Event>, DecodeFailure> {
        if msg_type == 0x7e {
            return Err(DecodeFailure {
                outcome: Outcome::Failed(PluginFailure::Trap),
                detail: "boom".into(),
            });
        }
        match events::decode(msg_type, payload) {
            Ok(Payload::Context(c)) => Ok(vec![Event {
                captured_at_ms: None,
                kind: EventKind::Context(DeviceContext {
                    serial: String::new(),
                    hardware_version: c.hardware_version,
                    software_type: c.software_type,
                    software_version: c.software_version,
                    build_id: c.build_id,
                }),
            }]),
            Ok(Payload::Logs(l)) => Ok(vec![Event {
                captured_at_ms: None,
                kind: EventKind::Logs {
                    records: l
                        .records
                        .into_iter()
                        .map(|r| LogRecord {
                            timestamp_ms: r.at_ms,
                            level: LogLevel::Info,
                            message: r.message,
                        })
                        .collect(),
                },
            }]),
            Ok(_) => Ok(vec![]),
            Err(e) => Err(DecodeFailure {
                outcome: Outcome::Rejected(RejectReason::Malformed),
                detail: e.to_string(),
            }),
        }
    }
}

fn logs(msg: &str) -> Vec<u8> {
    Payload::Logs(events::Logs {
        records: vec![events::LogRecord {
            at_ms: None,
            level: 1,
            message: msg.into(),
        }],
    })
    .encode()
}

fn context(version: &str) -> Vec<u8> {
    Payload::Context(events::Context {
        software_type: "main".into(),
        software_version: version.into(),
        hardware_version: "evt".into(),
        build_id: vec![1, 2],
    })
    .encode()
}

fn setup() -> (tempfile::TempDir, Store, ProjectId) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let p = store.create_project("default").expect("project").id;
    (dir, store, p)
}

fn append(store: &Store, seq: u64, project: ProjectId, serial: &str, chunks: Vec<Vec<u8>>) {
    store
        .append_raw(
            seq,
            &[RawRecord {
                project,
                serial: serial.into(),
                received_ms: 1000 + seq,
                chunks,
            }],
        )
        .expect("append");
}

fn pipeline(store: &Store) -> Pipeline {
    Pipeline::new(
        store.clone(),
        Arc::new(NativeDecoder),
        Arc::new(PipelineMetrics::default()),
    )
}

fn log_messages(store: &Store, p: ProjectId, serial: &str) -> Vec<String> {
    store
        .events(
            p,
            serial,
            &faultline_store::EventQuery {
                limit: 1000,
                ..Default::default()
            },
        )
        .expect("events")
        .into_iter()
        .filter_map(|e| match e.event.kind {
            EventKind::Logs { records } => Some(records[0].message.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn messages_split_across_uploads_decode_once_with_context() {
    let (_d, store, p) = setup();
    let mut tx = Chunker::new(20, 1);
    let mut chunks = tx.chunk(&encode_message(0x01, 3, &context("1.4.2")));
    chunks.extend(tx.chunk(&encode_message(
        0x05,
        3,
        &logs("hello from a long log line"),
    )));
    let n = chunks.len();
    // The second message is cut across two uploads.
    append(&store, 0, p, "dev-1", chunks[..n - 1].to_vec());
    append(&store, 1, p, "dev-1", chunks[n - 1..].to_vec());
    let mut pl = pipeline(&store);
    let progress = pl.run_until(1).expect("run");
    assert_eq!(progress.events, 1); // only the context so far
    let dev = store.device(p, "dev-1").expect("device").expect("exists");
    assert!(
        dev.reassembly.pending_chunks() > 0,
        "partial message persisted"
    );
    // A fresh pipeline (as after a restart) finishes the message from the persisted state.
    let mut pl = pipeline(&store);
    pl.run_until(2).expect("run");
    assert_eq!(
        log_messages(&store, p, "dev-1"),
        vec!["hello from a long log line"]
    );
    let dev = store.device(p, "dev-1").expect("device").expect("exists");
    assert_eq!(dev.software_version, "1.4.2");
    assert_eq!(dev.outcome_counts.get("accepted").copied(), Some(n as u64));
    let events = store
        .events(
            p,
            "dev-1",
            &faultline_store::EventQuery {
                limit: 10,
                ..Default::default()
            },
        )
        .expect("events");
    assert_eq!(events[1].software_version, "1.4.2");
    assert_eq!(events[1].decoder, "native@test");
    // Accepted chunks are counted, not listed one by one.
    assert!(
        store
            .outcomes(p, "dev-1", 100)
            .expect("outcomes")
            .is_empty()
    );
}

#[test]
fn every_chunk_gets_exactly_one_outcome_with_a_reason() {
    let (_d, store, p) = setup();
    let mut tx = Chunker::new(20, 1);
    let good = tx.chunk(&encode_message(0x05, 0, &logs("a")));
    let mut bad = tx.chunk(&encode_message(0x05, 0, &logs("this one gets corrupted")));
    bad[1][2] ^= 0xff;
    let garbage = tx.chunk(&encode_message(0x03, 0, &[0xff, 0xff, 0xff]));
    let trap = tx.chunk(&encode_message(0x7e, 0, &[1]));
    let unrouted = tx.chunk(&encode_message(0x7f, 0, &[1]));
    let mut all = good.clone();
    all.extend(bad.clone());
    all.extend(garbage.clone());
    all.extend(trap.clone());
    all.extend(unrouted.clone());
    all.push(good[0].clone()); // a stale duplicate of the first chunk
    let total = all.len();
    append(&store, 0, p, "dev-1", all);
    pipeline(&store).run_until(1).expect("run");
    let dev = store.device(p, "dev-1").expect("device").expect("exists");
    let counts = dev.outcome_counts;
    assert_eq!(counts.get("accepted").copied(), Some(good.len() as u64));
    assert_eq!(counts.get("bad_crc").copied(), Some(bad.len() as u64));
    assert_eq!(
        counts.get("malformed_payload").copied(),
        Some(garbage.len() as u64)
    );
    assert_eq!(counts.get("plugin_trap").copied(), Some(trap.len() as u64));
    assert_eq!(
        counts.get("no_decoder").copied(),
        Some(unrouted.len() as u64)
    );
    assert_eq!(counts.get("duplicate_chunk").copied(), Some(1));
    assert_eq!(counts.values().sum::<u64>(), total as u64);
    let outcomes = store.outcomes(p, "dev-1", 1000).expect("outcomes");
    let mut refs: Vec<_> = outcomes.iter().map(|o| o.chunk).collect();
    refs.sort();
    refs.dedup();
    assert_eq!(
        refs.len(),
        total - good.len(),
        "one row per rejected or failed chunk, none twice"
    );
    assert!(outcomes.iter().all(|o| o.outcome != Outcome::Accepted));
}

#[test]
fn a_restarted_pipeline_resumes_at_the_cursor_and_reprocess_is_idempotent() {
    let (_d, store, p) = setup();
    let mut tx = Chunker::new(64, 1);
    for i in 0..20u64 {
        append(
            &store,
            i,
            p,
            "dev-1",
            tx.chunk(&encode_message(0x05, 0, &logs(&format!("m{i}")))),
        );
    }
    let mut pl = pipeline(&store).with_batch_records(7);
    pl.run_until(10).expect("run");
    let first = log_messages(&store, p, "dev-1");
    assert_eq!(first.len(), 10);
    // A new pipeline, as after a restart, continues from the persisted cursor.
    let mut pl = pipeline(&store).with_batch_records(7);
    pl.run_until(20).expect("run");
    let expected: Vec<_> = (0..20).map(|i| format!("m{i}")).collect();
    assert_eq!(log_messages(&store, p, "dev-1"), expected);
    let mut reports = Vec::new();
    let progress = pipeline(&store)
        .with_batch_records(7)
        .reprocess_with(|done, total| reports.push((done, total)))
        .expect("reprocess");
    assert_eq!(progress.records, 20);
    assert_eq!(reports, vec![(7, 20), (14, 20), (20, 20)]);
    assert_eq!(log_messages(&store, p, "dev-1"), expected);
    let dev = store.device(p, "dev-1").expect("device").expect("exists");
    assert_eq!(dev.next_event_id, 21);
}
