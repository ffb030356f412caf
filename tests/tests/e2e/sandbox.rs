//! Misbehaving plugins are contained: the server keeps answering, other devices' chunks decode,
//! each failure is recorded with its reason, and the circuit breaker trips.

use crate::common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn misbehaving_plugins_are_contained_and_the_breaker_trips() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = test_config(dir.path());
    let extra = [
        misbehave("trap", "0x41", "trap"),
        misbehave("loop", "0x42", "loop"),
        misbehave("bomb", "0x43", "memory-bomb"),
        misbehave("flood", "0x44", "big-output"),
        misbehave("garbage", "0x45", "garbage"),
        misbehave("error", "0x46", "error"),
    ]
    .concat();
    config.plugins = write_plugins_toml(dir.path(), &extra);
    let s = start_with(dir, config).await;

    let mut bad = Device::new(64, 1);
    let body = bad.upload(&[
        (0x42, vec![1]),
        (0x43, vec![1]),
        (0x44, vec![1]),
        (0x45, vec![1]),
        (0x46, vec![1]),
        (0x41, vec![1]),
    ]);
    assert_eq!(s.post("bad-1", body).await.status(), 202);
    // Meanwhile another device's data decodes.
    let mut good = Device::new(64, 2);
    assert_eq!(
        s.post(
            "good-1",
            good.upload(&[context("2.0.0"), log("still decoding")])
        )
        .await
        .status(),
        202
    );
    s.drained().await;
    let health = s.get("/healthz").await;
    assert_eq!(health["status"], "ok");
    assert_eq!(
        log_messages(&s.events("good-1", "").await),
        vec!["still decoding"]
    );

    let outcomes = s.device("bad-1").await["outcomes"].clone();
    assert_eq!(outcomes["plugin_timeout"], 1, "{outcomes}");
    assert_eq!(outcomes["plugin_memory_limit"], 1, "{outcomes}");
    assert_eq!(outcomes["plugin_output_too_large"], 1, "{outcomes}");
    assert_eq!(outcomes["plugin_bad_output"], 1, "{outcomes}");
    assert_eq!(outcomes["plugin_error"], 1, "{outcomes}");
    assert_eq!(outcomes["plugin_trap"], 1, "{outcomes}");
    let recent = s
        .get("/api/v1/projects/default/devices/bad-1/outcomes")
        .await;
    assert!(
        recent["outcomes"]
            .as_array()
            .expect("outcomes")
            .iter()
            .all(|o| o["outcome"] == "failed" && o["detail"].is_string()),
        "{recent}"
    );

    // Keep feeding the trapping plugin: after 5 consecutive failures the breaker opens.
    let traps: Vec<(u8, Vec<u8>)> = (0..8).map(|i| (0x41, vec![i])).collect();
    assert_eq!(s.post("bad-1", bad.upload(&traps)).await.status(), 202);
    s.drained().await;
    let outcomes = s.device("bad-1").await["outcomes"].clone();
    assert_eq!(outcomes["plugin_trap"], 5, "{outcomes}");
    assert_eq!(outcomes["plugin_disabled"], 4, "{outcomes}");
    let plugins = s.get("/api/v1/plugins").await;
    let trap = plugins["plugins"]
        .as_array()
        .expect("plugins")
        .iter()
        .find(|p| p["id"] == "trap")
        .expect("trap plugin listed")
        .clone();
    assert_eq!(trap["state"], "open", "{trap}");
    let decoder = plugins["plugins"]
        .as_array()
        .expect("plugins")
        .iter()
        .find(|p| p["id"] == "decoder-v1")
        .expect("decoder listed")
        .clone();
    assert_eq!(decoder["state"], "enabled");

    // The good device is unaffected.
    assert_eq!(
        s.post("good-1", good.upload(&[log("after the storm")]))
            .await
            .status(),
        202
    );
    s.drained().await;
    assert_eq!(
        log_messages(&s.events("good-1", "").await),
        vec!["still decoding", "after the storm"]
    );
    s.server.stop().await.expect("stop");
}
