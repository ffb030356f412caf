//! Search over a running server: freshness (a log line is searchable within a second of its
//! acknowledgement), reindex and online reprocess as jobs that keep every line, and the index
//! rebuilt at start when it is missing.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;

async fn logs(s: &TestServer, q: &str) -> Value {
    s.get(&format!(
        "/api/v1/projects/default/logs?limit=1000&q={}",
        q.replace(' ', "%20").replace('"', "%22")
    ))
    .await
}

async fn wait_job(s: &TestServer, id: u64) -> Value {
    for _ in 0..600 {
        let j = s.get(&format!("/api/v1/jobs/{id}")).await;
        if j["state"] != "running" {
            return j;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("job {id} did not finish");
}

async fn post(s: &TestServer, path: &str) -> Value {
    let r = s
        .client
        .post(format!("{}{path}", s.base))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 202, "{path}");
    r.json().await.expect("json")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_log_line_is_searchable_within_a_second_of_its_acknowledgement() {
    let s = start().await;
    let mut dev = Device::new(256, 1);
    let mut waits = Vec::new();
    for i in 0..20 {
        let body = dev.upload(&[context("2.1.0"), log(&format!("pump {i} pressure nominal"))]);
        assert_eq!(s.post("fresh-1", body).await.status(), 202);
        let acked = Instant::now();
        loop {
            let hits = logs(&s, &format!("device:fresh-1 \"pump {i} pressure\"")).await;
            if hits["total"] == 1 {
                assert_eq!(
                    hits["lines"][0]["message"],
                    format!("pump {i} pressure nominal")
                );
                assert_eq!(hits["lines"][0]["version"], "2.1.0");
                break;
            }
            assert!(
                acked.elapsed() < Duration::from_secs(5),
                "line {i} not searchable: {hits}"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        waits.push(acked.elapsed());
    }
    waits.sort();
    let (p50, max) = (waits[waits.len() / 2], waits[waits.len() - 1]);
    println!(
        "acknowledged → searchable: p50 {p50:.2?}, max {max:.2?} over {} lines",
        waits.len()
    );
    // The target is a second; the assertion leaves room for a loaded CI machine.
    assert!(p50 < Duration::from_secs(1), "p50 {p50:?}");
    // Newest first, and the count is exact.
    let all = logs(&s, "device:fresh-1 pressure").await;
    assert_eq!(all["total"], 20);
    assert_eq!(all["lines"][0]["message"], "pump 19 pressure nominal");
    let metrics = s.text("/metrics").await;
    assert!(metrics.contains("\nsearch_log_lines 20\n"), "{metrics}");
    assert!(metrics.contains("\nsearch_partitions 1\n"), "{metrics}");
    s.server.stop().await.expect("stop");
}

/// Queries over the four units' lines and how many lines each matches.
const QUERIES: [(&str, u64); 5] = [
    ("valve", 100),
    ("\"unit 2 closed\"", 25),
    ("release:>=1.10.0 valve", 50),
    ("device:unit-* !device:unit-3", 75),
    ("(device:unit-0 OR device:unit-1) valve 7", 2),
];

async fn check(s: &TestServer, label: &str) {
    for (q, want) in QUERIES {
        let mut got = Value::Null;
        for _ in 0..100 {
            got = logs(s, q).await;
            if got["total"] == want {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert_eq!(got["total"], want, "{label}: `{q}`");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reindex_reprocess_and_a_lost_index_keep_every_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = test_config(dir.path());
    let s = start_with(dir, config.clone()).await;
    for d in 0..4 {
        let mut dev = Device::new(256, 1);
        let messages: Vec<(u8, Vec<u8>)> =
            std::iter::once(context(if d % 2 == 0 { "1.9.0" } else { "1.10.0" }))
                .chain((0..25).map(|i| log(&format!("valve {i} of unit {d} closed"))))
                .collect();
        assert_eq!(
            s.post(&format!("unit-{d}"), dev.upload(&messages))
                .await
                .status(),
            202
        );
    }
    s.drained().await;
    check(&s, "fresh").await;

    let job = post(&s, "/api/v1/reindex").await["job"]
        .as_u64()
        .expect("job");
    let done = wait_job(&s, job).await;
    assert_eq!(done["state"], "done", "{done}");
    assert_eq!(done["done"], done["total"]);
    assert_eq!(done["total"], 4, "four devices, no issues: {done}");
    check(&s, "after a reindex").await;

    let job = post(&s, "/api/v1/reprocess").await["job"]
        .as_u64()
        .expect("job");
    let done = wait_job(&s, job).await;
    assert_eq!(done["state"], "done", "{done}");
    assert_eq!(done["done"], done["total"]);
    assert!(done["total"].as_u64().expect("total") >= 4, "{done}");
    check(&s, "after an online reprocess").await;
    assert_eq!(
        log_messages(&s.events("unit-1", "&kind=logs").await).len(),
        25
    );

    // A lost index is rebuilt when the server starts.
    let TestServer { server, dir, .. } = s;
    server.stop().await.expect("stop");
    std::fs::remove_dir_all(dir.path().join("data/search")).expect("remove the index");
    let s = start_with(dir, config).await;
    let jobs = s.get("/api/v1/jobs").await;
    assert_eq!(jobs["jobs"][0]["kind"], "reindex", "{jobs}");
    check(&s, "after a restart without an index").await;
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_queries_point_at_the_problem() {
    let s = start().await;
    for (q, pos) in [
        ("level:", 6),
        ("(device:a", 0),
        ("release:>=abc", 10),
        ("color:red", 0),
    ] {
        let r = s
            .client
            .get(format!("{}/api/v1/projects/default/logs", s.base))
            .query(&[("q", q)])
            .send()
            .await
            .expect("send");
        assert_eq!(r.status(), 400, "{q}");
        let v: Value = r.json().await.expect("json");
        assert_eq!(v["error"], "bad_query", "{q}: {v}");
        assert_eq!(v["position"], pos, "{q}: {v}");
        assert!(!v["message"].as_str().expect("message").is_empty());
    }
    s.server.stop().await.expect("stop");
}
