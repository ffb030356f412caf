//! Crashes and the issues they group into.
//!
//! Issues carry decisions people made (resolved, ignored, merged), so they live in the primary
//! database next to the raw log and survive `faultline reprocess`. Trees:
//! - `crashes`: crash key (`project | serial | 0 | event id`, the key of its coredump event) →
//!   [`CrashRecord`]: the analysis and the issue it counts towards.
//! - `issues`: `project | issue id` → [`Issue`].
//! - `issue_index`: `f | project | fingerprint` → issue id; `d | project | issue | serial` →
//!   occurrences of that device; `c | project | issue | received ms | crash key` → (); `p |
//!   project | symbol key | 0 | crash key` → () for crashes waiting for symbols.
//!
//! The crash queue (coredump events not yet analysed) is derived data: the pipeline adds to it
//! in the transaction that stores the event, the crash worker removes an entry once its
//! record is written. A crash analysed twice (a replay, a reprocess, symbols arriving) updates
//! its record and moves it between issues, but is counted once.
//!
//! Writers are serialised by a lock and each change is one multi-tree transaction, so the
//! counters and indexes never disagree after a crash of the process.

use std::collections::BTreeMap;
use std::sync::Mutex;

use faultline_model::ProjectId;
use serde::{Deserialize, Serialize};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};

use crate::{Result, Store, StoreError, codec};

/// Serialises issue writers (crash worker and API); one per process, shared by clones.
pub(crate) type IssueLock = std::sync::Arc<Mutex<()>>;

const NEXT_ISSUE_KEY: &[u8] = b"next_issue_id";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueState {
    Unresolved,
    Resolved,
    Ignored,
}

impl IssueState {
    pub fn as_str(self) -> &'static str {
        match self {
            IssueState::Unresolved => "unresolved",
            IssueState::Resolved => "resolved",
            IssueState::Ignored => "ignored",
        }
    }

    pub fn parse(s: &str) -> Option<IssueState> {
        match s {
            "unresolved" => Some(IssueState::Unresolved),
            "resolved" => Some(IssueState::Resolved),
            "ignored" => Some(IssueState::Ignored),
            _ => None,
        }
    }
}

/// One entry of an issue's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateChange {
    pub at_ms: u64,
    pub state: IssueState,
    /// The version a resolution applies from.
    pub in_version: Option<String>,
    /// `api`, `regression` (a crash from a version the fix should be in), or `merge`.
    pub by: String,
    /// Who asked for it through the API (a user's name or a token's label).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// What triggered it, e.g. the regressing crash's version and device.
    pub detail: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    pub id: u64,
    pub fingerprint: String,
    pub title: String,
    /// The crash kind (the coredump's reason), e.g. `bus_fault`.
    pub reason: String,
    /// The top in-app function, when symbolicated.
    pub culprit: Option<String>,
    /// False while the issue groups crashes by raw addresses because symbols are missing.
    pub symbolicated: bool,
    pub state: IssueState,
    pub resolved_in: Option<String>,
    pub occurrences: u64,
    pub devices: u64,
    pub first_seen_ms: u64,
    pub last_seen_ms: u64,
    /// Occurrences per software version.
    pub versions: BTreeMap<String, u64>,
    /// Set when merged into another issue: this id is then an alias of that one.
    pub merged_into: Option<u64>,
    pub history: Vec<StateChange>,
}

/// One frame of an analysed crash, with every function at its address (innermost first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrashFrame {
    pub pc: u64,
    pub sp: Option<u64>,
    /// How the unwinder got this frame (`ok`, `exception_frame`, `lr_fallback`, ...), or
    /// `missing_symbols`.
    pub status: String,
    pub symbols: Vec<FrameSymbol>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameSymbol {
    pub function: Option<String>,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub inlined: bool,
    /// Who named it: `dwarf`, `symtab` or `plugin:<id>`.
    pub source: String,
}

/// What the crash worker made of one coredump event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrashAnalysis {
    pub reason: String,
    /// `found`, `missing` or `unusable: <why>`.
    pub symbols: String,
    pub build_id: Option<String>,
    pub fingerprint: String,
    /// What the fingerprint was made from (reason, then function names), for display.
    pub signature: Vec<String>,
    pub title: String,
    pub culprit: Option<String>,
    pub frames: Vec<CrashFrame>,
    /// Why unwinding stopped.
    pub end: String,
    pub registers: BTreeMap<String, String>,
    pub fault: Vec<String>,
    pub truncated: bool,
    /// Symbol keys (`b:<build id>`, `v:<type>:<version>`) whose upload should re-analyse it.
    pub waiting_for: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrashRecord {
    pub serial: String,
    pub event_id: u64,
    pub received_ms: u64,
    pub software_version: String,
    pub issue: u64,
    pub analysed_ms: u64,
    pub analysis: CrashAnalysis,
}

/// A coredump event waiting for analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedCrash {
    pub project: ProjectId,
    pub serial: String,
    pub event_id: u64,
    key: Vec<u8>,
}

/// Which coredump event a crash is, and what of it counts.
#[derive(Debug, Clone, Copy)]
pub struct CrashRef<'a> {
    pub project: ProjectId,
    pub serial: &'a str,
    pub event_id: u64,
    pub received_ms: u64,
    pub software_version: &'a str,
}

/// Told about issue changes: see [`Store::on_issue_change`].
pub type IssueListener = std::sync::Arc<dyn Fn(ProjectId, u64) + Send + Sync>;

/// What recording a crash did, for logs and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub issue: u64,
    pub new_issue: bool,
    /// True when the crash was counted for the first time.
    pub new_crash: bool,
    /// The issue was resolved and this crash reopened it.
    pub regression: bool,
}

/// Filters and order for listing issues.
#[derive(Debug, Clone, Default)]
pub struct IssueQuery {
    pub state: Option<IssueState>,
    /// Only issues seen in this software version.
    pub version: Option<String>,
    /// Case-insensitive substring of the title.
    pub text: Option<String>,
    pub sort: IssueSort,
    pub ascending: bool,
    pub limit: usize,
    pub offset: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum IssueSort {
    #[default]
    LastSeen,
    FirstSeen,
    Occurrences,
    Devices,
}

/// Compare dotted versions numerically where both parts are numbers (`1.10.0 > 1.9.2`),
/// textually otherwise; a pre-release suffix sorts before its release (`1.2.0-rc1 < 1.2.0`).
pub fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let split = |v: &str| -> (Vec<String>, Option<String>) {
        let v = v.trim().trim_start_matches('v');
        let v = v.split('+').next().unwrap_or("");
        match v.split_once('-') {
            Some((main, pre)) => (
                main.split('.').map(str::to_string).collect(),
                Some(pre.to_string()),
            ),
            None => (v.split('.').map(str::to_string).collect(), None),
        }
    };
    let (ma, pa) = split(a);
    let (mb, pb) = split(b);
    for i in 0..ma.len().max(mb.len()) {
        let x = ma.get(i).map_or("0", String::as_str);
        let y = mb.get(i).map_or("0", String::as_str);
        let o = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            _ => x.cmp(y),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    match (pa, pb) {
        (None, None) => Ordering::Equal,
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (Some(x), Some(y)) => x.cmp(&y),
    }
}

fn issue_key(project: ProjectId, id: u64) -> Vec<u8> {
    let mut k = project.0.to_be_bytes().to_vec();
    k.extend_from_slice(&id.to_be_bytes());
    k
}

fn fp_key(project: ProjectId, fingerprint: &str) -> Vec<u8> {
    let mut k = vec![b'f'];
    k.extend_from_slice(&project.0.to_be_bytes());
    k.extend_from_slice(fingerprint.as_bytes());
    k
}

fn issue_sub_prefix(tag: u8, project: ProjectId, issue: u64) -> Vec<u8> {
    let mut k = vec![tag];
    k.extend_from_slice(&project.0.to_be_bytes());
    k.extend_from_slice(&issue.to_be_bytes());
    k
}

fn device_count_key(project: ProjectId, issue: u64, serial: &str) -> Vec<u8> {
    let mut k = issue_sub_prefix(b'd', project, issue);
    k.extend_from_slice(serial.as_bytes());
    k
}

fn issue_crash_key(project: ProjectId, issue: u64, received_ms: u64, crash: &[u8]) -> Vec<u8> {
    let mut k = issue_sub_prefix(b'c', project, issue);
    k.extend_from_slice(&received_ms.to_be_bytes());
    k.extend_from_slice(crash);
    k
}

fn pending_prefix(project: ProjectId, symbol_key: &str) -> Vec<u8> {
    let mut k = vec![b'p'];
    k.extend_from_slice(&project.0.to_be_bytes());
    k.extend_from_slice(symbol_key.as_bytes());
    k.push(0);
    k
}

pub(crate) fn queue_key(seq: u64, project: ProjectId, serial: &str, event_id: u64) -> Vec<u8> {
    let mut k = seq.to_be_bytes().to_vec();
    k.extend_from_slice(&codec::event_key(project, serial, event_id));
    k
}

/// `project | serial | 0 | id` back into its parts.
fn split_crash_key(k: &[u8]) -> Result<(ProjectId, String, u64)> {
    let bad = || StoreError::Corrupt("malformed crash key".into());
    if k.len() < 4 + 1 + 8 {
        return Err(bad());
    }
    let project = ProjectId(codec::u32_be(&k[..4])?);
    let id = codec::u64_be(&k[k.len() - 8..])?;
    let serial = &k[4..k.len() - 9];
    if k[k.len() - 9] != 0 {
        return Err(bad());
    }
    let serial = String::from_utf8(serial.to_vec()).map_err(|_| bad())?;
    Ok((project, serial, id))
}

fn abort(e: StoreError) -> ConflictableTransactionError<StoreError> {
    ConflictableTransactionError::Abort(e)
}

fn json<T: Serialize>(v: &T) -> Result<Vec<u8>> {
    Ok(serde_json::to_vec(v)?)
}

fn tx_get<T: for<'de> Deserialize<'de>>(
    t: &TransactionalTree,
    k: &[u8],
) -> std::result::Result<Option<T>, ConflictableTransactionError<StoreError>> {
    match t.get(k)? {
        Some(v) => serde_json::from_slice(&v)
            .map(Some)
            .map_err(|e| abort(StoreError::Corrupt(e.to_string()))),
        None => Ok(None),
    }
}

fn tx_put<T: Serialize>(
    t: &TransactionalTree,
    k: &[u8],
    v: &T,
) -> std::result::Result<(), ConflictableTransactionError<StoreError>> {
    t.insert(k, json(v).map_err(abort)?)?;
    Ok(())
}

fn flatten(e: TransactionError<StoreError>) -> StoreError {
    match e {
        TransactionError::Abort(e) => e,
        TransactionError::Storage(e) => StoreError::Sled(e),
    }
}

impl Store {
    /// Queue a coredump event for analysis again (its symbols arrived, or an operator asked).
    pub fn requeue_crash(&self, project: ProjectId, serial: &str, event_id: u64) -> Result<()> {
        self.crash_queue
            .insert(queue_key(0, project, serial, event_id), &[])?;
        Ok(())
    }

    /// The oldest queued crashes.
    pub fn queued_crashes(&self, limit: usize) -> Result<Vec<QueuedCrash>> {
        let mut out = Vec::new();
        for kv in self.crash_queue.iter().keys().take(limit) {
            let key = kv?.to_vec();
            let (project, serial, event_id) = split_crash_key(&key[8..])?;
            out.push(QueuedCrash {
                project,
                serial,
                event_id,
                key,
            });
        }
        Ok(out)
    }

    pub fn crash_queue_len(&self) -> usize {
        self.crash_queue.len()
    }

    /// Drop a queue entry whose crash is recorded (or cannot be, e.g. its event is gone).
    pub fn dequeue_crash(&self, q: &QueuedCrash) -> Result<()> {
        self.crash_queue.remove(&q.key)?;
        Ok(())
    }

    pub fn crash(
        &self,
        project: ProjectId,
        serial: &str,
        event_id: u64,
    ) -> Result<Option<CrashRecord>> {
        match self
            .crashes
            .get(codec::event_key(project, serial, event_id))?
        {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    /// Record (or re-record) a crash's analysis and count it towards the issue its fingerprint
    /// belongs to, creating the issue if needed. A crash seen before is not counted again; if
    /// its fingerprint changed (symbols arrived) it moves to the new issue, and an issue left
    /// empty by that becomes an alias of the one it moved to.
    pub fn record_crash(
        &self,
        crash: &CrashRef<'_>,
        analysis: CrashAnalysis,
        now_ms: u64,
    ) -> Result<Recorded> {
        let CrashRef {
            project,
            serial,
            event_id,
            received_ms,
            software_version,
        } = *crash;
        let _guard = self.issue_lock.lock().unwrap_or_else(|p| p.into_inner());
        let ckey = codec::event_key(project, serial, event_id);
        let old: Option<CrashRecord> = match self.crashes.get(&ckey)? {
            Some(v) => Some(serde_json::from_slice(&v)?),
            None => None,
        };
        let mapped = match self
            .issue_index
            .get(fp_key(project, &analysis.fingerprint))?
        {
            Some(v) => Some(codec::u64_be(&v)?),
            None => None,
        };
        let next_id = match self.meta.get(NEXT_ISSUE_KEY)? {
            Some(v) => codec::u64_be(&v)?,
            None => 1,
        };
        let result = (&self.crashes, &self.issues, &self.issue_index, &self.meta).transaction(
            |(crashes, issues, index, meta)| {
                let old_issue = match &old {
                    Some(c) => tx_get::<Issue>(issues, &issue_key(project, c.issue))?,
                    None => None,
                };
                // Where the crash belongs now.
                let mut new_issue = false;
                let mut target: Issue = match mapped {
                    Some(id) => tx_get(issues, &issue_key(project, id))?.ok_or_else(|| {
                        abort(StoreError::Corrupt(format!(
                            "fingerprint maps to missing issue {id}"
                        )))
                    })?,
                    // A raw-address issue whose crash is now symbolicated becomes the
                    // symbolicated issue, keeping its id, state and history.
                    None => match &old_issue {
                        Some(i) if !i.symbolicated => {
                            index.remove(fp_key(project, &i.fingerprint))?;
                            i.clone()
                        }
                        _ => {
                            new_issue = true;
                            meta.insert(NEXT_ISSUE_KEY, &(next_id + 1).to_be_bytes())?;
                            Issue {
                                id: next_id,
                                fingerprint: analysis.fingerprint.clone(),
                                title: analysis.title.clone(),
                                reason: analysis.reason.clone(),
                                culprit: analysis.culprit.clone(),
                                symbolicated: analysis.symbols == "found",
                                state: IssueState::Unresolved,
                                resolved_in: None,
                                occurrences: 0,
                                devices: 0,
                                first_seen_ms: received_ms,
                                last_seen_ms: received_ms,
                                versions: BTreeMap::new(),
                                merged_into: None,
                                history: Vec::new(),
                            }
                        }
                    },
                };
                if target.fingerprint != analysis.fingerprint && mapped.is_none() {
                    target.fingerprint = analysis.fingerprint.clone();
                }
                if mapped.is_none() || target.fingerprint == analysis.fingerprint {
                    target.title = analysis.title.clone();
                    target.culprit = analysis.culprit.clone();
                    target.symbolicated = analysis.symbols == "found";
                }
                index.insert(
                    fp_key(project, &analysis.fingerprint),
                    &target.id.to_be_bytes(),
                )?;

                let moved_from = old_issue.as_ref().filter(|i| i.id != target.id);
                let counted_here = old.as_ref().is_some_and(|c| c.issue == target.id);
                let mut regression = false;
                if let Some(from) = moved_from {
                    let mut from = from.clone();
                    from.occurrences = from.occurrences.saturating_sub(1);
                    if let Some(n) = from.versions.get_mut(software_version) {
                        *n = n.saturating_sub(1);
                        if *n == 0 {
                            from.versions.remove(software_version);
                        }
                    }
                    let dk = device_count_key(project, from.id, serial);
                    let n = index
                        .get(&dk)?
                        .map_or(Ok(0), |v| codec::u64_be(&v))
                        .map_err(abort)?;
                    if n <= 1 {
                        index.remove(dk)?;
                        from.devices = from.devices.saturating_sub(1);
                    } else {
                        index.insert(dk, &(n - 1).to_be_bytes())?;
                    }
                    let old_received = old.as_ref().map_or(received_ms, |c| c.received_ms);
                    index.remove(issue_crash_key(project, from.id, old_received, &ckey))?;
                    if from.occurrences == 0 {
                        from.merged_into = Some(target.id);
                    }
                    tx_put(issues, &issue_key(project, from.id), &from)?;
                }
                if !counted_here {
                    target.occurrences += 1;
                    *target
                        .versions
                        .entry(software_version.to_string())
                        .or_insert(0) += 1;
                    target.first_seen_ms = target.first_seen_ms.min(received_ms);
                    target.last_seen_ms = target.last_seen_ms.max(received_ms);
                    let dk = device_count_key(project, target.id, serial);
                    let n = index
                        .get(&dk)?
                        .map_or(Ok(0), |v| codec::u64_be(&v))
                        .map_err(abort)?;
                    if n == 0 {
                        target.devices += 1;
                    }
                    index.insert(dk, &(n + 1).to_be_bytes())?;
                    index.insert(issue_crash_key(project, target.id, received_ms, &ckey), &[])?;
                    // Only a crash seen for the first time can be a regression.
                    if old.is_none() && target.state == IssueState::Resolved {
                        let reopens = target
                            .resolved_in
                            .as_deref()
                            .is_none_or(|v| compare_versions(software_version, v).is_ge());
                        if reopens {
                            regression = true;
                            target.state = IssueState::Unresolved;
                            target.history.push(StateChange {
                                at_ms: now_ms,
                                state: IssueState::Unresolved,
                                in_version: None,
                                by: "regression".into(),
                                user: None,
                                detail: Some(format!("crash from {serial} on {software_version}")),
                            });
                        }
                    }
                }
                tx_put(issues, &issue_key(project, target.id), &target)?;

                if let Some(c) = &old {
                    for k in &c.analysis.waiting_for {
                        let mut pk = pending_prefix(project, k);
                        pk.extend_from_slice(&ckey);
                        index.remove(pk)?;
                    }
                }
                for k in &analysis.waiting_for {
                    let mut pk = pending_prefix(project, k);
                    pk.extend_from_slice(&ckey);
                    index.insert(pk, &[])?;
                }
                let record = CrashRecord {
                    serial: serial.to_string(),
                    event_id,
                    received_ms,
                    software_version: software_version.to_string(),
                    issue: target.id,
                    analysed_ms: now_ms,
                    analysis: analysis.clone(),
                };
                tx_put(crashes, &ckey, &record)?;
                Ok(Recorded {
                    issue: target.id,
                    new_issue,
                    new_crash: old.is_none(),
                    regression,
                })
            },
        );
        let r = result.map_err(flatten)?;
        self.db.flush()?;
        if let Some(o) = old.as_ref().filter(|o| o.issue != r.issue) {
            self.issue_changed(project, o.issue);
        }
        self.issue_changed(project, r.issue);
        Ok(r)
    }

    /// Crashes waiting for the symbols a key names; used when a symbol file is uploaded.
    pub fn crashes_waiting_for(
        &self,
        project: ProjectId,
        symbol_key: &str,
    ) -> Result<Vec<(String, u64)>> {
        let prefix = pending_prefix(project, symbol_key);
        let mut out = Vec::new();
        for kv in self.issue_index.scan_prefix(&prefix).keys() {
            let k = kv?;
            let (_, serial, id) = split_crash_key(&k[prefix.len()..])?;
            out.push((serial, id));
        }
        Ok(out)
    }

    /// An issue by id; a merged issue's id resolves to the issue it was merged into.
    pub fn issue(&self, project: ProjectId, id: u64) -> Result<Option<Issue>> {
        let mut id = id;
        for _ in 0..16 {
            let Some(v) = self.issues.get(issue_key(project, id))? else {
                return Ok(None);
            };
            let issue: Issue = serde_json::from_slice(&v)?;
            match issue.merged_into {
                Some(to) => id = to,
                None => return Ok(Some(issue)),
            }
        }
        Err(StoreError::Corrupt(format!(
            "alias chain from issue {id} does not end"
        )))
    }

    /// Issues of a project after filters, sorted; merged issues are left out.
    pub fn issues(&self, project: ProjectId, q: &IssueQuery) -> Result<(usize, Vec<Issue>)> {
        let text = q.text.as_deref().map(str::to_lowercase);
        let mut all = Vec::new();
        for v in self.issues.scan_prefix(project.0.to_be_bytes()).values() {
            let i: Issue = serde_json::from_slice(&v?)?;
            if i.merged_into.is_some() || i.occurrences == 0 {
                continue;
            }
            if q.state.is_some_and(|s| s != i.state)
                || q.version
                    .as_ref()
                    .is_some_and(|v| !i.versions.contains_key(v))
                || text
                    .as_ref()
                    .is_some_and(|t| !i.title.to_lowercase().contains(t))
            {
                continue;
            }
            all.push(i);
        }
        all.sort_by(|a, b| {
            let o = match q.sort {
                IssueSort::LastSeen => a.last_seen_ms.cmp(&b.last_seen_ms),
                IssueSort::FirstSeen => a.first_seen_ms.cmp(&b.first_seen_ms),
                IssueSort::Occurrences => a.occurrences.cmp(&b.occurrences),
                IssueSort::Devices => a.devices.cmp(&b.devices),
            }
            .then(a.id.cmp(&b.id));
            if q.ascending { o } else { o.reverse() }
        });
        let total = all.len();
        let page = all.into_iter().skip(q.offset).take(q.limit).collect();
        Ok((total, page))
    }

    /// An issue's crashes, newest first.
    pub fn issue_crashes(
        &self,
        project: ProjectId,
        issue: u64,
        limit: usize,
    ) -> Result<Vec<CrashRecord>> {
        let prefix = issue_sub_prefix(b'c', project, issue);
        let mut out = Vec::new();
        for kv in self
            .issue_index
            .scan_prefix(&prefix)
            .keys()
            .rev()
            .take(limit)
        {
            let k = kv?;
            let ckey = &k[prefix.len() + 8..];
            if let Some(v) = self.crashes.get(ckey)? {
                out.push(serde_json::from_slice(&v)?);
            }
        }
        Ok(out)
    }

    /// When each of an issue's crashes was received (epoch ms, oldest first): keys only.
    pub fn issue_crash_times(&self, project: ProjectId, issue: u64) -> Result<Vec<u64>> {
        let prefix = issue_sub_prefix(b'c', project, issue);
        let mut out = Vec::new();
        for kv in self.issue_index.scan_prefix(&prefix).keys() {
            let k = kv?;
            out.push(codec::u64_be(&k[prefix.len()..prefix.len() + 8])?);
        }
        Ok(out)
    }

    /// The devices an issue was seen on, with their occurrence counts.
    pub fn issue_devices(&self, project: ProjectId, issue: u64) -> Result<Vec<(String, u64)>> {
        let prefix = issue_sub_prefix(b'd', project, issue);
        let mut out = Vec::new();
        for kv in self.issue_index.scan_prefix(&prefix) {
            let (k, v) = kv?;
            out.push((
                String::from_utf8_lossy(&k[prefix.len()..]).into_owned(),
                codec::u64_be(&v)?,
            ));
        }
        Ok(out)
    }

    /// Call `f` after every committed change of an issue (a counted crash, a state change, a
    /// merge: both issues), with the issue's id. For indexes kept outside the store.
    pub fn on_issue_change(&self, f: IssueListener) {
        *self
            .issue_listener
            .write()
            .unwrap_or_else(|p| p.into_inner()) = Some(f);
    }

    fn issue_changed(&self, project: ProjectId, id: u64) {
        let l = self
            .issue_listener
            .read()
            .unwrap_or_else(|p| p.into_inner());
        if let Some(f) = l.as_ref() {
            f(project, id);
        }
    }

    /// Change an issue's state. `in_version` only applies to `Resolved`.
    pub fn set_issue_state(
        &self,
        project: ProjectId,
        id: u64,
        state: IssueState,
        in_version: Option<String>,
        user: Option<&str>,
        now_ms: u64,
    ) -> Result<Option<Issue>> {
        let _guard = self.issue_lock.lock().unwrap_or_else(|p| p.into_inner());
        let Some(mut issue) = self.issue(project, id)? else {
            return Ok(None);
        };
        let in_version = in_version.filter(|_| state == IssueState::Resolved);
        issue.state = state;
        issue.resolved_in = in_version.clone();
        issue.history.push(StateChange {
            at_ms: now_ms,
            state,
            in_version,
            by: "api".into(),
            user: user.map(str::to_string),
            detail: None,
        });
        self.issues
            .insert(issue_key(project, issue.id), json(&issue)?)?;
        self.db.flush()?;
        self.issue_changed(project, issue.id);
        Ok(Some(issue))
    }

    /// Merge issue `from` into `into`: its crashes, devices and counts move over, and its id
    /// and fingerprints stay behind as aliases, so future crashes with them land in `into`.
    pub fn merge_issues(
        &self,
        project: ProjectId,
        from: u64,
        into: u64,
        user: Option<&str>,
        now_ms: u64,
    ) -> Result<Option<Issue>> {
        let _guard = self.issue_lock.lock().unwrap_or_else(|p| p.into_inner());
        let (Some(src), Some(dst)) = (self.issue(project, from)?, self.issue(project, into)?)
        else {
            return Ok(None);
        };
        if src.id == dst.id {
            return Ok(Some(dst));
        }
        // Everything that points at the source: fingerprints (its own and its aliases'),
        // device counts, crash entries.
        let mut fps = Vec::new();
        let mut fprefix = vec![b'f'];
        fprefix.extend_from_slice(&project.0.to_be_bytes());
        for kv in self.issue_index.scan_prefix(&fprefix) {
            let (k, v) = kv?;
            if codec::u64_be(&v)? == src.id {
                fps.push(k.to_vec());
            }
        }
        let devices = self.issue_devices(project, src.id)?;
        let cprefix = issue_sub_prefix(b'c', project, src.id);
        let mut crash_keys = Vec::new();
        for kv in self.issue_index.scan_prefix(&cprefix).keys() {
            let k = kv?;
            crash_keys.push((
                codec::u64_be(&k[cprefix.len()..cprefix.len() + 8])?,
                k[cprefix.len() + 8..].to_vec(),
            ));
        }
        let result = (&self.crashes, &self.issues, &self.issue_index).transaction(
            |(crashes, issues, index)| {
                let mut dst = dst.clone();
                let mut src = src.clone();
                for k in &fps {
                    index.insert(k.as_slice(), &dst.id.to_be_bytes())?;
                }
                for (serial, n) in &devices {
                    index.remove(device_count_key(project, src.id, serial))?;
                    let dk = device_count_key(project, dst.id, serial);
                    let m = index
                        .get(&dk)?
                        .map_or(Ok(0), |v| codec::u64_be(&v))
                        .map_err(abort)?;
                    if m == 0 {
                        dst.devices += 1;
                    }
                    index.insert(dk, &(m + n).to_be_bytes())?;
                }
                for (received, ckey) in &crash_keys {
                    index.remove(issue_crash_key(project, src.id, *received, ckey))?;
                    index.insert(issue_crash_key(project, dst.id, *received, ckey), &[])?;
                    if let Some(mut c) = tx_get::<CrashRecord>(crashes, ckey)? {
                        c.issue = dst.id;
                        tx_put(crashes, ckey, &c)?;
                    }
                }
                dst.occurrences += src.occurrences;
                for (v, n) in &src.versions {
                    *dst.versions.entry(v.clone()).or_insert(0) += n;
                }
                dst.first_seen_ms = dst.first_seen_ms.min(src.first_seen_ms);
                dst.last_seen_ms = dst.last_seen_ms.max(src.last_seen_ms);
                dst.history.push(StateChange {
                    at_ms: now_ms,
                    state: dst.state,
                    in_version: dst.resolved_in.clone(),
                    by: "merge".into(),
                    user: user.map(str::to_string),
                    detail: Some(format!("issue {} merged into this one", src.id)),
                });
                src.merged_into = Some(dst.id);
                src.occurrences = 0;
                src.devices = 0;
                src.versions.clear();
                tx_put(issues, &issue_key(project, src.id), &src)?;
                tx_put(issues, &issue_key(project, dst.id), &dst)?;
                Ok(dst)
            },
        );
        let merged = result.map_err(flatten)?;
        self.db.flush()?;
        self.issue_changed(project, src.id);
        self.issue_changed(project, merged.id);
        Ok(Some(merged))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::too_many_arguments)]
    fn record(
        s: &Store,
        project: ProjectId,
        serial: &str,
        event_id: u64,
        received_ms: u64,
        software_version: &str,
        a: CrashAnalysis,
        now: u64,
    ) -> Result<Recorded> {
        let c = CrashRef {
            project,
            serial,
            event_id,
            received_ms,
            software_version,
        };
        s.record_crash(&c, a, now)
    }

    fn analysis(fp: &str, symbols: &str) -> CrashAnalysis {
        CrashAnalysis {
            reason: "bus_fault".into(),
            symbols: symbols.into(),
            build_id: Some("ab".into()),
            fingerprint: fp.into(),
            signature: vec![],
            title: format!("bus_fault {fp}"),
            culprit: None,
            frames: vec![],
            end: "end_of_stack".into(),
            registers: BTreeMap::new(),
            fault: vec![],
            truncated: false,
            waiting_for: if symbols == "found" {
                vec![]
            } else {
                vec!["b:ab".into()]
            },
        }
    }

    #[test]
    fn versions_compare_numerically_with_prereleases_first() {
        use std::cmp::Ordering::*;
        assert_eq!(compare_versions("1.10.0", "1.9.2"), Greater);
        assert_eq!(compare_versions("1.2.0", "1.2"), Equal);
        assert_eq!(compare_versions("1.2.0-rc1", "1.2.0"), Less);
        assert_eq!(compare_versions("v2.0.0", "1.99.99"), Greater);
        assert_eq!(compare_versions("1.1.0", "1.2.0"), Less);
    }

    #[test]
    fn crashes_count_once_per_event_and_devices_distinct() {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = Store::open(dir.path()).expect("open");
        let p = ProjectId(1);
        let a = record(&s, p, "A", 1, 100, "1.0.0", analysis("v1:x", "found"), 1).expect("a");
        let b = record(&s, p, "B", 1, 200, "1.1.0", analysis("v1:x", "found"), 2).expect("b");
        let again =
            record(&s, p, "A", 1, 100, "1.0.0", analysis("v1:x", "found"), 3).expect("again");
        s.record_crash(
            &CrashRef {
                project: p,
                serial: "A",
                event_id: 2,
                received_ms: 300,
                software_version: "1.1.0",
            },
            analysis("v1:x", "found"),
            4,
        )
        .expect("a2");
        let other = record(&s, p, "A", 3, 400, "1.1.0", analysis("v1:y", "found"), 5).expect("y");
        assert!(a.new_issue && !b.new_issue && !again.new_crash && other.new_issue);
        assert_eq!(a.issue, b.issue);
        let i = s.issue(p, a.issue).expect("get").expect("issue");
        assert_eq!(
            (i.occurrences, i.devices, i.first_seen_ms, i.last_seen_ms),
            (3, 2, 100, 300)
        );
        assert_eq!(
            i.versions,
            BTreeMap::from([("1.0.0".into(), 1), ("1.1.0".into(), 2)])
        );
        let latest = s.issue_crashes(p, a.issue, 10).expect("crashes");
        assert_eq!(
            latest
                .iter()
                .map(|c| (c.serial.as_str(), c.event_id))
                .collect::<Vec<_>>(),
            [("A", 2), ("B", 1), ("A", 1)]
        );
    }

    #[test]
    fn resolved_in_a_version_reopens_only_from_that_version_on() {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = Store::open(dir.path()).expect("open");
        let p = ProjectId(1);
        let r = record(&s, p, "A", 1, 1, "1.0.0", analysis("v1:x", "found"), 1).expect("a");
        s.set_issue_state(
            p,
            r.issue,
            IssueState::Resolved,
            Some("1.2.0".into()),
            None,
            2,
        )
        .expect("resolve");
        let old = record(&s, p, "A", 2, 3, "1.1.0", analysis("v1:x", "found"), 3).expect("old");
        assert!(!old.regression);
        assert_eq!(
            s.issue(p, r.issue).expect("g").expect("i").state,
            IssueState::Resolved
        );
        let new = record(&s, p, "B", 1, 4, "1.2.0", analysis("v1:x", "found"), 4).expect("new");
        assert!(new.regression);
        let i = s.issue(p, r.issue).expect("g").expect("i");
        assert_eq!(i.state, IssueState::Unresolved);
        assert_eq!(i.history.last().map(|h| h.by.as_str()), Some("regression"));
    }

    #[test]
    fn merged_issues_alias_and_symbols_move_a_raw_crash() {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = Store::open(dir.path()).expect("open");
        let p = ProjectId(1);
        let x = record(&s, p, "A", 1, 1, "1", analysis("v1:x", "found"), 1)
            .expect("x")
            .issue;
        let y = record(&s, p, "B", 1, 2, "1", analysis("v1:y", "found"), 1)
            .expect("y")
            .issue;
        let merged = s
            .merge_issues(p, y, x, Some("ana"), 3)
            .expect("merge")
            .expect("issues");
        assert_eq!((merged.id, merged.occurrences, merged.devices), (x, 2, 2));
        let last = merged.history.last().expect("history");
        assert_eq!(
            (last.by.as_str(), last.user.as_deref()),
            ("merge", Some("ana"))
        );
        assert_eq!(s.issue(p, y).expect("g").expect("alias").id, x);
        // A new crash with the merged fingerprint lands in the surviving issue.
        let z = record(&s, p, "C", 1, 4, "1", analysis("v1:y", "found"), 4).expect("z");
        assert_eq!(z.issue, x);
        assert_eq!(
            s.issues(
                p,
                &IssueQuery {
                    limit: 10,
                    ..Default::default()
                }
            )
            .expect("list")
            .0,
            1
        );

        // A raw crash waiting for symbols becomes symbolicated in place.
        let raw = record(&s, p, "D", 1, 5, "2", analysis("raw:1", "missing"), 5).expect("raw");
        assert_eq!(
            s.crashes_waiting_for(p, "b:ab").expect("w"),
            [("D".to_string(), 1)]
        );
        let named = record(&s, p, "D", 1, 5, "2", analysis("v1:w", "found"), 6).expect("named");
        assert_eq!((named.issue, named.new_crash), (raw.issue, false));
        let i = s.issue(p, raw.issue).expect("g").expect("i");
        assert!(i.symbolicated && i.occurrences == 1 && i.fingerprint == "v1:w");
        assert!(s.crashes_waiting_for(p, "b:ab").expect("w").is_empty());
        // ... and moves to an existing issue when its name is already known.
        let raw2 = record(&s, p, "E", 1, 6, "2", analysis("raw:2", "missing"), 7).expect("raw2");
        let moved = record(&s, p, "E", 1, 6, "2", analysis("v1:x", "found"), 8).expect("moved");
        assert_eq!(moved.issue, x);
        assert_eq!(s.issue(p, raw2.issue).expect("g").expect("alias").id, x);
        assert_eq!(s.issue(p, x).expect("g").expect("i").occurrences, 4);
    }
}
