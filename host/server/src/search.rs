//! Feeding the search index (crate `faultline-search`) and answering searches.
//!
//! One indexer thread owns every write: log events arrive from the pipeline ([`EventSink`]),
//! issue changes from the store's listener, reindex requests from the API. It commits at most
//! every [`COMMIT_EVERY`] while there is work, so an event is searchable well within a second
//! of its pipeline commit. The index is derived: its commit marker is the pipeline cursor it
//! holds everything before, and a marker that differs from the store's cursor at start (a crash
//! between the two) makes the server rebuild the index from the stored events and issues.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

use faultline_model::{EventKind, ProjectId, StoredEvent};
use faultline_pipeline::EventSink;
use faultline_search::{IssueDoc, LogLine, SearchIndex};
use faultline_store::{DeviceRecord, EventQuery, Issue, IssueQuery, Store};

use crate::jobs::Job;

/// Longest a change waits for its commit.
const COMMIT_EVERY: Duration = Duration::from_millis(200);
/// Retention runs this often.
const RETENTION_EVERY: Duration = Duration::from_secs(600);
/// Capture times from 2000-01-01 on are wall-clock times; earlier ones are uptimes.
const WALL_CLOCK_FROM_MS: u64 = 946_684_800_000;
/// Events read per page while reindexing.
const REINDEX_PAGE: usize = 1000;

enum Msg {
    Logs(Vec<LogLine>, u64),
    Cursor(u64),
    Issue(ProjectId, u64),
    Reindex(Arc<Job>),
    Clear,
    Stop,
}

/// The index and the thread that writes it.
pub struct Search {
    pub index: Arc<SearchIndex>,
    tx: std::sync::Mutex<Sender<Msg>>,
    thread: std::sync::Mutex<Option<std::thread::JoinHandle<()>>>,
}

/// The log lines of one stored event.
pub fn log_lines(project: ProjectId, serial: &str, e: &StoredEvent) -> Vec<LogLine> {
    let EventKind::Logs { records } = &e.event.kind else {
        return Vec::new();
    };
    records
        .iter()
        .enumerate()
        .map(|(i, r)| LogLine {
            project: u64::from(project.0),
            serial: serial.to_string(),
            time_ms: r
                .timestamp_ms
                .filter(|t| *t >= WALL_CLOCK_FROM_MS)
                .unwrap_or(e.received_ms) as i64,
            level: match r.level {
                faultline_model::LogLevel::Debug => "debug",
                faultline_model::LogLevel::Info => "info",
                faultline_model::LogLevel::Warn => "warn",
                faultline_model::LogLevel::Error => "error",
            }
            .to_string(),
            message: r.message.clone(),
            version: e.software_version.clone(),
            event_id: e.id,
            line: i as u32,
            source: "log".to_string(),
        })
        .collect()
}

/// Devices listed on an issue's document; beyond this, `device:` matches the first ones only.
const MAX_ISSUE_SERIALS: usize = 10_000;

/// What the index holds of an issue: its fields and the names in its latest backtrace.
pub fn issue_doc(store: &Store, project: ProjectId, issue: &Issue) -> Result<IssueDoc, String> {
    let latest = store
        .issue_crashes(project, issue.id, 1)
        .map_err(|e| e.to_string())?;
    let mut functions: Vec<String> = Vec::new();
    if let Some(c) = latest.first() {
        for f in &c.analysis.frames {
            for s in &f.symbols {
                if let Some(name) = &s.function
                    && !functions.contains(name)
                {
                    functions.push(name.clone());
                }
            }
        }
    }
    let mut serials: Vec<String> = store
        .issue_devices(project, issue.id)
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    serials.truncate(MAX_ISSUE_SERIALS);
    Ok(IssueDoc {
        project: u64::from(project.0),
        id: issue.id,
        title: issue.title.clone(),
        reason: issue.reason.clone(),
        culprit: issue.culprit.clone(),
        functions,
        state: issue.state.as_str().to_string(),
        versions: issue.versions.keys().cloned().collect(),
        resolved_in: issue.resolved_in.clone(),
        occurrences: issue.occurrences,
        devices: issue.devices,
        first_seen_ms: issue.first_seen_ms as i64,
        last_seen_ms: issue.last_seen_ms as i64,
        serials,
    })
}

impl Search {
    /// Start the indexer; `reindex` is queued first when the index does not match the store.
    pub fn start(
        index: Arc<SearchIndex>,
        store: Store,
        startup_reindex: Option<Arc<Job>>,
    ) -> std::io::Result<Arc<Search>> {
        let (tx, rx) = channel();
        if let Some(job) = startup_reindex {
            let _ = tx.send(Msg::Reindex(job));
        }
        {
            let tx = tx.clone();
            let tx = std::sync::Mutex::new(tx);
            store.on_issue_change(Arc::new(move |p, id| {
                let _ = tx
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .send(Msg::Issue(p, id));
            }));
        }
        let thread = {
            let index = index.clone();
            std::thread::Builder::new()
                .name("faultline-index".into())
                .spawn(move || Indexer::new(index, store).run(rx))?
        };
        Ok(Arc::new(Search {
            index,
            tx: std::sync::Mutex::new(tx),
            thread: std::sync::Mutex::new(Some(thread)),
        }))
    }

    fn send(&self, m: Msg) {
        let _ = self.tx.lock().unwrap_or_else(|e| e.into_inner()).send(m);
    }

    /// Empty the index (before a reprocess sends everything again).
    pub fn clear(&self) {
        self.send(Msg::Clear);
    }

    pub fn reindex(&self, job: Arc<Job>) {
        self.send(Msg::Reindex(job));
    }

    /// Commit what is staged and end the thread.
    pub fn stop(&self) {
        self.send(Msg::Stop);
        if let Some(t) = self.thread.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = t.join();
        }
    }
}

impl EventSink for Search {
    fn committed(
        &self,
        events: &[(ProjectId, String, StoredEvent)],
        _devices: &[DeviceRecord],
        cursor: u64,
    ) {
        let lines: Vec<LogLine> = events
            .iter()
            .flat_map(|(p, serial, e)| log_lines(*p, serial, e))
            .collect();
        if lines.is_empty() {
            self.send(Msg::Cursor(cursor));
        } else {
            self.send(Msg::Logs(lines, cursor));
        }
    }
}

/// Per (project, serial): the newest event id a reindex scan indexed.
type LastScanned = HashMap<(u64, String), u64>;

struct Indexer {
    index: Arc<SearchIndex>,
    store: Store,
    cursor: Option<u64>,
    dirty: bool,
    issues: HashSet<(ProjectId, u64)>,
    /// After a reindex: per device, the newest event id its scan indexed, until the pipeline's
    /// cursor passes where it was when the scan ended (later events cannot be in the scan).
    scanned: Option<(u64, LastScanned)>,
}

impl Indexer {
    fn new(index: Arc<SearchIndex>, store: Store) -> Self {
        Self {
            cursor: index.marker(),
            index,
            store,
            dirty: false,
            issues: HashSet::new(),
            scanned: None,
        }
    }

    fn run(mut self, rx: Receiver<Msg>) {
        let mut last_commit = Instant::now();
        let mut last_retention = Instant::now() - RETENTION_EVERY;
        loop {
            let wait = if self.dirty || !self.issues.is_empty() {
                COMMIT_EVERY.saturating_sub(last_commit.elapsed())
            } else {
                Duration::from_secs(1)
            };
            match rx.recv_timeout(wait) {
                Ok(Msg::Logs(lines, cursor)) => self.logs(lines, cursor),
                Ok(Msg::Cursor(c)) => {
                    self.pass(c);
                    self.cursor = Some(c);
                    self.dirty = true;
                }
                Ok(Msg::Issue(p, id)) => {
                    self.issues.insert((p, id));
                }
                Ok(Msg::Reindex(job)) => {
                    let r = self.reindex(&job);
                    if let Err(e) = &r {
                        tracing::error!(error = %e, "reindex failed");
                    }
                    job.finish(r);
                    last_commit = Instant::now();
                }
                Ok(Msg::Clear) => {
                    if let Err(e) = self.index.clear() {
                        tracing::error!(error = %e, "cannot clear the search index");
                    }
                    // Issues are primary data a reprocess keeps: index them again.
                    self.issues = self.all_issues();
                    self.scanned = None;
                    self.cursor = None;
                    self.dirty = true;
                }
                Ok(Msg::Stop) | Err(RecvTimeoutError::Disconnected) => {
                    self.commit();
                    return;
                }
                Err(RecvTimeoutError::Timeout) => {}
            }
            if (self.dirty || !self.issues.is_empty()) && last_commit.elapsed() >= COMMIT_EVERY {
                self.commit();
                last_commit = Instant::now();
            }
            if last_retention.elapsed() >= RETENTION_EVERY {
                match self.index.retain(faultline_model::now_ms() as i64) {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(partitions = n, "old log partitions dropped"),
                    Err(e) => tracing::warn!(error = %e, "log retention failed"),
                }
                last_retention = Instant::now();
            }
        }
    }

    /// The pipeline passed `cursor`: a reindex's per-device filter is no longer needed.
    fn pass(&mut self, cursor: u64) {
        if self.scanned.as_ref().is_some_and(|(end, _)| cursor > *end) {
            self.scanned = None;
        }
    }

    fn logs(&mut self, mut lines: Vec<LogLine>, cursor: u64) {
        if let Some((_, seen)) = &self.scanned {
            lines.retain(|l| {
                seen.get(&(l.project, l.serial.clone()))
                    .is_none_or(|last| l.event_id > *last)
            });
        }
        self.pass(cursor);
        if let Err(e) = self.index.add_logs(&lines) {
            tracing::error!(error = %e, lines = lines.len(), "cannot index log lines");
        }
        self.cursor = Some(cursor);
        self.dirty = true;
    }

    fn all_issues(&self) -> HashSet<(ProjectId, u64)> {
        let mut out = HashSet::new();
        for p in self.store.projects().unwrap_or_default() {
            let q = IssueQuery {
                limit: usize::MAX,
                ..Default::default()
            };
            if let Ok((_, issues)) = self.store.issues(p.id, &q) {
                out.extend(issues.iter().map(|i| (p.id, i.id)));
            }
        }
        out
    }

    fn upsert_issue(&self, project: ProjectId, id: u64) -> Result<(), String> {
        match self.store.issue(project, id).map_err(|e| e.to_string())? {
            // A merged issue is an alias: only the one it was merged into is searchable.
            Some(issue) if issue.id != id => {
                self.index
                    .delete_issue(u64::from(project.0), id)
                    .map_err(|e| e.to_string())?;
                let doc = issue_doc(&self.store, project, &issue)?;
                self.index.upsert_issue(&doc).map_err(|e| e.to_string())
            }
            Some(issue) => {
                let doc = issue_doc(&self.store, project, &issue)?;
                self.index.upsert_issue(&doc).map_err(|e| e.to_string())
            }
            None => self
                .index
                .delete_issue(u64::from(project.0), id)
                .map_err(|e| e.to_string()),
        }
    }

    fn commit(&mut self) {
        for (p, id) in std::mem::take(&mut self.issues) {
            if let Err(e) = self.upsert_issue(p, id) {
                tracing::error!(error = %e, issue = id, "cannot index an issue");
            }
        }
        let marker = self.cursor.unwrap_or(0);
        if let Err(e) = self.index.commit(marker) {
            tracing::error!(error = %e, "search index commit failed");
        }
        self.dirty = false;
    }

    /// Rebuild everything from the store: every log event of every device, every issue.
    fn reindex(&mut self, job: &Job) -> Result<String, String> {
        let started = Instant::now();
        let err = |e: &dyn std::fmt::Display| e.to_string();
        self.index.clear().map_err(|e| err(&e))?;
        let projects = self.store.projects().map_err(|e| err(&e))?;
        let mut work = Vec::new();
        for p in &projects {
            let devices = self.store.devices(p.id).map_err(|e| err(&e))?;
            let (_, issues) = self
                .store
                .issues(
                    p.id,
                    &IssueQuery {
                        limit: usize::MAX,
                        ..Default::default()
                    },
                )
                .map_err(|e| err(&e))?;
            job.add_total((devices.len() + issues.len()) as u64);
            work.push((p.id, devices, issues));
        }
        let mut seen = HashMap::new();
        let (mut lines_n, mut issues_n) = (0u64, 0u64);
        for (pid, devices, issues) in work {
            for d in devices {
                let mut after = None;
                loop {
                    let events = self
                        .store
                        .events(
                            pid,
                            &d.serial,
                            &EventQuery {
                                after_id: after,
                                kind: Some("logs".into()),
                                since_ms: None,
                                until_ms: None,
                                limit: REINDEX_PAGE,
                            },
                        )
                        .map_err(|e| err(&e))?;
                    let lines: Vec<LogLine> = events
                        .iter()
                        .flat_map(|e| log_lines(pid, &d.serial, e))
                        .collect();
                    lines_n += lines.len() as u64;
                    self.index.add_logs(&lines).map_err(|e| err(&e))?;
                    if let Some(last) = events.last() {
                        seen.insert((u64::from(pid.0), d.serial.clone()), last.id);
                        after = Some(last.id);
                    }
                    if events.len() < REINDEX_PAGE {
                        break;
                    }
                }
                job.advance(1);
            }
            for issue in issues {
                let doc = issue_doc(&self.store, pid, &issue)?;
                self.index.upsert_issue(&doc).map_err(|e| err(&e))?;
                issues_n += 1;
                job.advance(1);
            }
        }
        let end = self.store.cursor().map_err(|e| err(&e))?;
        // The pipeline went on while the scan ran: events it committed are in the scan or in
        // the queue (or both, which `scanned` sorts out).
        self.cursor = Some(end);
        self.scanned = Some((end, seen));
        self.commit();
        let msg = format!(
            "indexed {lines_n} log lines and {issues_n} issues in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        tracing::info!(
            lines = lines_n,
            issues = issues_n,
            seconds = started.elapsed().as_secs_f64(),
            "reindex done"
        );
        Ok(msg)
    }
}
