//! All Faultline persistence: sled trees, their key codecs and the schema version, in one place.
//!
//! Two sled databases under the data directory, so that the source of truth and what is derived
//! from it are apart on disk too:
//! - `primary/`: `meta` (schema version), `projects` (id → project), `project_keys` (device
//!   key → id, revoked keys included), and `raw`: the raw log, sequence number (big-endian u64)
//!   → one stored upload; `symbols` (symbol file index, `symbols.rs`); `crashes`, `issues`,
//!   `issue_index` (crash analyses and the issues they group into, `issues.rs`: people's
//!   decisions live there, so they are primary); `metric_schemas` (heartbeat metric names,
//!   kinds and units per build id, `metric_schema.rs`); `device_attributes` (cohort and custom
//!   attributes operators assigned, `attributes.rs`). Ingest's group commit flushes only this
//!   database, so its flush cost does not grow with the pipeline's writes.
//! - `derived/`: `meta` (derived format version, pipeline cursor), `devices` (project | serial
//!   → [`DeviceRecord`] with the persisted reassembly state), `events` (project | serial | 0 |
//!   event id), `outcomes` (project | serial | 0 | raw seq | chunk index), `crash_queue`
//!   (coredump events waiting for the crash worker). Rebuilt from the raw
//!   log by `faultline reprocess`, and automatically when [`DERIVED_VERSION`] changes.
//!
//! Durability: [`Store::flush`] uses sled's `flush()`, which writes with `sync_file_range`
//! rather than `fsync`: a process crash loses nothing flushed, a power cut may lose the tail.
//! Derived trees are written in one transaction together with the cursor and flushed by sled in
//! the background: after a crash the cursor and the derived data roll back together, and the
//! pipeline replays from there.

mod access;
mod attributes;
mod codec;
mod device;
mod issues;
mod metric_schema;
mod symbols;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use faultline_model::{OutcomeRecord, Project, ProjectId, RawRecord, StoredEvent};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError};

pub use access::{Role, TokenRecord, UserRecord, new_token};
pub use attributes::AssignedAttributes;
pub use device::DeviceRecord;
pub use issues::{
    CrashAnalysis, CrashFrame, CrashRecord, CrashRef, FrameSymbol, Issue, IssueListener,
    IssueQuery, IssueSort, IssueState, QueuedCrash, Recorded, StateChange, compare_versions,
};
pub use symbols::SymbolMeta;

/// Bumped when the primary format (projects, raw log) changes; a mismatch refuses to open.
pub const SCHEMA_VERSION: u32 = 1;
/// Bumped when a derived format changes; a mismatch clears derived data, which the pipeline
/// then rebuilds from the raw log.
pub const DERIVED_VERSION: u32 = 2;

const CURSOR_KEY: &[u8] = b"pipeline_cursor";
const SCHEMA_KEY: &[u8] = b"schema_version";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The sled error is part of the message (not a `source`), so a chain prints it once.
    #[error("storage error: {0}")]
    Sled(sled::Error),
    #[error(
        "data directory has schema version {found}, this build uses {expected}; reprocess into a new data directory"
    )]
    Schema { found: u32, expected: u32 },
    #[error("stored record is corrupt: {0}")]
    Corrupt(String),
    #[error("project `{0}` already exists")]
    ProjectExists(String),
    #[error("no project named `{0}`")]
    NoSuchProject(String),
    #[error("invalid project name `{0}`: use 1-64 characters of a-z, 0-9, - and _")]
    BadProjectName(String),
    #[error("invalid build id `{0}`: expected 2-128 lowercase hex digits")]
    BadBuildId(String),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        StoreError::Sled(e)
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::Corrupt(e.to_string())
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A raw record in its stored form.
#[derive(Debug, Clone)]
pub struct EncodedRaw(Vec<u8>);

impl EncodedRaw {
    pub fn new(r: &RawRecord) -> Self {
        EncodedRaw(codec::encode_raw(r))
    }
}

/// What a device key maps to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyLookup {
    Valid(Project),
    Revoked(ProjectId),
    Unknown,
}

/// Filters for reading a device's events.
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    /// Only events with an id greater than this (pagination cursor).
    pub after_id: Option<u64>,
    /// Only events of this kind (`heartbeat`, `logs`, ...).
    pub kind: Option<String>,
    pub since_ms: Option<u64>,
    pub until_ms: Option<u64>,
    pub limit: usize,
}

/// Everything the pipeline derived from a run of raw records, committed atomically.
#[derive(Debug, Default)]
pub struct DerivedBatch {
    pub devices: Vec<DeviceRecord>,
    pub events: Vec<(ProjectId, String, StoredEvent)>,
    pub outcomes: Vec<(ProjectId, String, OutcomeRecord)>,
    /// The next raw sequence number to process.
    pub cursor: u64,
}

#[derive(Clone)]
pub struct Store {
    /// The data directory (symbol files live under it, next to the databases).
    dir: PathBuf,
    db: sled::Db,
    derived_db: sled::Db,
    meta: sled::Tree,
    derived_meta: sled::Tree,
    projects: sled::Tree,
    keys: sled::Tree,
    raw: sled::Tree,
    symbols: sled::Tree,
    metric_schemas: sled::Tree,
    device_attributes: sled::Tree,
    crashes: sled::Tree,
    issues: sled::Tree,
    issue_index: sled::Tree,
    issue_lock: issues::IssueLock,
    api_tokens: sled::Tree,
    users: sled::Tree,
    issue_listener: std::sync::Arc<std::sync::RwLock<Option<IssueListener>>>,
    devices: sled::Tree,
    events: sled::Tree,
    outcomes: sled::Tree,
    crash_queue: sled::Tree,
}

impl Store {
    /// Delete the derived database of a data directory that is not open (the fast way to start
    /// a full rebuild: clearing large trees key by key is slow in sled).
    pub fn remove_derived(path: &Path) -> std::io::Result<()> {
        match std::fs::remove_dir_all(path.join("derived")) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    /// Open (or create) the databases under the directory `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let open = |name: &str, cache: u64, flush_every_ms: Option<u64>| {
            sled::Config::new()
                .path(path.join(name))
                .cache_capacity(cache)
                .flush_every_ms(flush_every_ms)
                .open()
        };
        let db = open("primary", 32 * 1024 * 1024, Some(500))?;
        // No background flusher for derived data: the pipeline flushes it from its own
        // low-priority thread (see `flush_derived`), so that this I/O never competes with
        // ingest's flushes at equal priority.
        let derived_db = open("derived", 64 * 1024 * 1024, None)?;
        let store = Store {
            meta: db.open_tree("meta")?,
            projects: db.open_tree("projects")?,
            keys: db.open_tree("project_keys")?,
            raw: db.open_tree("raw")?,
            symbols: db.open_tree("symbols")?,
            metric_schemas: db.open_tree("metric_schemas")?,
            device_attributes: db.open_tree("device_attributes")?,
            crashes: db.open_tree("crashes")?,
            issues: db.open_tree("issues")?,
            issue_index: db.open_tree("issue_index")?,
            issue_lock: Default::default(),
            api_tokens: db.open_tree("api_tokens")?,
            users: db.open_tree("users")?,
            issue_listener: Default::default(),
            dir: path.to_path_buf(),
            derived_meta: derived_db.open_tree("meta")?,
            devices: derived_db.open_tree("devices")?,
            events: derived_db.open_tree("events")?,
            outcomes: derived_db.open_tree("outcomes")?,
            crash_queue: derived_db.open_tree("crash_queue")?,
            db,
            derived_db,
        };
        match store.meta.get(SCHEMA_KEY)? {
            None => {
                store
                    .meta
                    .insert(SCHEMA_KEY, &SCHEMA_VERSION.to_be_bytes())?;
            }
            Some(v) => {
                let found = codec::u32_be(&v)?;
                if found != SCHEMA_VERSION {
                    return Err(StoreError::Schema {
                        found,
                        expected: SCHEMA_VERSION,
                    });
                }
            }
        }
        let derived = match store.derived_meta.get(SCHEMA_KEY)? {
            Some(v) => Some(codec::u32_be(&v)?),
            None => None,
        };
        if derived != Some(DERIVED_VERSION) {
            if derived.is_some() {
                tracing::warn!(
                    found = derived,
                    expected = DERIVED_VERSION,
                    "derived data has another format version; rebuilding it from the raw log"
                );
            }
            store.clear_derived()?;
            store
                .derived_meta
                .insert(SCHEMA_KEY, &DERIVED_VERSION.to_be_bytes())?;
            store.derived_db.flush()?;
        }
        Ok(store)
    }

    /// Make every write so far durable against a process crash. Blocking: call it from the
    /// group-commit flusher thread, never from async handlers.
    pub fn flush(&self) -> Result<usize> {
        Ok(self.db.flush()?)
    }

    pub fn size_on_disk(&self) -> Result<u64> {
        Ok(self.db.size_on_disk()? + self.derived_db.size_on_disk()?)
    }

    /// Make derived data durable too (e.g. at the end of a reprocess). Not needed for
    /// correctness: derived data is replayed from the raw log after a crash.
    pub fn flush_derived(&self) -> Result<usize> {
        Ok(self.derived_db.flush()?)
    }

    // ---- projects ----

    pub fn create_project(&self, name: &str) -> Result<Project> {
        if name.is_empty()
            || name.len() > 64
            || !name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        {
            return Err(StoreError::BadProjectName(name.to_string()));
        }
        if self.project_by_name(name)?.is_some() {
            return Err(StoreError::ProjectExists(name.to_string()));
        }
        let id = ProjectId(self.db.generate_id()? as u32 + 1);
        let project = Project {
            id,
            name: name.to_string(),
            device_key: new_key(),
            revoked_keys: Vec::new(),
            created_ms: faultline_model::now_ms(),
        };
        self.put_project(&project)?;
        self.keys
            .insert(project.device_key.as_bytes(), &id.0.to_be_bytes())?;
        Ok(project)
    }

    fn put_project(&self, p: &Project) -> Result<()> {
        self.projects
            .insert(p.id.0.to_be_bytes(), serde_json::to_vec(p)?)?;
        Ok(())
    }

    pub fn projects(&self) -> Result<Vec<Project>> {
        self.projects
            .iter()
            .values()
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    pub fn project(&self, id: ProjectId) -> Result<Option<Project>> {
        match self.projects.get(id.0.to_be_bytes())? {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    pub fn project_by_name(&self, name: &str) -> Result<Option<Project>> {
        Ok(self.projects()?.into_iter().find(|p| p.name == name))
    }

    /// Replace a project's device key; the old one is remembered as revoked.
    pub fn rotate_key(&self, name: &str) -> Result<Project> {
        let mut p = self
            .project_by_name(name)?
            .ok_or_else(|| StoreError::NoSuchProject(name.to_string()))?;
        let old = std::mem::replace(&mut p.device_key, new_key());
        p.revoked_keys.push(old);
        self.put_project(&p)?;
        self.keys
            .insert(p.device_key.as_bytes(), &p.id.0.to_be_bytes())?;
        Ok(p)
    }

    pub fn lookup_key(&self, key: &str) -> Result<KeyLookup> {
        let Some(id) = self.keys.get(key.as_bytes())? else {
            return Ok(KeyLookup::Unknown);
        };
        let id = ProjectId(codec::u32_be(&id)?);
        match self.project(id)? {
            Some(p) if p.device_key == key => Ok(KeyLookup::Valid(p)),
            Some(_) => Ok(KeyLookup::Revoked(id)),
            None => Ok(KeyLookup::Unknown),
        }
    }

    // ---- raw log ----

    /// Sequence number of the newest raw record.
    pub fn last_raw_seq(&self) -> Result<Option<u64>> {
        match self.raw.last()? {
            Some((k, _)) => Ok(Some(codec::u64_be(&k)?)),
            None => Ok(None),
        }
    }

    /// Append records at `first_seq, first_seq + 1, ...` (not yet durable: call [`flush`]).
    pub fn append_raw(&self, first_seq: u64, records: &[RawRecord]) -> Result<()> {
        let encoded: Vec<EncodedRaw> = records.iter().map(EncodedRaw::new).collect();
        self.append_encoded(first_seq, encoded)
    }

    /// [`append_raw`] for records encoded beforehand, so that encoding can happen on the
    /// request threads and the single writer only inserts.
    pub fn append_encoded(&self, first_seq: u64, records: Vec<EncodedRaw>) -> Result<()> {
        let mut batch = sled::Batch::default();
        for (i, r) in records.into_iter().enumerate() {
            batch.insert(&(first_seq + i as u64).to_be_bytes(), r.0);
        }
        self.raw.apply_batch(batch)?;
        Ok(())
    }

    /// Raw records with `seq >= from`, in order, at most `limit`.
    pub fn raw_from(&self, from: u64, limit: usize) -> Result<Vec<(u64, RawRecord)>> {
        self.raw
            .range(from.to_be_bytes()..)
            .take(limit)
            .map(|kv| {
                let (k, v) = kv?;
                Ok((codec::u64_be(&k)?, codec::decode_raw(&v)?))
            })
            .collect()
    }

    pub fn raw_count(&self) -> usize {
        self.raw.len()
    }

    // ---- derived data ----

    pub fn cursor(&self) -> Result<u64> {
        match self.derived_meta.get(CURSOR_KEY)? {
            Some(v) => codec::u64_be(&v),
            None => Ok(0),
        }
    }

    pub fn device(&self, project: ProjectId, serial: &str) -> Result<Option<DeviceRecord>> {
        match self.devices.get(codec::device_key(project, serial))? {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    pub fn devices(&self, project: ProjectId) -> Result<Vec<DeviceRecord>> {
        self.devices
            .scan_prefix(project.0.to_be_bytes())
            .values()
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    /// Write one batch of derived data and advance the cursor, atomically.
    pub fn commit(&self, batch: &DerivedBatch) -> Result<()> {
        let mut encoded_devices = Vec::with_capacity(batch.devices.len());
        for d in &batch.devices {
            encoded_devices.push((
                codec::device_key(d.project, &d.serial),
                serde_json::to_vec(d)?,
            ));
        }
        let mut encoded_events = Vec::with_capacity(batch.events.len());
        for (p, serial, e) in &batch.events {
            encoded_events.push((codec::event_key(*p, serial, e.id), serde_json::to_vec(e)?));
        }
        let mut encoded_outcomes = Vec::with_capacity(batch.outcomes.len());
        for (p, serial, o) in &batch.outcomes {
            encoded_outcomes.push((
                codec::outcome_key(*p, serial, o.chunk),
                serde_json::to_vec(o)?,
            ));
        }
        // Coredumps also go to the crash queue, in the same transaction as the event.
        let crashes: Vec<Vec<u8>> = batch
            .events
            .iter()
            .filter(|(_, _, e)| matches!(e.event.kind, faultline_model::EventKind::Coredump { .. }))
            .map(|(p, serial, e)| issues::queue_key(e.source.seq, *p, serial, e.id))
            .collect();
        let result: Result<(), TransactionError<StoreError>> = (
            &self.devices,
            &self.events,
            &self.outcomes,
            &self.derived_meta,
            &self.crash_queue,
        )
            .transaction(|(devices, events, outcomes, meta, queue)| {
                for (k, v) in &encoded_devices {
                    devices.insert(k.as_slice(), v.as_slice())?;
                }
                for k in &crashes {
                    queue.insert(k.as_slice(), &[])?;
                }
                for (k, v) in &encoded_events {
                    events.insert(k.as_slice(), v.as_slice())?;
                }
                for (k, v) in &encoded_outcomes {
                    outcomes.insert(k.as_slice(), v.as_slice())?;
                }
                meta.insert(CURSOR_KEY, &batch.cursor.to_be_bytes())?;
                Ok::<(), ConflictableTransactionError<StoreError>>(())
            });
        result.map_err(|e| match e {
            TransactionError::Abort(e) => e,
            TransactionError::Storage(e) => StoreError::Sled(e),
        })
    }

    /// A device's events, oldest first, after the filters.
    pub fn events(
        &self,
        project: ProjectId,
        serial: &str,
        q: &EventQuery,
    ) -> Result<Vec<StoredEvent>> {
        let prefix = codec::device_prefix(project, serial);
        let start = match q.after_id {
            Some(id) => codec::event_key(project, serial, id.saturating_add(1)),
            None => prefix.clone(),
        };
        let mut out = Vec::new();
        for kv in self.events.range(start..) {
            let (k, v) = kv?;
            if !k.starts_with(&prefix) || out.len() >= q.limit {
                break;
            }
            let e: StoredEvent = serde_json::from_slice(&v)?;
            if q.kind.as_deref().is_some_and(|k| k != e.event.kind.name()) {
                continue;
            }
            if q.since_ms.is_some_and(|s| e.received_ms < s)
                || q.until_ms.is_some_and(|u| e.received_ms >= u)
            {
                continue;
            }
            out.push(e);
        }
        Ok(out)
    }

    /// A device's most recent chunk outcomes, newest first.
    pub fn outcomes(
        &self,
        project: ProjectId,
        serial: &str,
        limit: usize,
    ) -> Result<Vec<OutcomeRecord>> {
        self.outcomes
            .scan_prefix(codec::device_prefix(project, serial))
            .values()
            .rev()
            .take(limit)
            .map(|v| Ok(serde_json::from_slice(&v?)?))
            .collect()
    }

    /// Number of outcome records per reason for a whole project (for tests and the API).
    pub fn outcome_totals(&self, project: ProjectId) -> Result<BTreeMap<String, u64>> {
        let mut totals = BTreeMap::new();
        for d in self.devices(project)? {
            for (k, v) in d.outcome_counts {
                *totals.entry(k).or_insert(0) += v;
            }
        }
        Ok(totals)
    }

    /// Drop all derived data and rewind the cursor, so the pipeline rebuilds it from the raw
    /// log. Raw records and projects are kept.
    pub fn clear_derived(&self) -> Result<()> {
        self.devices.clear()?;
        self.events.clear()?;
        self.outcomes.clear()?;
        self.crash_queue.clear()?;
        self.derived_meta.insert(CURSOR_KEY, &0u64.to_be_bytes())?;
        self.derived_db.flush()?;
        Ok(())
    }
}

fn new_key() -> String {
    use rand::Rng;
    let bytes: [u8; 16] = rand::rng().random();
    let mut s = String::from("fl_");
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

#[cfg(test)]
mod tests;
