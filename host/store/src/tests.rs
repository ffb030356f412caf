use super::*;
use faultline_model::{ChunkRef, Event, EventKind, Outcome};

fn record(serial: &str, n: usize) -> RawRecord {
    RawRecord {
        project: ProjectId(1),
        serial: serial.into(),
        received_ms: 42,
        chunks: (0..n).map(|i| vec![i as u8; i + 1]).collect(),
    }
}

#[test]
fn raw_records_round_trip_in_order_and_survive_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let s = Store::open(dir.path()).expect("open");
        s.append_raw(0, &[record("a", 2), record("b", 3)])
            .expect("append");
        s.append_raw(2, &[record("c", 1)]).expect("append");
        s.flush().expect("flush");
    }
    let s = Store::open(dir.path()).expect("reopen");
    let got = s.raw_from(1, 10).expect("read");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0], (1, record("b", 3)));
    assert_eq!(got[1].1.serial, "c");
    assert_eq!(s.last_raw_seq().expect("last"), Some(2));
}

#[test]
fn corrupt_raw_values_are_errors() {
    assert!(codec::decode_raw(&[0, 1]).is_err());
    let mut v = codec::encode_raw(&record("a", 2));
    v.push(0);
    assert!(codec::decode_raw(&v).is_err());
}

#[test]
fn keys_rotate_and_old_keys_are_revoked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Store::open(dir.path()).expect("open");
    let p = s.create_project("default").expect("create");
    assert_eq!(
        s.lookup_key(&p.device_key).expect("lookup"),
        KeyLookup::Valid(p.clone())
    );
    let p2 = s.rotate_key("default").expect("rotate");
    assert_eq!(
        s.lookup_key(&p.device_key).expect("lookup"),
        KeyLookup::Revoked(p.id)
    );
    assert!(matches!(
        s.lookup_key(&p2.device_key).expect("lookup"),
        KeyLookup::Valid(_)
    ));
    assert_eq!(s.lookup_key("nope").expect("lookup"), KeyLookup::Unknown);
    assert!(matches!(
        s.create_project("default"),
        Err(StoreError::ProjectExists(_))
    ));
    assert!(matches!(
        s.create_project("Bad Name"),
        Err(StoreError::BadProjectName(_))
    ));
}

#[test]
fn derived_batches_commit_atomically_and_clear() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Store::open(dir.path()).expect("open");
    let p = ProjectId(1);
    let mut dev = DeviceRecord::new(p, "dev-1", 1);
    dev.next_event_id = 3;
    let ev = |id, kind| StoredEvent {
        id,
        received_ms: id * 10,
        software_version: "1.0".into(),
        decoder: "d".into(),
        source: ChunkRef { seq: id, index: 0 },
        event: Event {
            captured_at_ms: None,
            kind,
        },
    };
    let batch = DerivedBatch {
        devices: vec![dev.clone()],
        events: vec![
            (
                p,
                "dev-1".into(),
                ev(1, EventKind::Logs { records: vec![] }),
            ),
            (
                p,
                "dev-1".into(),
                ev(
                    2,
                    EventKind::Heartbeat {
                        duration_ms: 1,
                        values: vec![],
                    },
                ),
            ),
            // Another device whose serial is a prefix-extension must not leak in.
            (
                p,
                "dev-10".into(),
                ev(1, EventKind::Logs { records: vec![] }),
            ),
        ],
        outcomes: vec![(
            p,
            "dev-1".into(),
            OutcomeRecord {
                chunk: ChunkRef { seq: 0, index: 0 },
                outcome: Outcome::Accepted,
                detail: None,
            },
        )],
        cursor: 7,
    };
    s.commit(&batch).expect("commit");
    assert_eq!(s.cursor().expect("cursor"), 7);
    assert_eq!(s.device(p, "dev-1").expect("device"), Some(dev));
    let all = s
        .events(
            p,
            "dev-1",
            &EventQuery {
                limit: 10,
                ..Default::default()
            },
        )
        .expect("events");
    assert_eq!(all.iter().map(|e| e.id).collect::<Vec<_>>(), vec![1, 2]);
    let hb = s
        .events(
            p,
            "dev-1",
            &EventQuery {
                limit: 10,
                kind: Some("heartbeat".into()),
                ..Default::default()
            },
        )
        .expect("events");
    assert_eq!(hb.len(), 1);
    let page = s
        .events(
            p,
            "dev-1",
            &EventQuery {
                limit: 10,
                after_id: Some(1),
                ..Default::default()
            },
        )
        .expect("events");
    assert_eq!(page[0].id, 2);
    assert_eq!(s.outcomes(p, "dev-1", 10).expect("outcomes").len(), 1);
    s.clear_derived().expect("clear");
    assert_eq!(s.cursor().expect("cursor"), 0);
    assert!(s.device(p, "dev-1").expect("device").is_none());
}
