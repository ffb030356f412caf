//! The search index of device logs and crash issues, on tantivy. Queries arrive as the
//! [`faultline_query::Expr`] of the search language and are translated to tantivy queries only
//! here, at the last step; [`faultline_query::eval`] over the [`Record`] impls of [`LogLine`] and
//! [`IssueDoc`] is the meaning every answer agrees with (a brute-force test holds the two equal).
//!
//! # Layout on disk
//!
//! ```text
//! <dir>/state              format version, partition width, commit generation, marker
//! <dir>/logs/<start ms>/   one tantivy index per time partition [start, start + partition_ms)
//! <dir>/issues/            one tantivy index of every project's issues
//! ```
//!
//! Log lines go to the partition of their time; a query whose top-level `AND` bounds `time`
//! searches only the partitions that overlap (an `OR` widens the bounds to its hull), newest
//! first, and only counts in the older ones once `limit` lines are found. Retention drops whole
//! partitions. Each partition has its own writer; at most [`SearchOptions::max_open_writers`]
//! stay open (the least recently written one is committed and closed first), so memory is
//! bounded by that many × [`SearchOptions::writer_heap_bytes`].
//!
//! # Commits and the marker
//!
//! [`SearchIndex::commit`] commits every written partition and the issues, reloads the readers
//! (a search right after sees the documents), then writes `state` atomically with the caller's
//! marker (the raw-log sequence indexed through) and a new generation. Every log document carries
//! the generation it was added in, so a round interrupted between its index commits and the
//! state file (or a partition committed early to close its writer) is undone at the next
//! [`SearchIndex::open`]: the documents of the unfinished generation are deleted, and the marker
//! read back is the last one written, from which the caller replays. Issue writes are upserts
//! and deletes by `(project, id)`, which a replay repeats harmlessly. A `state` of another
//! format version or partition width clears the index ([`SearchIndex::marker`] is then `None`):
//! the index is derived data, rebuilt from the store.
//!
//! # Fields
//!
//! Logs ([`LogSchema`]): `device`/`serial`, `level`, `message` (the whole message), `source`
//! (text: exact and case-insensitive, `*` as a wildcard), `release`/`version` (version), `time`
//! (time), `event` (number). `is:debug|info|warn|error` is the line's level exactly (`is:warn`
//! does not include errors; `level:[warn,error]` does), and `is:crash` the lines whose source is
//! `crash`. Free text and phrases search the words of the message.
//!
//! Issues ([`IssueSchema`]): `title`, `kind`/`reason`, `culprit`, `function` (any function of
//! the backtrace), `device` (any serial listed), `state` (text), `release`/`version` (any
//! version seen), `resolved_in` (version), `occurrences`/`count`, `devices` (numbers),
//! `first_seen`, `last_seen` (times); `is:unresolved|resolved|ignored`. Free text searches the
//! words of title, reason, culprit and functions, in that order as one text (a phrase may run
//! from one into the next).
//!
//! An empty text value is no value (`has:` is false for it). `has:` works on every field.
//! Versions compare numerically per dotted part; one that does not parse as a version (see
//! [`faultline_query::version`]) matches no comparison. Limits: a text value other than the
//! message longer than 65,530 bytes is not indexed for `key:value` (tantivy's term limit), nor a
//! word that long.
//!
//! # Translation
//!
//! Each index field keeps what its conditions need. `key:value` text fields hold the whole value
//! lowercased as one term: a term query for an exact value, an automaton over the terms for
//! `*` (the evaluator's glob, see `glob.rs`). The log message is the exception: a term per whole
//! message would be most of the index (and of the indexing time) and makes `message:*x*` scan
//! every distinct message, so `message:` is answered from the words a match must contain, then
//! checked against the stored message (exact values first through a hash column); see
//! `message.rs` for why that narrowing is sound. Free text is the words of
//! [`faultline_query::words`] with positions, plus every pair of consecutive words without a
//! numeral as one term, so a two-word phrase is a single term query and longer phrases are
//! narrowed by their pairs before positions are checked. Versions are fixed-width sortable terms
//! (range queries), numbers u64 compared through exact f64 bounds, times i64 (a fast column for
//! logs). `has:` reads a presence mask (logs) or presence names (issues); `NOT` excludes from
//! the conjunction it stands in, or from everything. The project filter is left out of a
//! partition that holds only the searched project, so a one-term query is counted from its
//! document frequency.
//!
//! # API
//!
//! [`SearchIndex::open`], [`add_logs`](SearchIndex::add_logs),
//! [`upsert_issue`](SearchIndex::upsert_issue), [`delete_issue`](SearchIndex::delete_issue),
//! [`commit`](SearchIndex::commit), [`marker`](SearchIndex::marker),
//! [`clear`](SearchIndex::clear), [`retain`](SearchIndex::retain),
//! [`search_logs`](SearchIndex::search_logs) (newest first: descending time, then serial, event
//! id and line, with the exact total), [`search_issues`](SearchIndex::search_issues) (matching
//! ids, ascending), [`stats`](SearchIndex::stats), [`close`](SearchIndex::close). The index is `Send + Sync`: writes are
//! serialized inside, searches run beside them on the last committed state.

mod collect;
mod fields;
mod glob;
mod index;
mod message;
mod translate;

use std::path::PathBuf;

pub use fields::{ISSUE_STATES, IssueSchema, LOG_STATES, LogSchema};
pub use index::SearchIndex;

#[cfg(doc)]
use faultline_query::Record;

/// How an index is opened.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// Indexing memory of each open partition writer (tantivy's minimum is 15 MB).
    pub writer_heap_bytes: usize,
    /// Width of a log partition. Changing it clears the index at the next open.
    pub partition_ms: u64,
    /// Partitions that ended longer ago than this are dropped by [`SearchIndex::retain`].
    pub retention_ms: Option<u64>,
    /// Partition writers kept open at once.
    pub max_open_writers: usize,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            writer_heap_bytes: 32 << 20,
            partition_ms: 86_400_000,
            retention_ms: None,
            max_open_writers: 3,
        }
    }
}

/// Why the index failed; the index itself stays usable unless the disk is.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index i/o failed at {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An error of the index library, as text (its types stay inside this crate).
    #[error("search index failed: {0}")]
    Index(String),
    #[error("search index state {path} is unreadable: {detail}")]
    State { path: PathBuf, detail: String },
}

/// One log line as indexed and as returned.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LogLine {
    pub project: u64,
    pub serial: String,
    pub time_ms: i64,
    /// `debug`, `info`, `warn` or `error`.
    pub level: String,
    pub message: String,
    pub version: String,
    pub event_id: u64,
    /// Index of the line within its event.
    pub line: u32,
    /// `log`, or `crash` for the lines captured with a crash.
    pub source: String,
}

/// What the index holds of an issue.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IssueDoc {
    pub project: u64,
    pub id: u64,
    pub title: String,
    pub reason: String,
    pub culprit: Option<String>,
    /// The function names of its backtrace.
    pub functions: Vec<String>,
    /// `unresolved`, `resolved` or `ignored`.
    pub state: String,
    /// Versions it was seen in.
    pub versions: Vec<String>,
    pub resolved_in: Option<String>,
    pub occurrences: u64,
    pub devices: u64,
    pub first_seen_ms: i64,
    pub last_seen_ms: i64,
    /// Devices it was seen on.
    pub serials: Vec<String>,
}

/// Log lines matching a query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LogHits {
    /// Every matching line, not only those returned.
    pub total: usize,
    /// At most `limit`, newest first.
    pub lines: Vec<LogLine>,
    /// How many partitions the query searched (those overlapping its time bounds).
    pub partitions_searched: usize,
}

/// What the index holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchStats {
    pub partitions: usize,
    /// Committed log lines.
    pub log_docs: u64,
    /// Committed issues.
    pub issue_docs: u64,
    /// Segments of all log partitions (merged in the background; many slow searches down).
    pub log_segments: usize,
    /// Size of the index directory.
    pub disk_bytes: u64,
    pub open_writers: usize,
}
