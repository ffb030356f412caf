//! `faultline bridge`: a gateway for devices that export their chunks as text lines, e.g. on a
//! UART shared with the firmware console.
//!
//! The stream is read line by line. `FL1:D <serial>` announces the device serial,
//! `FL1:C <base64>` carries one chunk (standard alphabet, `=` padding); every other line is the
//! firmware console and is echoed to stderr as `device: <line>`. Chunks are posted unchanged
//! and in order as upload bodies (protocol §6.2) to `POST {server}/api/v1/chunks/{serial}`:
//! a batch goes out when it holds `--max-chunks` chunks, would pass `--max-body-bytes`, the
//! serial changes, no chunk came for `--flush-ms`, or the stream ends.
//!
//! A malformed `FL1:` line is reported and skipped: the chunk it carried is lost, and the
//! server's reassembly records the gap (`missing_chunk`/`orphan_chunk`), as for a radio link
//! that dropped a packet. Uploads are retried as the protocol asks (429/503 after
//! `Retry-After`, other 5xx and network errors with exponential backoff); an upload the server
//! refuses for good (400, 401, 403, 413, …) ends the bridge with an error, since every later
//! upload would be refused the same way.

use std::fmt;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use base64::Engine as _;
use clap::Args;

use crate::ingest::valid_serial;

/// Largest chunk the bridge forwards: the reference server's default `ingest.max_chunk_bytes`.
pub const MAX_CHUNK_BYTES: usize = 4096;
/// Lines are cut here; an `FL1:C` line of the largest chunk is about 5.5 KiB.
const MAX_LINE_BYTES: usize = 16 * 1024;
/// Lines read ahead while an upload is waiting for the server. Beyond it the reader blocks,
/// so a server that is down for long pushes back on the input instead of filling memory.
const LINE_QUEUE: usize = 65_536;
const FIRST_BACKOFF: Duration = Duration::from_secs(1);
/// Most text of one Zephyr dump the bridge collects: with framing it stays below the
/// protocol's largest message (262 144 bytes).
pub const MAX_ZEPHYR_DUMP_BYTES: usize = 256 * 1024;
/// The context id the bridge puts on a Zephyr dump: the one the SDK uses for its firmware.
const ZEPHYR_DUMP_CONTEXT: u8 = 1;
const MAX_BACKOFF: Duration = Duration::from_secs(60);

#[derive(Args, Clone, Debug)]
pub struct BridgeArgs {
    /// Server base URL, e.g. http://127.0.0.1:8080
    #[arg(long)]
    pub server: String,
    /// The project's device key.
    #[arg(long, env = "FAULTLINE_PROJECT_KEY", hide_env_values = true)]
    pub key: String,
    /// Device serial to use until the stream announces one with an `FL1:D` line.
    #[arg(long)]
    pub serial: Option<String>,
    /// Read the stream from this file instead of stdin.
    #[arg(long)]
    pub input: Option<PathBuf>,
    /// Most chunks in one upload.
    #[arg(long, default_value_t = 64)]
    pub max_chunks: usize,
    /// Largest upload body (the server's `ingest.max_body_bytes`).
    #[arg(long, default_value_t = 65_536)]
    pub max_body_bytes: usize,
    /// Post a partial batch when no chunk came for this long, in milliseconds.
    #[arg(long, default_value_t = 200)]
    pub flush_ms: u64,
    /// Retries of one upload (after 429, 5xx or a network error) before giving up.
    #[arg(long, default_value_t = 10)]
    pub max_retries: u32,
    /// Also post Zephyr RTOS coredumps (`#CD:` lines of its logging backend) as messages of
    /// this vendor type (0x40-0x7f, e.g. 0x5a), one message per dump.
    #[arg(long, value_name = "TYPE", value_parser = parse_vendor_type)]
    pub zephyr_coredump: Option<u8>,
}

/// A vendor message type, `0x5a` or `90`.
fn parse_vendor_type(s: &str) -> Result<u8, String> {
    let v = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => u8::from_str_radix(hex, 16),
        None => s.parse(),
    }
    .map_err(|_| format!("`{s}` is not a message type (e.g. 0x5a)"))?;
    if (0x40..=0x7f).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{v:#04x} is not a vendor message type (0x40-0x7f)"))
    }
}

/// What a bridge run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    pub chunks: u64,
    pub uploads: u64,
    /// Serials that chunks were posted for, in order of their first upload.
    pub serials: Vec<String>,
    /// Malformed `FL1:` lines.
    pub skipped_lines: u64,
    /// Zephyr coredumps posted (`--zephyr-coredump`).
    pub zephyr_dumps: u64,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "bridged {} chunks in {} uploads for serial {}",
            self.chunks,
            self.uploads,
            if self.serials.is_empty() {
                "(none)".to_string()
            } else {
                self.serials.join(", ")
            }
        )?;
        if self.skipped_lines > 0 {
            write!(f, "; {} malformed lines skipped", self.skipped_lines)?;
        }
        if self.zephyr_dumps > 0 {
            write!(f, "; {} zephyr coredumps", self.zephyr_dumps)?;
        }
        Ok(())
    }
}

/// One line of the stream, classified.
#[derive(Debug, PartialEq, Eq)]
enum Line<'a> {
    Serial(&'a str),
    Chunk(Vec<u8>),
    Console(String),
    /// An `FL1:` line that cannot be used; the text says why.
    Malformed(String),
}

/// `line` is without its line end; `cut` says it was longer than [`MAX_LINE_BYTES`].
fn classify(line: &[u8], cut: bool) -> Line<'_> {
    let Some(rest) = line.strip_prefix(b"FL1:") else {
        let mut text = String::from_utf8_lossy(line).into_owned();
        if cut {
            text.push('…');
        }
        return Line::Console(text);
    };
    if cut {
        return Line::Malformed(format!("`FL1:` line longer than {MAX_LINE_BYTES} bytes"));
    }
    if let Some(serial) = rest.strip_prefix(b"D ") {
        match std::str::from_utf8(serial) {
            Ok(s) if valid_serial(s) => Line::Serial(s),
            _ => Line::Malformed(
                "`FL1:D` line without a valid serial (1-64 of A-Z a-z 0-9 - _ . :)".into(),
            ),
        }
    } else if let Some(text) = rest.strip_prefix(b"C ") {
        match base64::engine::general_purpose::STANDARD.decode(text) {
            Err(e) => Line::Malformed(format!(
                "`FL1:C` line is not valid base64 ({})",
                // The crate's messages are capitalised sentences; ours are lowercase phrases.
                e.to_string().trim_end_matches('.').to_lowercase()
            )),
            Ok(c) if c.is_empty() => Line::Malformed("`FL1:C` line carries no chunk".into()),
            Ok(c) if c.len() > MAX_CHUNK_BYTES => Line::Malformed(format!(
                "`FL1:C` chunk of {} bytes is over the limit of {MAX_CHUNK_BYTES}",
                c.len()
            )),
            Ok(c) => Line::Chunk(c),
        }
    } else {
        Line::Malformed(
            "unknown `FL1:` line (expected `FL1:D <serial>` or `FL1:C <base64 chunk>`)".into(),
        )
    }
}

/// Read one line into `line` (without `\n` or `\r\n`), keeping at most [`MAX_LINE_BYTES`].
/// `None` at the end of the input; otherwise whether the line was cut.
fn read_line(r: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<Option<bool>> {
    line.clear();
    let mut cut = false;
    let mut any = false;
    loop {
        let buf = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        any = true;
        let (part, used, end) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], i + 1, true),
            None => (buf, buf.len(), false),
        };
        let room = MAX_LINE_BYTES - line.len();
        cut |= part.len() > room;
        line.extend_from_slice(&part[..part.len().min(room)]);
        r.consume(used);
        if end {
            break;
        }
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(any.then_some(cut))
}

/// A line as the reader thread hands it on: its number (from 1), bytes, and whether it was cut.
type NumberedLine = (u64, Vec<u8>, bool);

fn read_lines(input: impl Read, tx: mpsc::SyncSender<io::Result<NumberedLine>>) {
    let mut r = BufReader::new(input);
    let mut number = 0;
    loop {
        let mut line = Vec::new();
        let item = match read_line(&mut r, &mut line) {
            Ok(None) => return,
            Ok(Some(cut)) => {
                number += 1;
                Ok((number, line, cut))
            }
            Err(e) => Err(e),
        };
        let failed = item.is_err();
        if tx.send(item).is_err() || failed {
            return;
        }
    }
}

/// What to do after an HTTP answer (or no answer).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Answer {
    /// Durably stored (202).
    Stored,
    /// 429 / 503: wait at least this long, then send the same body again.
    RetryAfter(Duration, String),
    /// Other 5xx, a timeout or a connection error: back off, then send it again.
    Retry(String),
    /// Refused for good (400, 401, 403, 413, or anything unexpected).
    Refused(String),
}

/// Where uploads go; the HTTP client in production, a script in unit tests.
trait Uplink {
    fn post(&mut self, serial: &str, body: &[u8]) -> Answer;
    fn sleep(&mut self, d: Duration);
}

struct HttpUplink {
    rt: tokio::runtime::Runtime,
    client: reqwest::Client,
    base: String,
    key: String,
}

/// An error and its causes on one line (reqwest puts the useful part in the sources).
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(c) = source {
        s.push_str(": ");
        s.push_str(&c.to_string());
        source = c.source();
    }
    s
}

impl Uplink for HttpUplink {
    fn post(&mut self, serial: &str, body: &[u8]) -> Answer {
        let request = self
            .client
            .post(format!("{}/api/v1/chunks/{serial}", self.base))
            .header("Faultline-Project-Key", &self.key)
            .header("Content-Type", "application/octet-stream")
            .body(body.to_vec());
        self.rt.block_on(async {
            let r = match request.send().await {
                Ok(r) => r,
                Err(e) => {
                    return Answer::Retry(format!("no answer from the server: {}", chain(&e)));
                }
            };
            let status = r.status();
            if status.is_success() {
                return Answer::Stored;
            }
            let retry_after = r
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse().ok())
                .map(Duration::from_secs);
            // The server's error body is `{"error", "message"}`; a proxy may send anything.
            let text = r.text().await.unwrap_or_default();
            let message = serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .and_then(|v| v["message"].as_str().map(str::to_owned))
                .unwrap_or_else(|| text.trim().chars().take(200).collect());
            let why = if message.is_empty() {
                status.to_string()
            } else {
                format!("{status}: {message}")
            };
            match status.as_u16() {
                429 | 503 => Answer::RetryAfter(retry_after.unwrap_or(FIRST_BACKOFF), why),
                500..=599 => Answer::Retry(why),
                _ => Answer::Refused(why),
            }
        })
    }

    fn sleep(&mut self, d: Duration) {
        std::thread::sleep(d);
    }
}

#[derive(Debug, Clone, Copy)]
struct Limits {
    max_chunks: usize,
    max_body_bytes: usize,
    max_retries: u32,
    /// The vendor type of Zephyr dumps; `None`: `#CD:` lines are console lines.
    zephyr_type: Option<u8>,
}

/// Where a line stands in a Zephyr dump's text.
#[derive(Debug, PartialEq, Eq)]
enum ZephyrLine {
    Begin,
    /// `#CD:END#` or `#CD:ERROR CANNOT DUMP#`: the dump is over (the decoder reports an error).
    End,
    Data,
}

/// A `#CD:` line (anywhere in it: log backends add their prefixes).
fn zephyr_line(line: &[u8]) -> Option<ZephyrLine> {
    let at = line.windows(4).position(|w| w == b"#CD:")?;
    let rest = line[at + 4..].trim_ascii_end();
    Some(match rest {
        b"BEGIN#" => ZephyrLine::Begin,
        b"END#" | b"ERROR CANNOT DUMP#" => ZephyrLine::End,
        _ => ZephyrLine::Data,
    })
}

/// Length of a chunk in an upload body: its LEB128 length, then the chunk.
fn encoded_len(chunk: &[u8]) -> usize {
    let mut prefix = 1;
    let mut n = chunk.len();
    while n >= 0x80 {
        n >>= 7;
        prefix += 1;
    }
    prefix + chunk.len()
}

/// The bridge's state between lines: the current serial and the batch being filled.
struct Bridge<U, W> {
    uplink: U,
    /// Where console lines, warnings and retries are written (stderr).
    out: W,
    limits: Limits,
    serial: Option<String>,
    batch: Vec<Vec<u8>>,
    batch_bytes: usize,
    last_chunk: Option<Instant>,
    summary: Summary,
    /// The Zephyr dump being collected (its lines, each ending in `\n`).
    dump: Option<Vec<u8>>,
    /// Session id of the device's latest RESYNC chunk, and of the bridge's latest dump.
    device_session: Option<u8>,
    dump_session: Option<u8>,
}

impl<U: Uplink, W: Write> Bridge<U, W> {
    fn new(uplink: U, out: W, limits: Limits, serial: Option<String>) -> Self {
        Self {
            uplink,
            out,
            limits,
            serial,
            batch: Vec::new(),
            batch_bytes: 0,
            last_chunk: None,
            summary: Summary::default(),
            dump: None,
            device_session: None,
            dump_session: None,
        }
    }

    /// When the partial batch must go out if no further chunk comes.
    fn flush_deadline(&self, idle: Duration) -> Option<Instant> {
        self.last_chunk
            .filter(|_| !self.batch.is_empty())
            .map(|t| t + idle)
    }

    fn line(&mut self, number: u64, bytes: &[u8], cut: bool) -> anyhow::Result<()> {
        if self.limits.zephyr_type.is_some() && !bytes.starts_with(b"FL1:") {
            match zephyr_line(bytes) {
                Some(ZephyrLine::Begin) => {
                    // A dump still open was cut short (the device reset while printing it).
                    self.post_dump()?;
                    // The decoder finds the dump by this line: it is part of the message.
                    let mut dump = bytes.to_vec();
                    dump.push(b'\n');
                    self.dump = Some(dump);
                    return Ok(());
                }
                Some(kind) if self.dump.is_some() => {
                    let dump = self.dump.get_or_insert_with(Vec::new);
                    if dump.len() + bytes.len() < MAX_ZEPHYR_DUMP_BYTES {
                        dump.extend_from_slice(bytes);
                        dump.push(b'\n');
                    }
                    if kind == ZephyrLine::End
                        || dump.len() + MAX_LINE_BYTES >= MAX_ZEPHYR_DUMP_BYTES
                    {
                        self.post_dump()?;
                    }
                    return Ok(());
                }
                _ => {}
            }
        }
        match classify(bytes, cut) {
            Line::Console(text) => {
                // A closed stderr must not stop the chunks; write errors are ignored throughout.
                let _ = writeln!(self.out, "device: {text}");
            }
            Line::Malformed(why) => {
                self.summary.skipped_lines += 1;
                let _ = writeln!(self.out, "warning: line {number}: {why}; skipped");
            }
            Line::Serial(s) => {
                if self.serial.as_deref() != Some(s) {
                    // The batch belongs to the previous device.
                    self.flush()?;
                    self.serial = Some(s.to_owned());
                }
            }
            Line::Chunk(chunk) => {
                anyhow::ensure!(
                    self.serial.is_some(),
                    "line {number}: a chunk before any device serial (no `FL1:D` line came \
                     first and --serial was not given)"
                );
                if chunk[0] & faultline_protocol::frame::RESYNC != 0 && chunk.len() > 1 {
                    self.device_session = Some(chunk[1]);
                }
                self.push(chunk)?;
            }
        }
        Ok(())
    }

    /// Add a chunk to the batch, posting the batch when it is full.
    fn push(&mut self, chunk: Vec<u8>) -> anyhow::Result<()> {
        let len = encoded_len(&chunk);
        if self.batch_bytes + len > self.limits.max_body_bytes {
            self.flush()?;
        }
        self.batch.push(chunk);
        self.batch_bytes += len;
        self.last_chunk = Some(Instant::now());
        if self.batch.len() >= self.limits.max_chunks {
            self.flush()?;
        }
        Ok(())
    }

    /// A session id for a dump: unlike the device's current one (its chunks around the dump
    /// must not be judged against ours) and unlike the bridge's previous dump's.
    fn dump_session_id(&self) -> u8 {
        let mut id = match self.device_session {
            Some(device) => device.wrapping_add(0x80),
            // No device session seen (a device that only prints dumps): the clock decides, so
            // that two bridge runs rarely pick the same id.
            None => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0x5a, |d| (d.subsec_nanos() >> 10) as u8),
        };
        while Some(id) == self.dump_session || Some(id) == self.device_session {
            id = id.wrapping_add(1);
        }
        id
    }

    /// Post the Zephyr dump collected so far (if any) as one message, after the chunks read
    /// before it.
    fn post_dump(&mut self) -> anyhow::Result<()> {
        let (Some(text), Some(msg_type)) = (self.dump.take(), self.limits.zephyr_type) else {
            return Ok(());
        };
        anyhow::ensure!(
            self.serial.is_some(),
            "a zephyr coredump before any device serial (no `FL1:D` line came first and \
             --serial was not given)"
        );
        self.flush()?;
        let session = self.dump_session_id();
        self.dump_session = Some(session);
        let framed =
            faultline_protocol::frame::encode_message(msg_type, ZEPHYR_DUMP_CONTEXT, &text);
        let chunks =
            faultline_protocol::frame::Chunker::new(MAX_CHUNK_BYTES, session).chunk(&framed);
        let _ = writeln!(
            self.out,
            "zephyr coredump: {} bytes of #CD: lines posted as type {msg_type:#04x} in {} chunks",
            text.len(),
            chunks.len()
        );
        for c in chunks {
            self.push(c)?;
        }
        self.summary.zephyr_dumps += 1;
        self.flush()
    }

    /// Post the batch, retrying as the protocol says, until it is stored or given up.
    fn flush(&mut self) -> anyhow::Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let serial = self.serial.clone().context("chunks without a serial")?;
        let n = self.batch.len();
        let body = faultline_protocol::frame::encode_upload(&self.batch);
        let mut retries = 0;
        let mut backoff = FIRST_BACKOFF;
        loop {
            let (wait, why) = match self.uplink.post(&serial, &body) {
                Answer::Stored => break,
                Answer::Refused(why) => {
                    anyhow::bail!("upload of {n} chunks for serial {serial} refused: {why}")
                }
                Answer::RetryAfter(wait, why) => (wait, why),
                Answer::Retry(why) => {
                    let wait = backoff;
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                    (wait, why)
                }
            };
            if retries >= self.limits.max_retries {
                anyhow::bail!(
                    "upload of {n} chunks for serial {serial} failed after {retries} retries: {why}"
                );
            }
            retries += 1;
            let _ = writeln!(
                self.out,
                "warning: upload of {n} chunks for serial {serial}: {why}; retry {retries} of {} in {:.1} s",
                self.limits.max_retries,
                wait.as_secs_f64()
            );
            self.uplink.sleep(wait);
        }
        self.summary.chunks += n as u64;
        self.summary.uploads += 1;
        if !self.summary.serials.contains(&serial) {
            self.summary.serials.push(serial);
        }
        self.batch.clear();
        self.batch_bytes = 0;
        self.last_chunk = None;
        Ok(())
    }
}

/// Run the bridge until the input ends (then flush) or an upload is refused or given up.
pub fn run(args: BridgeArgs) -> anyhow::Result<Summary> {
    anyhow::ensure!(
        (1..=1024).contains(&args.max_chunks),
        "--max-chunks must be between 1 and 1024"
    );
    anyhow::ensure!(
        args.max_body_bytes >= MAX_CHUNK_BYTES + 2,
        "--max-body-bytes must be at least {} (one chunk of {MAX_CHUNK_BYTES} bytes)",
        MAX_CHUNK_BYTES + 2
    );
    if let Some(s) = &args.serial {
        anyhow::ensure!(
            valid_serial(s),
            "--serial `{s}` is not a valid serial (1-64 of A-Z a-z 0-9 - _ . :)"
        );
    }
    let input: Box<dyn Read + Send> = match &args.input {
        Some(path) => Box::new(
            std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?,
        ),
        None => Box::new(io::stdin()),
    };
    let uplink = HttpUplink {
        rt: tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?,
        client: reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()?,
        base: args.server.trim_end_matches('/').to_string(),
        key: args.key.clone(),
    };
    let limits = Limits {
        max_chunks: args.max_chunks,
        max_body_bytes: args.max_body_bytes,
        max_retries: args.max_retries,
        zephyr_type: args.zephyr_coredump,
    };
    let (tx, rx) = mpsc::sync_channel(LINE_QUEUE);
    // Reading goes on while an upload waits for the server. The thread is not joined: at a
    // refused upload it may still be blocked on stdin, and the process exits anyway.
    std::thread::Builder::new()
        .name("bridge-input".into())
        .spawn(move || read_lines(input, tx))?;
    let mut bridge = Bridge::new(uplink, io::stderr(), limits, args.serial.clone());
    pump(&mut bridge, &rx, Duration::from_millis(args.flush_ms))?;
    Ok(bridge.summary)
}

/// Feed lines to the bridge until the input ends, flushing a partial batch when idle.
fn pump<U: Uplink, W: Write>(
    bridge: &mut Bridge<U, W>,
    rx: &mpsc::Receiver<io::Result<NumberedLine>>,
    idle: Duration,
) -> anyhow::Result<()> {
    loop {
        let next = match bridge.flush_deadline(idle) {
            Some(at) => rx.recv_timeout(at.saturating_duration_since(Instant::now())),
            None => rx.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected),
        };
        match next {
            Ok(Ok((number, line, cut))) => bridge.line(number, &line, cut)?,
            Ok(Err(e)) => {
                // Forward what was read before the input failed.
                bridge.post_dump()?;
                bridge.flush()?;
                return Err(e).context("cannot read the input");
            }
            Err(mpsc::RecvTimeoutError::Timeout) => bridge.flush()?,
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                // A dump without its `#CD:END#` goes as far as it came.
                bridge.post_dump()?;
                return bridge.flush();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers from a script; records what was posted and how long it was asked to sleep.
    #[derive(Default)]
    struct Script {
        answers: Vec<Answer>,
        posted: Vec<(String, Vec<Vec<u8>>)>,
        slept: Vec<Duration>,
    }

    impl Uplink for Script {
        fn post(&mut self, serial: &str, body: &[u8]) -> Answer {
            let chunks = faultline_protocol::frame::decode_upload(body, 4096, 1024)
                .expect("the bridge posts well-formed uploads")
                .into_iter()
                .map(<[u8]>::to_vec)
                .collect();
            self.posted.push((serial.to_owned(), chunks));
            if self.answers.is_empty() {
                Answer::Stored
            } else {
                self.answers.remove(0)
            }
        }

        fn sleep(&mut self, d: Duration) {
            self.slept.push(d);
        }
    }

    const LIMITS: Limits = Limits {
        max_chunks: 3,
        max_body_bytes: 65_536,
        max_retries: 4,
        zephyr_type: None,
    };

    fn bridge(answers: Vec<Answer>, serial: Option<&str>) -> Bridge<Script, Vec<u8>> {
        Bridge::new(
            Script {
                answers,
                ..Default::default()
            },
            Vec::new(),
            LIMITS,
            serial.map(str::to_owned),
        )
    }

    fn feed(b: &mut Bridge<Script, Vec<u8>>, text: &str) -> anyhow::Result<()> {
        for (i, line) in text.lines().enumerate() {
            b.line(i as u64 + 1, line.as_bytes(), false)?;
        }
        Ok(())
    }

    fn stderr(b: &Bridge<Script, Vec<u8>>) -> String {
        String::from_utf8(b.out.clone()).expect("utf-8")
    }

    fn b64(bytes: &[u8]) -> String {
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }

    #[test]
    fn lines_are_classified() {
        assert_eq!(classify(b"FL1:D dev-1", false), Line::Serial("dev-1"));
        assert_eq!(
            classify(b"FL1:C gAECAw==", false),
            Line::Chunk(vec![0x80, 1, 2, 3])
        );
        assert_eq!(classify(b"boot ok", false), Line::Console("boot ok".into()));
        assert_eq!(classify(b"", false), Line::Console(String::new()));
        // Only a line that starts with the prefix is a protocol line.
        assert_eq!(
            classify(b" FL1:C gAECAw==", false),
            Line::Console(" FL1:C gAECAw==".into())
        );
        assert_eq!(
            classify(b"x\xffy", true),
            Line::Console("x\u{fffd}y…".into())
        );
        for bad in [
            &b"FL1:C gAECAw"[..], // no padding
            b"FL1:C gAEC Aw==",   // a space inside
            b"FL1:C gA-_",        // URL-safe alphabet
            b"FL1:C ",            // empty chunk
            b"FL1:C",
            b"FL1:D ",
            b"FL1:D a/b",
            b"FL1:X 1",
        ] {
            assert!(
                matches!(classify(bad, false), Line::Malformed(_)),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
        let big = format!("FL1:C {}", b64(&[1; MAX_CHUNK_BYTES + 1]));
        assert!(
            matches!(classify(big.as_bytes(), false), Line::Malformed(m) if m.contains("4097"))
        );
        let max = format!("FL1:C {}", b64(&[1; MAX_CHUNK_BYTES]));
        assert_eq!(
            classify(max.as_bytes(), false),
            Line::Chunk(vec![1; MAX_CHUNK_BYTES])
        );
        assert!(matches!(classify(b"FL1:D dev", true), Line::Malformed(_)));
    }

    #[test]
    fn lines_are_read_without_their_ends_and_cut_when_too_long() {
        let long = "x".repeat(MAX_LINE_BYTES + 10);
        let input = format!("a\r\nb\n\r\n{long}\nlast");
        let mut r = BufReader::with_capacity(7, input.as_bytes());
        let mut line = Vec::new();
        let mut got = Vec::new();
        while let Some(cut) = read_line(&mut r, &mut line).expect("read") {
            got.push((String::from_utf8(line.clone()).expect("utf-8"), cut));
        }
        assert_eq!(
            got,
            [
                ("a".to_string(), false),
                ("b".to_string(), false),
                (String::new(), false),
                ("x".repeat(MAX_LINE_BYTES), true),
                ("last".to_string(), false),
            ]
        );
    }

    #[test]
    fn chunks_are_batched_in_order_per_serial() {
        let mut b = bridge(Vec::new(), None);
        let chunks: Vec<Vec<u8>> = (0..5u8).map(|i| vec![0x80 | i, i, i]).collect();
        let mut text = String::from("booting\nFL1:D dev-a\n");
        for c in &chunks[..4] {
            text.push_str(&format!("FL1:C {}\n", b64(c)));
        }
        text.push_str("FL1:D dev-a\nFL1:D dev-b\n");
        text.push_str(&format!("FL1:C {}\n", b64(&chunks[4])));
        feed(&mut b, &text).expect("no error");
        // 3 chunks make a full batch; the serial change flushes the 4th; the 5th waits.
        assert_eq!(
            b.uplink.posted,
            [
                ("dev-a".to_string(), chunks[..3].to_vec()),
                ("dev-a".to_string(), chunks[3..4].to_vec()),
            ]
        );
        assert!(b.flush_deadline(Duration::from_millis(200)).is_some());
        b.flush().expect("flush");
        assert_eq!(
            b.uplink.posted[2],
            ("dev-b".to_string(), chunks[4..].to_vec())
        );
        assert_eq!(b.flush_deadline(Duration::from_millis(200)), None);
        assert_eq!(stderr(&b), "device: booting\n");
        assert_eq!(
            b.summary.to_string(),
            "bridged 5 chunks in 3 uploads for serial dev-a, dev-b"
        );
    }

    #[test]
    fn a_body_never_passes_the_byte_limit() {
        let mut b = bridge(Vec::new(), Some("dev"));
        b.limits.max_chunks = 1024;
        b.limits.max_body_bytes = 4098 * 2;
        let chunk = vec![0x80; MAX_CHUNK_BYTES];
        for _ in 0..3 {
            b.line(1, format!("FL1:C {}", b64(&chunk)).as_bytes(), false)
                .expect("line");
        }
        b.flush().expect("flush");
        let sizes: Vec<usize> = b.uplink.posted.iter().map(|(_, c)| c.len()).collect();
        assert_eq!(sizes, [2, 1]);
    }

    #[test]
    fn malformed_lines_are_reported_with_their_number_and_skipped() {
        let mut b = bridge(Vec::new(), Some("dev"));
        feed(
            &mut b,
            &format!(
                "FL1:C {}\nFL1:C !!!!\nFL1:C {}\n",
                b64(&[0x80, 1]),
                b64(&[2, 3])
            ),
        )
        .expect("no error");
        b.flush().expect("flush");
        assert_eq!(b.uplink.posted[0].1, [vec![0x80, 1], vec![2, 3]]);
        let err = stderr(&b);
        assert!(
            err.starts_with("warning: line 2: `FL1:C` line is not valid base64"),
            "{err}"
        );
        assert!(err.trim_end().ends_with("; skipped"), "{err}");
        assert_eq!(b.summary.skipped_lines, 1);
        assert!(
            b.summary
                .to_string()
                .ends_with("; 1 malformed lines skipped")
        );
    }

    #[test]
    fn a_chunk_without_a_serial_is_an_error() {
        let mut b = bridge(Vec::new(), None);
        let err = feed(&mut b, &format!("hello\nFL1:C {}\n", b64(&[0x80]))).expect_err("no serial");
        assert!(
            err.to_string()
                .starts_with("line 2: a chunk before any device serial")
        );
        assert!(b.uplink.posted.is_empty());
        // The --serial fallback is replaced by the first `FL1:D` line.
        let mut b = bridge(Vec::new(), Some("fallback"));
        feed(
            &mut b,
            &format!(
                "FL1:C {}\nFL1:D real\nFL1:C {}\n",
                b64(&[0x80]),
                b64(&[0x81])
            ),
        )
        .expect("ok");
        b.flush().expect("flush");
        let serials: Vec<&str> = b.uplink.posted.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(serials, ["fallback", "real"]);
    }

    /// The data bytes of a chunk (after its header and, on a RESYNC chunk, the session byte).
    fn data(chunk: &[u8]) -> &[u8] {
        let skip = if chunk[0] & faultline_protocol::frame::RESYNC != 0 {
            2
        } else {
            1
        };
        &chunk[skip..]
    }

    #[test]
    fn a_zephyr_dump_becomes_one_message_in_a_session_of_its_own() {
        let mut b = bridge(Vec::new(), None);
        b.limits.zephyr_type = Some(0x5a);
        b.limits.max_chunks = 64;
        // The device's chunk opens its session 7; its console carries a dump, with a log
        // prefix and a console line in the middle; hex lines outside a dump are console.
        let device = [0x80 | 0x40, 7, 0x05, 0x01, 0x02];
        let dump = "E: #CD:BEGIN#\nE: #CD:5a450200\nE: #CD:03000500\nE: #CD:END#\n";
        feed(
            &mut b,
            &format!(
                "FL1:D dev-z\nFL1:C {}\n#CD:0102 before\n{}",
                b64(&device),
                dump.replace("#CD:03", "tick\nE: #CD:03")
            ),
        )
        .expect("no error");
        assert_eq!(b.uplink.posted.len(), 2, "{:?}", b.uplink.posted);
        assert_eq!(
            b.uplink.posted[0],
            ("dev-z".to_string(), vec![device.to_vec()])
        );
        let (serial, chunks) = &b.uplink.posted[1];
        assert_eq!(serial, "dev-z");
        assert_eq!(chunks.len(), 1, "a small dump fits one chunk");
        let c = &chunks[0];
        assert_eq!(c[0] & 0xc0, 0xc0, "START and RESYNC");
        assert_eq!(c[1], 7 + 0x80, "a session id unlike the device's");
        // LEB128 body length, body = type, context id, the dump's lines, then the CRC.
        let framed = data(c);
        let body = &framed[1..framed.len() - 2];
        assert_eq!(usize::from(framed[0]), body.len());
        assert_eq!(&body[..2], &[0x5a, 1]);
        assert_eq!(std::str::from_utf8(&body[2..]).expect("text"), dump);
        let crc = faultline_protocol::crc::crc16(body);
        assert_eq!(&framed[framed.len() - 2..], &crc.to_be_bytes());
        assert_eq!(stderr(&b).matches("device: ").count(), 2, "{}", stderr(&b));
        assert!(stderr(&b).contains("device: #CD:0102 before"));
        assert_eq!(b.summary.zephyr_dumps, 1);
        assert!(b.summary.to_string().ends_with("; 1 zephyr coredumps"));
    }

    #[test]
    fn a_cut_zephyr_dump_is_posted_as_far_as_it_came_and_without_the_flag_it_is_console() {
        let mut b = bridge(Vec::new(), Some("dev"));
        b.limits.zephyr_type = Some(0x5a);
        feed(&mut b, "#CD:BEGIN#\n#CD:5a45\n#CD:BEGIN#\n#CD:5a4502\n").expect("ok");
        // The second BEGIN ends the first dump; the second waits for its END (or the end of
        // the input, where `pump` posts it).
        assert_eq!(b.uplink.posted.len(), 1);
        b.post_dump().expect("post");
        assert_eq!(b.uplink.posted.len(), 2);
        let text = |i: usize| {
            let framed = data(&b.uplink.posted[i].1[0]);
            String::from_utf8(framed[3..framed.len() - 2].to_vec()).expect("text")
        };
        assert_eq!(
            (text(0), text(1)),
            (
                "#CD:BEGIN#\n#CD:5a45\n".into(),
                "#CD:BEGIN#\n#CD:5a4502\n".into()
            )
        );
        assert_ne!(
            b.uplink.posted[0].1[0][1], b.uplink.posted[1].1[0][1],
            "two dumps, two sessions"
        );
        let mut plain = bridge(Vec::new(), Some("dev"));
        feed(&mut plain, "#CD:BEGIN#\n#CD:5a45\n#CD:END#\n").expect("ok");
        assert!(plain.uplink.posted.is_empty());
        assert_eq!(stderr(&plain).matches("device: #CD:").count(), 3);
    }

    #[test]
    fn vendor_types_parse() {
        assert_eq!(parse_vendor_type("0x5a"), Ok(0x5a));
        assert_eq!(parse_vendor_type("64"), Ok(0x40));
        assert!(
            parse_vendor_type("0x06")
                .expect_err("standard")
                .contains("0x40-0x7f")
        );
        assert!(parse_vendor_type("zz").is_err());
    }

    #[test]
    fn retries_wait_as_the_protocol_says_then_give_up() {
        let mut b = bridge(
            vec![
                Answer::RetryAfter(Duration::from_secs(7), "429 Too Many Requests".into()),
                Answer::Retry("500 Internal Server Error".into()),
                Answer::Retry("no answer from the server".into()),
                Answer::RetryAfter(Duration::from_secs(2), "503 Service Unavailable".into()),
                Answer::Retry("502 Bad Gateway".into()),
            ],
            Some("dev"),
        );
        b.limits.max_retries = 5;
        b.line(1, format!("FL1:C {}", b64(&[0x80])).as_bytes(), false)
            .expect("line");
        b.flush().expect("stored on the 6th attempt");
        let s = Duration::from_secs;
        // Retry-After as given; backoff 1, 2, 4 s for the others, not reset by a 503.
        assert_eq!(b.uplink.slept, [s(7), s(1), s(2), s(2), s(4)]);
        assert_eq!(b.uplink.posted.len(), 6, "same body each time");
        assert!(b.uplink.posted.iter().all(|p| p.1 == [vec![0x80]]));
        assert!(
            stderr(&b).contains("retry 5 of 5 in 4.0 s"),
            "{}",
            stderr(&b)
        );
        assert_eq!(b.summary.uploads, 1);
    }

    #[test]
    fn backoff_doubles_up_to_a_minute() {
        let mut b = bridge(vec![Answer::Retry("down".into()); 9], Some("dev"));
        b.limits.max_retries = 9;
        b.line(1, format!("FL1:C {}", b64(&[0x80])).as_bytes(), false)
            .expect("line");
        b.flush().expect("stored at last");
        let secs: Vec<u64> = b.uplink.slept.iter().map(Duration::as_secs).collect();
        assert_eq!(secs, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
        let mut b = bridge(vec![Answer::Retry("down".into()); 9], Some("dev"));
        b.line(1, format!("FL1:C {}", b64(&[0x80])).as_bytes(), false)
            .expect("line");
        let err = b.flush().expect_err("gives up");
        assert_eq!(
            err.to_string(),
            "upload of 1 chunks for serial dev failed after 4 retries: down"
        );
    }

    #[test]
    fn a_refusal_ends_the_bridge_without_retrying() {
        let mut b = bridge(
            vec![Answer::Refused("401 Unauthorized: unknown key".into())],
            Some("dev"),
        );
        b.line(1, format!("FL1:C {}", b64(&[0x80])).as_bytes(), false)
            .expect("line");
        let err = b.flush().expect_err("refused");
        assert_eq!(
            err.to_string(),
            "upload of 1 chunks for serial dev refused: 401 Unauthorized: unknown key"
        );
        assert!(b.uplink.slept.is_empty());
        assert_eq!(b.summary.uploads, 0);
    }

    #[test]
    fn the_pump_flushes_when_idle_and_at_the_end() {
        let (tx, rx) = mpsc::sync_channel(16);
        let mut b = bridge(Vec::new(), Some("dev"));
        let sender = std::thread::spawn(move || {
            let send = |n, l: String| tx.send(Ok((n, l.into_bytes(), false))).expect("send");
            send(1, format!("FL1:C {}", b64(&[0x80])));
            // Console chatter does not hold the batch back.
            for i in 0..5 {
                std::thread::sleep(Duration::from_millis(30));
                send(2 + i, "tick".into());
            }
            std::thread::sleep(Duration::from_millis(100));
            send(7, format!("FL1:C {}", b64(&[0x81])));
        });
        pump(&mut b, &rx, Duration::from_millis(50)).expect("pump");
        sender.join().expect("sender");
        assert_eq!(
            b.uplink.posted,
            [
                ("dev".to_string(), vec![vec![0x80]]),
                ("dev".to_string(), vec![vec![0x81]]),
            ]
        );
        assert_eq!(stderr(&b).matches("device: tick").count(), 5);
    }
}
