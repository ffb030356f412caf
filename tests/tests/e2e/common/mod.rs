//! Helpers shared by the end-to-end tests: a real server on 127.0.0.1 with a temporary sled
//! directory and the bundled WASM plugins, and a device that speaks protocol v1.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use faultline_protocol::events::{self, Payload};
use faultline_protocol::frame::{Chunker, encode_message, encode_upload};
use faultline_server::config::ServerConfig;
use serde_json::Value;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// A plugins.toml in `dir` routing everything standard to the bundled decoder-v1, plus
/// `extra` appended verbatim.
pub fn write_plugins_toml(dir: &Path, extra: &str) -> PathBuf {
    let decoder = faultline_plugin_build::bundled(faultline_plugin_build::DECODER_V1);
    let text = format!(
        "version = 1\n\n{extra}\n[[plugin]]\nid = \"decoder-v1\"\nkind = \"decoder\"\npath = {:?}\n",
        decoder.display().to_string()
    );
    let path = dir.join("plugins.toml");
    std::fs::write(&path, text).expect("write plugins.toml");
    path
}

/// A `[[plugin]]` entry for the bundled misbehaving test plugin in `mode`, routed for
/// `msg_type`, with tight limits.
pub fn misbehave(id: &str, msg_type: &str, mode: &str) -> String {
    // Garbage must get past the size cap to reach validation.
    let max_output = if mode == "garbage" { 16 << 20 } else { 65536 };
    format!(
        "[[plugin]]\nid = \"{id}\"\nkind = \"decoder\"\npath = {:?}\n[plugin.route]\nmessage_types = [\"{msg_type}\"]\n[plugin.limits]\ntimeout_ms = 100\nmax_memory_bytes = 16777216\nmax_output_bytes = {max_output}\n[plugin.config]\nmode = \"{mode}\"\n\n",
        faultline_plugin_build::bundled(faultline_plugin_build::MISBEHAVE)
            .display()
            .to_string()
    )
}

/// The administrator token of test servers; [`TestServer::client`] sends it.
pub const ADMIN_TOKEN: &str = "test-admin-token";

/// A client that sends `token` as its bearer token.
pub fn client_with(token: &str) -> reqwest::Client {
    let mut h = reqwest::header::HeaderMap::new();
    h.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {token}").parse().expect("header"),
    );
    reqwest::Client::builder()
        .default_headers(h)
        .build()
        .expect("client")
}

pub fn test_config(dir: &Path) -> ServerConfig {
    ServerConfig {
        data_dir: dir.join("data"),
        listen: "127.0.0.1:0".parse().expect("addr"),
        plugins: write_plugins_toml(dir, ""),
        api_token: Some(ADMIN_TOKEN.into()),
        ..Default::default()
    }
}

pub struct TestServer {
    pub server: faultline_server::Server,
    pub base: String,
    pub key: String,
    pub client: reqwest::Client,
    pub dir: tempfile::TempDir,
}

pub async fn start_with(dir: tempfile::TempDir, config: ServerConfig) -> TestServer {
    let server = faultline_server::start(config)
        .await
        .expect("server starts");
    let base = format!("http://{}", server.addr);
    let key = server
        .state
        .store
        .project_by_name("default")
        .expect("store")
        .expect("default project")
        .device_key;
    TestServer {
        server,
        base,
        key,
        client: client_with(ADMIN_TOKEN),
        dir,
    }
}

pub async fn start() -> TestServer {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = test_config(dir.path());
    start_with(dir, config).await
}

impl TestServer {
    pub async fn post(&self, serial: &str, body: Vec<u8>) -> reqwest::Response {
        self.client
            .post(format!("{}/api/v1/chunks/{serial}", self.base))
            .header("Faultline-Project-Key", &self.key)
            .body(body)
            .send()
            .await
            .expect("request")
    }

    pub async fn get(&self, path: &str) -> Value {
        let r = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request");
        assert!(r.status().is_success(), "GET {path}: {}", r.status());
        r.json().await.expect("json")
    }

    /// A page as text, whatever its status (for `/` and `/metrics`).
    pub async fn text(&self, path: &str) -> String {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request")
            .text()
            .await
            .expect("text")
    }

    pub async fn raw_records(&self) -> u64 {
        self.get("/healthz").await["raw_records"]
            .as_u64()
            .expect("raw_records")
    }

    /// Wait until the pipeline has processed everything durable.
    pub async fn drained(&self) {
        wait_drained(&self.client, &self.base).await;
    }

    pub async fn events(&self, serial: &str, query: &str) -> Vec<Value> {
        self.get(&format!(
            "/api/v1/projects/default/devices/{serial}/events?limit=1000{query}"
        ))
        .await["events"]
            .as_array()
            .expect("events")
            .clone()
    }

    pub async fn device(&self, serial: &str) -> Value {
        self.get(&format!("/api/v1/projects/default/devices/{serial}"))
            .await
    }
}

pub async fn wait_drained(client: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(r) = client.get(format!("{base}/healthz")).send().await
            && let Ok(v) = r.json::<Value>().await
            && v["queue_depth_records"] == 0
        {
            return;
        }
        assert!(Instant::now() < deadline, "pipeline did not drain in 60 s");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A device speaking protocol v1 over HTTP.
pub struct Device {
    pub chunker: Chunker,
}

impl Device {
    pub fn new(mtu: usize, session: u8) -> Self {
        Self {
            chunker: Chunker::new(mtu, session),
        }
    }

    pub fn chunks(&mut self, msg_type: u8, ctx: u8, payload: &[u8]) -> Vec<Vec<u8>> {
        self.chunker.chunk(&encode_message(msg_type, ctx, payload))
    }

    pub fn upload(&mut self, messages: &[(u8, Vec<u8>)]) -> Vec<u8> {
        let chunks: Vec<Vec<u8>> = messages
            .iter()
            .flat_map(|(t, p)| self.chunks(*t, 1, p))
            .collect();
        encode_upload(&chunks)
    }
}

pub fn context(version: &str) -> (u8, Vec<u8>) {
    (
        0x01,
        Payload::Context(events::Context {
            software_type: "main".into(),
            software_version: version.into(),
            hardware_version: "evt-2".into(),
            build_id: vec![0xde, 0xad, 0xbe, 0xef],
        })
        .encode(),
    )
}

pub fn log(message: &str) -> (u8, Vec<u8>) {
    (
        0x05,
        Payload::Logs(events::Logs {
            records: vec![events::LogRecord {
                at_ms: Some(5),
                level: 2,
                message: message.into(),
            }],
        })
        .encode(),
    )
}

pub fn log_messages(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .filter(|e| e["event"]["type"] == "logs")
        .flat_map(|e| {
            e["event"]["records"]
                .as_array()
                .expect("records")
                .iter()
                .map(|r| r["message"].as_str().expect("message").to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Run `faultline bridge` against `s` with `args` after the server's URL (the key comes from
/// `FAULTLINE_PROJECT_KEY`), feeding `stream` on stdin as a UART would.
pub async fn run_bridge(
    s: &TestServer,
    key: &str,
    args: &[&str],
    stream: impl Into<Vec<u8>>,
) -> std::process::Output {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let stream = stream.into();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_faultline-under-test"));
    cmd.args(["bridge", "--server", &s.base])
        .args(args)
        .env("FAULTLINE_PROJECT_KEY", key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    tokio::task::spawn_blocking(move || {
        let mut child = cmd.spawn().expect("start the bridge");
        let mut stdin = child.stdin.take().expect("stdin");
        // A refusing bridge may exit before it read everything.
        let _ = stdin.write_all(&stream);
        drop(stdin);
        child.wait_with_output().expect("bridge output")
    })
    .await
    .expect("join")
}

/// Bytes from the API's lowercase hex (memory regions, build ids).
pub fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
        .collect()
}
