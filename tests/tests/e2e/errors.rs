//! Every refusal of the ingest endpoint: the status, a JSON error that says why, and nothing
//! stored.

use crate::common::*;
use serde_json::Value;

async fn refused(r: reqwest::Response, status: u16, code: &str) -> reqwest::header::HeaderMap {
    assert_eq!(r.status().as_u16(), status);
    let headers = r.headers().clone();
    let body: Value = r.json().await.expect("json error body");
    assert_eq!(body["error"], code, "{body}");
    assert!(!body["message"].as_str().expect("message").is_empty());
    headers
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_bodies_and_serials_are_400_and_not_stored() {
    let s = start().await;
    let mut dev = Device::new(64, 1);
    let good = dev.upload(&[log("ok")]);
    let before = s.raw_records().await;

    refused(s.post("dev-1", vec![]).await, 400, "malformed").await;
    // Declares 50 bytes, carries 3.
    refused(s.post("dev-1", vec![50, 1, 2, 3]).await, 400, "malformed").await;
    // A zero-length chunk.
    refused(s.post("dev-1", vec![0]).await, 400, "malformed").await;
    // Good chunks followed by a truncated length field.
    let mut trailing = good.clone();
    trailing.push(0x80);
    let r = s.post("dev-1", trailing).await;
    assert_eq!(r.status(), 400);
    let body: Value = r.json().await.expect("json");
    assert!(
        body["message"]
            .as_str()
            .expect("message")
            .contains("length field is truncated"),
        "{body}"
    );
    // A serial outside the alphabet.
    refused(s.post("dev%20one", good.clone()).await, 400, "malformed").await;
    assert_eq!(s.raw_records().await, before, "nothing stored");

    assert_eq!(s.post("dev-1", good).await.status(), 202);
    assert_eq!(s.raw_records().await, before + 1);
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_unknown_and_revoked_keys_are_401_and_403() {
    let s = start().await;
    let body = Device::new(64, 1).upload(&[log("hello")]);
    let url = format!("{}/api/v1/chunks/dev-1", s.base);
    let r = s
        .client
        .post(&url)
        .body(body.clone())
        .send()
        .await
        .expect("send");
    refused(r, 401, "missing_key").await;
    let r = s
        .client
        .post(&url)
        .header("Faultline-Project-Key", "fl_not_a_key")
        .body(body.clone())
        .send()
        .await
        .expect("send");
    refused(r, 401, "unknown_key").await;

    let rotated: Value = s
        .client
        .post(format!("{}/api/v1/projects/default/rotate-key", s.base))
        .send()
        .await
        .expect("rotate")
        .json()
        .await
        .expect("json");
    let new_key = rotated["device_key"].as_str().expect("key").to_string();
    assert_ne!(new_key, s.key);
    let r = s.post("dev-1", body.clone()).await; // still the old key
    refused(r, 403, "revoked_key").await;
    assert_eq!(s.raw_records().await, 0, "nothing stored");
    let r = s
        .client
        .post(&url)
        .header("Faultline-Project-Key", &new_key)
        .body(body)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 202);
    assert_eq!(s.raw_records().await, 1);
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_bodies_are_413_with_or_without_a_content_length() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = test_config(dir.path());
    config.ingest.max_body_bytes = 1024;
    let s = start_with(dir, config).await;
    let mut dev = Device::new(1000, 1);
    let big = dev.upload(&[log(&"x".repeat(1500))]);
    assert!(big.len() > 1024);
    let headers = refused(s.post("dev-1", big.clone()).await, 413, "too_large").await;
    // Answered before the body is read: the client must not reuse the connection.
    assert_eq!(headers["connection"], "close");
    // Streamed without a length (chunked transfer encoding): the limit holds while reading.
    let status = post_chunked(&s.base, &s.key, &big).await;
    assert!(status.starts_with("HTTP/1.1 413"), "{status}");
    assert_eq!(s.raw_records().await, 0, "nothing stored");
    s.server.stop().await.expect("stop");
}

/// POST with `Transfer-Encoding: chunked` over a raw socket; returns the status line.
async fn post_chunked(base: &str, key: &str, body: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = base.trim_start_matches("http://");
    let mut sock = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let head = format!(
        "POST /api/v1/chunks/dev-1 HTTP/1.1\r\nHost: {addr}\r\nFaultline-Project-Key: {key}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    sock.write_all(head.as_bytes()).await.expect("write");
    for part in body.chunks(100) {
        let framed = [format!("{:x}\r\n", part.len()).as_bytes(), part, b"\r\n"].concat();
        if sock.write_all(&framed).await.is_err() {
            break; // the server may answer and close before reading everything
        }
    }
    let _ = sock.write_all(b"0\r\n\r\n").await;
    let mut resp = Vec::new();
    let _ = sock.read_to_end(&mut resp).await;
    String::from_utf8_lossy(&resp)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_over_its_rate_gets_429_with_retry_after() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = test_config(dir.path());
    config.ingest.rate_limit_uploads_per_s = 0.5;
    config.ingest.rate_limit_burst = 3;
    let s = start_with(dir, config).await;
    let mut dev = Device::new(64, 1);
    for i in 0..3 {
        let r = s.post("dev-1", dev.upload(&[log(&format!("m{i}"))])).await;
        assert_eq!(r.status(), 202);
    }
    let headers = refused(
        s.post("dev-1", dev.upload(&[log("over")])).await,
        429,
        "rate_limited",
    )
    .await;
    let retry: u64 = headers["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!((1..=2).contains(&retry), "retry-after {retry}");
    // Other devices are not affected.
    assert_eq!(
        s.post("dev-2", Device::new(64, 1).upload(&[log("x")]))
            .await
            .status(),
        202
    );
    assert_eq!(
        s.raw_records().await,
        4,
        "the refused upload was not stored"
    );
    s.server.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn at_the_disk_cap_ingest_answers_503_with_retry_after() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut config = test_config(dir.path());
    config.ingest.max_disk_bytes = 1; // any data directory is over this
    let s = start_with(dir, config).await;
    let headers = refused(
        s.post("dev-1", Device::new(64, 1).upload(&[log("x")]))
            .await,
        503,
        "unavailable",
    )
    .await;
    assert_eq!(headers["retry-after"], "60");
    assert_eq!(s.raw_records().await, 0, "nothing stored");
    s.server.stop().await.expect("stop");
}
