//! The index: partitions, writers, the state file, commits, recovery, searches.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use faultline_query::Expr;
use tantivy::collector::Count;
use tantivy::indexer::IndexWriterOptions;
use tantivy::query::{Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::collect::{Ids, NewestFirst};
use crate::fields::{IssueFields, LogFields, issue_term_key, register_tokenizers};
use crate::translate::{log_time_bounds, project_filter, query};
use crate::{IssueDoc, LogHits, LogLine, SearchError, SearchOptions, SearchStats};

/// Bumped whenever what is indexed changes: an index of another format is cleared and rebuilt.
const FORMAT: u32 = 3;
const STATE: &str = "state";
const LOGS: &str = "logs";
const ISSUES: &str = "issues";
/// tantivy's least indexing memory per writer thread.
const MIN_HEAP: usize = 15_000_000;

fn tv(e: tantivy::TantivyError) -> SearchError {
    SearchError::Index(e.to_string())
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> SearchError + '_ {
    move |source| SearchError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock leaves tantivy's state consistent; keep serving.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// One tantivy index and its reader.
struct Part {
    index: Index,
    reader: IndexReader,
}

impl Part {
    fn open(dir: &Path, schema: &tantivy::schema::Schema) -> Result<Part, SearchError> {
        let index = Index::open_in_dir(dir).map_err(tv)?;
        if &index.schema() != schema {
            return Err(SearchError::Index(format!(
                "{} has another schema than this format",
                dir.display()
            )));
        }
        Part::with(index)
    }

    fn create(dir: &Path, schema: &tantivy::schema::Schema) -> Result<Part, SearchError> {
        fs::create_dir_all(dir).map_err(io(dir))?;
        Part::with(Index::create_in_dir(dir, schema.clone()).map_err(tv)?)
    }

    fn with(index: Index) -> Result<Part, SearchError> {
        register_tokenizers(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(tv)?;
        Ok(Part { index, reader })
    }

    fn writer(&self, heap: usize) -> Result<IndexWriter, SearchError> {
        let options = IndexWriterOptions::builder()
            .memory_budget_per_thread(heap.max(MIN_HEAP))
            .num_worker_threads(1)
            .num_merge_threads(1)
            .build();
        self.index.writer_with_options(options).map_err(tv)
    }

    fn count(&self, q: &dyn Query) -> Result<usize, SearchError> {
        self.reader.searcher().search(q, &Count).map_err(tv)
    }
}

/// What `state` records.
#[derive(Debug, Clone, PartialEq)]
struct State {
    partition_ms: u64,
    /// Commits completed; log documents carry `generation + 1` until the next one completes.
    generation: u64,
    marker: Option<u64>,
}

impl State {
    fn read(path: &Path) -> Result<Option<(u32, State)>, SearchError> {
        let text = match fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io(path)(e)),
        };
        let bad = |detail: &str| SearchError::State {
            path: path.to_path_buf(),
            detail: detail.to_string(),
        };
        let mut fields = HashMap::new();
        for line in text.lines() {
            let (k, v) = line
                .split_once(' ')
                .ok_or_else(|| bad("a line without value"))?;
            fields.insert(k, v);
        }
        let num = |k: &str| -> Result<u64, SearchError> {
            fields
                .get(k)
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| bad(&format!("no number `{k}`")))
        };
        let format = u32::try_from(num("format")?).map_err(|_| bad("format out of range"))?;
        let marker = match fields.get("marker") {
            Some(&"none") => None,
            _ => Some(num("marker")?),
        };
        Ok(Some((
            format,
            State {
                partition_ms: num("partition_ms")?,
                generation: num("generation")?,
                marker,
            },
        )))
    }

    /// Written to a temporary file, synced, renamed over the old one, directory synced.
    fn write(&self, dir: &Path) -> Result<(), SearchError> {
        let path = dir.join(STATE);
        let tmp = dir.join("state.tmp");
        let marker = self.marker.map_or("none".to_string(), |m| m.to_string());
        let text = format!(
            "format {FORMAT}\npartition_ms {}\ngeneration {}\nmarker {marker}\n",
            self.partition_ms, self.generation
        );
        let mut f = fs::File::create(&tmp).map_err(io(&tmp))?;
        f.write_all(text.as_bytes()).map_err(io(&tmp))?;
        f.sync_all().map_err(io(&tmp))?;
        fs::rename(&tmp, &path).map_err(io(&path))?;
        fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(io(dir))
    }
}

struct OpenWriter {
    writer: IndexWriter,
    dirty: bool,
    /// When it was last written, in add calls, for closing the least recent first.
    used: u64,
}

/// Everything writes change, behind one lock.
struct Writes {
    logs: HashMap<i64, OpenWriter>,
    issues: Option<IndexWriter>,
    issues_dirty: bool,
    state: State,
    tick: u64,
}

/// The index of logs and issues; see the crate doc.
pub struct SearchIndex {
    dir: PathBuf,
    opts: SearchOptions,
    log_fields: LogFields,
    issue_fields: IssueFields,
    /// Log partitions by start time.
    parts: RwLock<BTreeMap<i64, Arc<Part>>>,
    issues: Part,
    writes: Mutex<Writes>,
    /// The committed marker, readable while a commit runs.
    marker: Mutex<Option<u64>>,
}

impl SearchIndex {
    /// Opens (or creates) the index in `dir` and undoes an interrupted commit.
    pub fn open(dir: &Path, opts: SearchOptions) -> Result<SearchIndex, SearchError> {
        if opts.partition_ms == 0 || opts.partition_ms > i64::MAX as u64 {
            return Err(SearchError::Index(format!(
                "partition_ms must be between 1 and {}",
                i64::MAX
            )));
        }
        fs::create_dir_all(dir).map_err(io(dir))?;
        let log_fields = LogFields::new();
        let issue_fields = IssueFields::new();
        let fresh = State {
            partition_ms: opts.partition_ms,
            generation: 0,
            marker: None,
        };
        let state = match State::read(&dir.join(STATE))? {
            Some((FORMAT, s)) if s.partition_ms == opts.partition_ms => s,
            Some((format, s)) => {
                tracing::warn!(
                    dir = %dir.display(),
                    format,
                    partition_ms = s.partition_ms,
                    "search index of another format or partition width: cleared for a rebuild"
                );
                remove_indexes(dir)?;
                fresh.write(dir)?;
                fresh
            }
            None => fresh,
        };
        let logs = dir.join(LOGS);
        fs::create_dir_all(&logs).map_err(io(&logs))?;
        let mut parts = BTreeMap::new();
        for entry in fs::read_dir(&logs).map_err(io(&logs))? {
            let path = entry.map_err(io(&logs))?.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            match name.parse::<i64>() {
                Ok(start) => {
                    parts.insert(start, Arc::new(Part::open(&path, &log_fields.schema)?));
                }
                // A partition whose creation did not finish.
                Err(_) if name.starts_with(".new-") => {
                    fs::remove_dir_all(&path).map_err(io(&path))?;
                }
                Err(_) => tracing::warn!(path = %path.display(), "not a log partition: ignored"),
            }
        }
        let issues_dir = dir.join(ISSUES);
        let issues = if issues_dir.join("meta.json").exists() {
            Part::open(&issues_dir, &issue_fields.schema)?
        } else {
            Part::create(&issues_dir, &issue_fields.schema)?
        };
        let index = SearchIndex {
            dir: dir.to_path_buf(),
            opts,
            log_fields,
            issue_fields,
            parts: RwLock::new(parts),
            issues,
            marker: Mutex::new(state.marker),
            writes: Mutex::new(Writes {
                logs: HashMap::new(),
                issues: None,
                issues_dirty: false,
                state,
                tick: 0,
            }),
        };
        index.undo_unfinished()?;
        Ok(index)
    }

    /// Deletes the log documents of a generation whose commit did not complete.
    fn undo_unfinished(&self) -> Result<(), SearchError> {
        let w = lock(&self.writes);
        let term = Term::from_field_u64(self.log_fields.generation, w.state.generation + 1);
        let q = TermQuery::new(term.clone(), IndexRecordOption::Basic);
        for (start, part) in self.parts_in(i64::MIN, i64::MAX) {
            let n = part.count(&q)?;
            if n == 0 {
                continue;
            }
            tracing::warn!(
                partition = start,
                lines = n,
                "undoing log lines of an unfinished commit"
            );
            let mut writer = part.writer(MIN_HEAP)?;
            writer.delete_term(term.clone());
            writer.commit().map_err(tv)?;
            part.reader.reload().map_err(tv)?;
        }
        Ok(())
    }

    fn parts_in(&self, lo: i64, hi: i64) -> Vec<(i64, Arc<Part>)> {
        let width = self.opts.partition_ms as i64;
        let parts = self.parts.read().unwrap_or_else(|e| e.into_inner());
        // A partition [start, start + width) overlaps [lo, hi] when start <= hi and
        // start + width > lo.
        let from = lo.saturating_sub(width - 1);
        parts
            .range(from..=hi)
            .map(|(s, p)| (*s, p.clone()))
            .collect()
    }

    fn partition_of(&self, time_ms: i64) -> i64 {
        let width = self.opts.partition_ms as i64;
        time_ms.div_euclid(width) * width
    }

    /// The partition's part, created when new (in a temporary directory renamed into place, so
    /// a crash never leaves a half-made partition under its real name).
    fn part(&self, start: i64) -> Result<Arc<Part>, SearchError> {
        if let Some(p) = self
            .parts
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&start)
        {
            return Ok(p.clone());
        }
        let logs = self.dir.join(LOGS);
        let tmp = logs.join(format!(".new-{start}"));
        let dir = logs.join(start.to_string());
        if tmp.exists() {
            fs::remove_dir_all(&tmp).map_err(io(&tmp))?;
        }
        drop(Part::create(&tmp, &self.log_fields.schema)?);
        fs::rename(&tmp, &dir).map_err(io(&dir))?;
        let part = Arc::new(Part::open(&dir, &self.log_fields.schema)?);
        self.parts
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(start, part.clone());
        tracing::debug!(partition = start, "log partition created");
        Ok(part)
    }

    /// The open writer of a partition, opening it (and closing the least recently written
    /// ones beyond the limit) when needed.
    fn writer<'a>(&self, w: &'a mut Writes, start: i64) -> Result<&'a mut OpenWriter, SearchError> {
        w.tick += 1;
        if !w.logs.contains_key(&start) {
            let max = self.opts.max_open_writers.max(1);
            while w.logs.len() >= max {
                let Some(oldest) = w.logs.iter().min_by_key(|(_, o)| o.used).map(|(s, _)| *s)
                else {
                    break;
                };
                self.close_writer(w, oldest)?;
            }
            let part = self.part(start)?;
            let writer = part.writer(self.opts.writer_heap_bytes)?;
            w.logs.insert(
                start,
                OpenWriter {
                    writer,
                    dirty: false,
                    used: w.tick,
                },
            );
        }
        let tick = w.tick;
        let o = w
            .logs
            .get_mut(&start)
            .ok_or_else(|| SearchError::Index(format!("writer of partition {start} vanished")))?;
        o.used = tick;
        Ok(o)
    }

    /// Commits (if written) and closes a partition's writer. Its lines carry the open
    /// generation, so a crash before the next full commit still undoes them. A merge still
    /// running is abandoned rather than waited for (late lines spread over many partitions would
    /// otherwise wait for one merge per line batch); the next writer merges again.
    fn close_writer(&self, w: &mut Writes, start: i64) -> Result<(), SearchError> {
        let Some(mut o) = w.logs.remove(&start) else {
            return Ok(());
        };
        if o.dirty {
            o.writer.commit().map_err(tv)?;
            self.reload_part(start)?;
        }
        drop(o);
        tracing::debug!(partition = start, "log partition writer closed");
        Ok(())
    }

    fn reload_part(&self, start: i64) -> Result<(), SearchError> {
        let part = self
            .parts
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&start)
            .cloned();
        match part {
            Some(p) => p.reader.reload().map_err(tv),
            None => Ok(()),
        }
    }

    /// Stages log lines; they are searchable after the next [`commit`](Self::commit).
    pub fn add_logs(&self, lines: &[LogLine]) -> Result<(), SearchError> {
        let mut w = lock(&self.writes);
        let generation = w.state.generation + 1;
        // Grouped by partition, so a batch across several opens each writer once.
        let mut by_part: BTreeMap<i64, Vec<&LogLine>> = BTreeMap::new();
        for l in lines {
            by_part
                .entry(self.partition_of(l.time_ms))
                .or_default()
                .push(l);
        }
        for (start, lines) in by_part.into_iter().rev() {
            let o = self.writer(&mut w, start)?;
            for l in lines {
                o.writer
                    .add_document(self.log_fields.doc(l, generation))
                    .map_err(tv)?;
            }
            o.dirty = true;
        }
        Ok(())
    }

    fn issue_writer<'a>(&self, w: &'a mut Writes) -> Result<&'a IndexWriter, SearchError> {
        if w.issues.is_none() {
            w.issues = Some(self.issues.writer(MIN_HEAP)?);
        }
        w.issues
            .as_ref()
            .ok_or_else(|| SearchError::Index("issue writer vanished".into()))
    }

    /// Stages an issue, replacing the one with its `(project, id)`.
    pub fn upsert_issue(&self, issue: &IssueDoc) -> Result<(), SearchError> {
        let mut w = lock(&self.writes);
        let key = Term::from_field_bytes(
            self.issue_fields.key,
            &issue_term_key(issue.project, issue.id),
        );
        let writer = self.issue_writer(&mut w)?;
        writer.delete_term(key);
        writer
            .add_document(self.issue_fields.doc(issue))
            .map_err(tv)?;
        w.issues_dirty = true;
        Ok(())
    }

    /// Stages the removal of an issue.
    pub fn delete_issue(&self, project: u64, id: u64) -> Result<(), SearchError> {
        let mut w = lock(&self.writes);
        let key = Term::from_field_bytes(self.issue_fields.key, &issue_term_key(project, id));
        self.issue_writer(&mut w)?.delete_term(key);
        w.issues_dirty = true;
        Ok(())
    }

    /// Commits everything staged, makes it searchable, and records `marker` (the raw-log
    /// sequence indexed through) durably.
    pub fn commit(&self, marker: u64) -> Result<(), SearchError> {
        let mut w = lock(&self.writes);
        let generation = w.state.generation + 1;
        let payload = format!("generation {generation} marker {marker}");
        let mut committed = Vec::new();
        for (start, o) in w.logs.iter_mut().filter(|(_, o)| o.dirty) {
            let mut c = o.writer.prepare_commit().map_err(tv)?;
            c.set_payload(&payload);
            c.commit().map_err(tv)?;
            o.dirty = false;
            committed.push(*start);
        }
        for start in committed {
            self.reload_part(start)?;
        }
        if w.issues_dirty {
            if let Some(writer) = w.issues.as_mut() {
                let mut c = writer.prepare_commit().map_err(tv)?;
                c.set_payload(&payload);
                c.commit().map_err(tv)?;
            }
            self.issues.reader.reload().map_err(tv)?;
            w.issues_dirty = false;
        }
        let state = State {
            partition_ms: self.opts.partition_ms,
            generation,
            marker: Some(marker),
        };
        state.write(&self.dir)?;
        w.state = state;
        *lock(&self.marker) = Some(marker);
        Ok(())
    }

    /// Waits for the background merges of the open writers and closes them (dropping the index
    /// abandons the merges instead). Lines and issues staged since the last commit are dropped.
    pub fn close(self) -> Result<(), SearchError> {
        let mut w = lock(&self.writes);
        for (_, o) in w.logs.drain() {
            o.writer.wait_merging_threads().map_err(tv)?;
        }
        if let Some(writer) = w.issues.take() {
            writer.wait_merging_threads().map_err(tv)?;
        }
        Ok(())
    }

    /// The marker of the last commit; `None` for a new or cleared index.
    pub fn marker(&self) -> Option<u64> {
        *lock(&self.marker)
    }

    /// Drops every log partition and issue, staged or committed, and the marker.
    pub fn clear(&self) -> Result<(), SearchError> {
        let mut w = lock(&self.writes);
        w.logs.clear();
        let mut parts = self.parts.write().unwrap_or_else(|e| e.into_inner());
        for start in std::mem::take(&mut *parts).into_keys() {
            let dir = self.dir.join(LOGS).join(start.to_string());
            fs::remove_dir_all(&dir).map_err(io(&dir))?;
        }
        drop(parts);
        let writer = self.issue_writer(&mut w)?;
        writer.delete_all_documents().map_err(tv)?;
        if let Some(writer) = w.issues.as_mut() {
            writer.commit().map_err(tv)?;
        }
        self.issues.reader.reload().map_err(tv)?;
        w.issues_dirty = false;
        w.state.marker = None;
        w.state.write(&self.dir)?;
        *lock(&self.marker) = None;
        tracing::info!(dir = %self.dir.display(), "search index cleared");
        Ok(())
    }

    /// Drops the log partitions that ended more than the retention before `now_ms`; returns how
    /// many. Without a retention, none.
    pub fn retain(&self, now_ms: i64) -> Result<usize, SearchError> {
        let Some(retention) = self.opts.retention_ms else {
            return Ok(0);
        };
        let width = self.opts.partition_ms as i64;
        let cutoff = now_ms.saturating_sub(i64::try_from(retention).unwrap_or(i64::MAX));
        let mut w = lock(&self.writes);
        let old: Vec<i64> = self
            .parts
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .keys()
            .copied()
            .filter(|s| s.saturating_add(width) <= cutoff)
            .collect();
        for start in &old {
            w.logs.remove(start);
            self.parts
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .remove(start);
            let dir = self.dir.join(LOGS).join(start.to_string());
            fs::remove_dir_all(&dir).map_err(io(&dir))?;
            tracing::info!(partition = start, "log partition dropped by retention");
        }
        Ok(old.len())
    }

    /// The project's log lines matching `q`: the newest `limit` (descending time, then serial,
    /// event id, line) and the count of all.
    pub fn search_logs(
        &self,
        project: u64,
        q: &Expr,
        now_ms: i64,
        limit: usize,
    ) -> Result<LogHits, SearchError> {
        let Some((lo, hi)) = log_time_bounds(q, now_ms) else {
            return Ok(LogHits::default());
        };
        let filtered = query(&self.log_fields, Some(project), q, now_ms);
        let unfiltered = query(&self.log_fields, None, q, now_ms);
        let mut hits = LogHits::default();
        // Partitions hold disjoint time ranges, so newest partition first is newest first.
        for (_, part) in self.parts_in(lo, hi).into_iter().rev() {
            hits.partitions_searched += 1;
            let searcher = part.reader.searcher();
            let query: &dyn Query = if only_project(&searcher, &self.log_fields, project)? {
                unfiltered.as_ref()
            } else {
                filtered.as_ref()
            };
            let want = limit - hits.lines.len();
            if want == 0 {
                hits.total += searcher.search(query, &Count).map_err(tv)?;
                continue;
            }
            let found = searcher
                .search(query, &NewestFirst { limit: want })
                .map_err(tv)?;
            hits.total += found.total;
            for addr in found.top {
                let doc: TantivyDocument = searcher.doc(addr).map_err(tv)?;
                hits.lines.push(self.log_fields.line(project, &doc));
            }
        }
        Ok(hits)
    }

    /// Ids of the project's issues matching `q`, ascending.
    pub fn search_issues(
        &self,
        project: u64,
        q: &Expr,
        now_ms: i64,
    ) -> Result<Vec<u64>, SearchError> {
        let searcher = self.issues.reader.searcher();
        let only = only_project(&searcher, &self.issue_fields, project)?;
        let query = query(&self.issue_fields, (!only).then_some(project), q, now_ms);
        searcher.search(&*query, &Ids).map_err(tv)
    }

    /// Sizes and counts (committed documents).
    pub fn stats(&self) -> SearchStats {
        let parts = self.parts_in(i64::MIN, i64::MAX);
        SearchStats {
            partitions: parts.len(),
            log_docs: parts
                .iter()
                .map(|(_, p)| p.reader.searcher().num_docs())
                .sum(),
            issue_docs: self.issues.reader.searcher().num_docs(),
            log_segments: parts
                .iter()
                .map(|(_, p)| p.reader.searcher().segment_readers().len())
                .sum(),
            disk_bytes: dir_bytes(&self.dir),
            open_writers: lock(&self.writes).logs.len(),
        }
    }

    /// Commits the partitions' writers but not the state file: what a crash between the two
    /// leaves behind.
    #[cfg(test)]
    fn commit_without_state(&self) -> Result<(), SearchError> {
        let mut w = lock(&self.writes);
        for o in w.logs.values_mut() {
            o.writer.commit().map_err(tv)?;
        }
        Ok(())
    }
}

/// Whether every document the searcher sees is of `project` (the usual case of one project), so
/// the project filter can be left out.
fn only_project(
    searcher: &tantivy::Searcher,
    t: &dyn crate::translate::Targets,
    project: u64,
) -> Result<bool, SearchError> {
    let n = searcher
        .search(&*project_filter(t, project), &Count)
        .map_err(tv)?;
    Ok(n as u64 == searcher.num_docs())
}

fn remove_indexes(dir: &Path) -> Result<(), SearchError> {
    for sub in [LOGS, ISSUES] {
        let p = dir.join(sub);
        if p.exists() {
            fs::remove_dir_all(&p).map_err(io(&p))?;
        }
    }
    Ok(())
}

fn dir_bytes(dir: &Path) -> u64 {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_bytes(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LogSchema;

    fn line(time_ms: i64, message: &str) -> LogLine {
        LogLine {
            project: 1,
            serial: "SN-1".into(),
            time_ms,
            level: "info".into(),
            message: message.into(),
            version: "1.0.0".into(),
            event_id: time_ms as u64,
            line: 0,
            source: "log".into(),
        }
    }

    fn count(ix: &SearchIndex, q: &str) -> usize {
        let e = faultline_query::parse(q, &LogSchema).expect("query");
        ix.search_logs(1, &e, 0, 10).expect("search").total
    }

    #[test]
    fn an_interrupted_commit_is_undone_at_open() {
        let dir = tempfile::tempdir().expect("tempdir");
        let day = 86_400_000;
        {
            let ix = SearchIndex::open(dir.path(), SearchOptions::default()).expect("open");
            ix.add_logs(&[line(1, "kept")]).expect("add");
            ix.commit(10).expect("commit");
            // The next round reaches two partitions' commits, then the process dies.
            ix.add_logs(&[line(2, "lost"), line(day + 1, "lost")])
                .expect("add");
            ix.commit_without_state().expect("commit");
        }
        let ix = SearchIndex::open(dir.path(), SearchOptions::default()).expect("reopen");
        assert_eq!(ix.marker(), Some(10));
        assert_eq!(count(&ix, "kept"), 1);
        assert_eq!(count(&ix, "lost"), 0, "the unfinished round was undone");
        // Replaying it from the marker gives each line once.
        ix.add_logs(&[line(2, "lost"), line(day + 1, "lost")])
            .expect("add");
        ix.commit(11).expect("commit");
        assert_eq!(count(&ix, "lost"), 2);
        drop(ix);
        let ix = SearchIndex::open(dir.path(), SearchOptions::default()).expect("reopen");
        assert_eq!((count(&ix, "lost"), ix.marker()), (2, Some(11)));
    }

    #[test]
    fn writers_beyond_the_limit_are_closed_and_their_lines_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let opts = SearchOptions {
            max_open_writers: 2,
            ..SearchOptions::default()
        };
        let ix = SearchIndex::open(dir.path(), opts).expect("open");
        let day = 86_400_000;
        for d in 0..5 {
            ix.add_logs(&[line(d * day, "boot")]).expect("add");
        }
        assert_eq!(ix.stats().open_writers, 2);
        ix.commit(1).expect("commit");
        assert_eq!(count(&ix, "boot"), 5);
        assert_eq!(ix.stats().partitions, 5);
    }

    #[test]
    fn another_partition_width_clears_the_index() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ix = SearchIndex::open(dir.path(), SearchOptions::default()).expect("open");
        ix.add_logs(&[line(1, "boot")]).expect("add");
        ix.commit(3).expect("commit");
        drop(ix);
        let opts = SearchOptions {
            partition_ms: 3_600_000,
            ..SearchOptions::default()
        };
        let ix = SearchIndex::open(dir.path(), opts).expect("reopen");
        assert_eq!((ix.marker(), count(&ix, "boot")), (None, 0));
    }
}
