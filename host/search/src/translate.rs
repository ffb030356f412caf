//! The last step: a query of the search language as a tantivy query over one index's fields,
//! with the evaluator's meaning (see the crate doc for the field mapping).

use std::ops::Bound;

use faultline_query::{CmpOp, Cond, Expr, Operand};
use tantivy::query::{
    AllQuery, BooleanQuery, EmptyQuery, EnableScoring, Explanation, Occur, PhraseQuery, Query,
    QueryClone, RangeQuery, Scorer, TermQuery, TermSetQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term};

use crate::fields::{
    IssueFields, IssueKey, LOG_PRESENCE_MASKS, LogFields, LogKey, issue_key, log_key, pair,
    pairable, version_key,
};
use crate::glob::GlobQuery;
use crate::message::message_match;

/// How a field is indexed.
pub(crate) enum Target {
    /// Lowercased whole values, one term each.
    Text(Field),
    /// u64 values (terms or a fast column), compared as the evaluator does, as f64.
    Number(Field),
    /// i64 (a fast column for logs, terms for issues: a range query works on both).
    Time(Field),
    /// [`version_key`] terms; a value that is not a version has none.
    Version(Field),
    /// The log message: its words and a verification (see `message.rs`).
    Message,
}

/// What the translation needs of an index's fields.
pub(crate) trait Targets {
    /// The field of a user's key.
    fn target(&self, key: &str) -> Option<Target>;
    /// `has:key`.
    fn has(&self, key: &str) -> Box<dyn Query>;
    /// `message:pattern` (logs only).
    fn message(&self, _pattern: &str) -> Box<dyn Query> {
        Box::new(EmptyQuery)
    }
    fn project(&self) -> Field;
    /// The free-text field.
    fn words(&self) -> Field;
    /// The word-pair field.
    fn pairs(&self) -> Field;
    fn is(&self, state: &str) -> Box<dyn Query>;
}

impl Targets for LogFields {
    fn target(&self, key: &str) -> Option<Target> {
        Some(match log_key(key)? {
            LogKey::Serial => Target::Text(self.serial),
            LogKey::Level => Target::Text(self.level),
            LogKey::Message => Target::Message,
            LogKey::Source => Target::Text(self.source),
            LogKey::Version => Target::Version(self.version_key),
            LogKey::Time => Target::Time(self.time),
            LogKey::Event => Target::Number(self.event_id),
        })
    }
    fn has(&self, key: &str) -> Box<dyn Query> {
        match log_key(key) {
            Some(k) => log_presence(self, k),
            None => Box::new(EmptyQuery),
        }
    }
    fn message(&self, pattern: &str) -> Box<dyn Query> {
        message_match(self, pattern)
    }
    fn project(&self) -> Field {
        self.project
    }
    fn words(&self) -> Field {
        self.text
    }
    fn pairs(&self) -> Field {
        self.pairs
    }
    fn is(&self, state: &str) -> Box<dyn Query> {
        if state == "crash" {
            term_text(self.source, "crash")
        } else {
            term_text(self.level, state)
        }
    }
}

impl Targets for IssueFields {
    fn target(&self, key: &str) -> Option<Target> {
        Some(match issue_key(key)? {
            IssueKey::Title => Target::Text(self.title),
            IssueKey::Reason => Target::Text(self.reason),
            IssueKey::Culprit => Target::Text(self.culprit),
            IssueKey::Function => Target::Text(self.function),
            IssueKey::Device => Target::Text(self.device),
            IssueKey::State => Target::Text(self.state),
            IssueKey::Release => Target::Version(self.release),
            IssueKey::ResolvedIn => Target::Version(self.resolved_in),
            IssueKey::Occurrences => Target::Number(self.occurrences),
            IssueKey::Devices => Target::Number(self.devices),
            IssueKey::FirstSeen => Target::Time(self.first_seen),
            IssueKey::LastSeen => Target::Time(self.last_seen),
        })
    }
    fn has(&self, key: &str) -> Box<dyn Query> {
        match issue_key(key).map(IssueKey::presence) {
            Some(Some(name)) => term_text(self.present, name),
            Some(None) => Box::new(AllQuery),
            None => Box::new(EmptyQuery),
        }
    }
    fn project(&self) -> Field {
        self.project
    }
    fn words(&self) -> Field {
        self.text
    }
    fn pairs(&self) -> Field {
        self.pairs
    }
    fn is(&self, state: &str) -> Box<dyn Query> {
        term_text(self.state, &state.to_lowercase())
    }
}

/// Log lines that have a value for `key`.
pub(crate) fn log_presence(f: &LogFields, key: LogKey) -> Box<dyn Query> {
    match key.presence_bit() {
        Some(bit) => Box::new(TermSetQuery::new(
            (0..LOG_PRESENCE_MASKS)
                .filter(|m| m & bit != 0)
                .map(|m| Term::from_field_u64(f.present, m)),
        )),
        None => Box::new(AllQuery),
    }
}

/// Documents of a project.
pub(crate) fn project_filter(t: &dyn Targets, project: u64) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_u64(t.project(), project),
        IndexRecordOption::Basic,
    ))
}

/// `e`, within one project when `project` is given (the caller leaves it out where every
/// document is of the project: a query of one term can then be counted without iterating).
pub(crate) fn query(
    t: &dyn Targets,
    project: Option<u64>,
    e: &Expr,
    now_ms: i64,
) -> Box<dyn Query> {
    let parts = match e {
        Expr::And(v) => v.as_slice(),
        e => std::slice::from_ref(e),
    };
    let clauses = project
        .map(|p| (Occur::Must, project_filter(t, p)))
        .into_iter()
        .collect();
    and(t, parts, now_ms, clauses)
}

fn translate(t: &dyn Targets, e: &Expr, now_ms: i64) -> Box<dyn Query> {
    match e {
        Expr::All => Box::new(AllQuery),
        Expr::And(v) => and(t, v, now_ms, Vec::new()),
        Expr::Or(v) => any(v.iter().map(|e| translate(t, e, now_ms)).collect()),
        // tantivy matches nothing with only exclusions, hence the explicit "everything".
        Expr::Not(x) => Box::new(BooleanQuery::new(vec![
            (Occur::Must, Box::new(AllQuery)),
            (Occur::MustNot, translate(t, x, now_ms)),
        ])),
        Expr::Is { state, .. } => t.is(state),
        Expr::Has { key, .. } => t.has(key),
        Expr::Field { key, cond, .. } => match (t.target(key), cond) {
            (Some(Target::Message), Cond::Match(p)) => t.message(p),
            (Some(Target::Message), Cond::AnyOf(ps)) => {
                any(ps.iter().map(|p| t.message(p)).collect())
            }
            (Some(target), _) => field(target, cond, now_ms),
            (None, _) => Box::new(EmptyQuery),
        },
        Expr::Text { words, phrase, .. } => text(t, words, *phrase),
    }
}

/// A conjunction; negated parts become exclusions of it rather than nested "all but" queries.
fn and(
    t: &dyn Targets,
    parts: &[Expr],
    now_ms: i64,
    mut clauses: Vec<(Occur, Box<dyn Query>)>,
) -> Box<dyn Query> {
    for p in parts {
        match p {
            Expr::All => {}
            Expr::Not(x) => clauses.push((Occur::MustNot, translate(t, x, now_ms))),
            p => clauses.push((Occur::Must, translate(t, p, now_ms))),
        }
    }
    if !clauses.iter().any(|(o, _)| *o == Occur::Must) {
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    // Alone, a clause keeps its own weight (a term query counts from its document frequency).
    if clauses.len() == 1 {
        return clauses.remove(0).1;
    }
    Box::new(BooleanQuery::new(clauses))
}

fn any(mut qs: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    match qs.len() {
        0 => Box::new(EmptyQuery),
        1 => qs.remove(0),
        _ => Box::new(BooleanQuery::new(
            qs.into_iter().map(|q| (Occur::Should, q)).collect(),
        )),
    }
}

fn term_text(f: Field, s: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(f, s),
        IndexRecordOption::Basic,
    ))
}

/// One text pattern, exact or with `*`, case-insensitive on the whole value.
fn matcher(f: Field, pattern: &str) -> Box<dyn Query> {
    let p = pattern.to_lowercase();
    if p.contains('*') {
        Box::new(GlobQuery::new(f, &p))
    } else {
        term_text(f, &p)
    }
}

fn field(target: Target, cond: &Cond, now_ms: i64) -> Box<dyn Query> {
    match (target, cond) {
        (Target::Text(f), Cond::Match(p)) => matcher(f, p),
        (Target::Text(f), Cond::AnyOf(ps)) => any(ps.iter().map(|p| matcher(f, p)).collect()),
        (Target::Number(f), Cond::Cmp(op, Operand::Number(b))) => match u64_range(*op, *b) {
            Some((lo, hi)) => plain_seek(RangeQuery::new(
                Bound::Included(Term::from_field_u64(f, lo)),
                Bound::Included(Term::from_field_u64(f, hi)),
            )),
            None => Box::new(EmptyQuery),
        },
        (Target::Time(f), Cond::Cmp(op, operand)) => match time_operand(operand, now_ms) {
            Some(t) => compare(*op, Term::from_field_i64(f, t), false),
            None => Box::new(EmptyQuery),
        },
        (Target::Version(f), Cond::Cmp(op, Operand::Version(parts))) => {
            compare(*op, Term::from_field_bytes(f, &version_key(parts)), true)
        }
        // The parser types operands by the field, so nothing else arrives; the evaluator
        // matches nothing for it either.
        _ => Box::new(EmptyQuery),
    }
}

fn time_operand(o: &Operand, now_ms: i64) -> Option<i64> {
    match o {
        Operand::Time(t) => Some(*t),
        Operand::RelativeTime(d) => Some(now_ms.saturating_add(*d)),
        _ => None,
    }
}

/// `term_for_eq`: equality as a term query (the field has terms) rather than a one-value range
/// (a fast column without terms).
fn compare(op: CmpOp, v: Term, term_for_eq: bool) -> Box<dyn Query> {
    use Bound::{Excluded, Included, Unbounded};
    let (lo, hi) = match op {
        CmpOp::Eq if term_for_eq => {
            return Box::new(TermQuery::new(v, IndexRecordOption::Basic));
        }
        CmpOp::Eq => (Included(v.clone()), Included(v)),
        CmpOp::Lt => (Unbounded, Excluded(v)),
        CmpOp::Le => (Unbounded, Included(v)),
        CmpOp::Gt => (Excluded(v), Unbounded),
        CmpOp::Ge => (Included(v), Unbounded),
    };
    plain_seek(RangeQuery::new(lo, hi))
}

fn text(t: &dyn Targets, words: &[String], phrase: bool) -> Box<dyn Query> {
    let term = |f: Field, s: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(f, s),
            IndexRecordOption::Basic,
        ))
    };
    let mut qs: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if phrase && words.len() > 1 {
        // Consecutive pairs are terms of the pair field: two words are one term query; beyond
        // (or for pairs with a number, which are not indexed), the pairs narrow the documents
        // whose word positions the phrase query checks.
        let mut exact = words.len() == 2;
        for w in words.windows(2) {
            if pairable(&w[0]) && pairable(&w[1]) {
                qs.push((Occur::Must, term(t.pairs(), &pair(&w[0], &w[1]))));
            } else {
                exact = false;
            }
        }
        if !exact {
            let terms = words
                .iter()
                .map(|w| Term::from_field_text(t.words(), w))
                .collect();
            qs.push((Occur::Must, plain_seek(PhraseQuery::new(terms))));
        }
    } else {
        for w in words {
            qs.push((Occur::Must, term(t.words(), w)));
        }
    }
    match qs.len() {
        0 => Box::new(AllQuery),
        1 => qs.remove(0).1,
        _ => Box::new(BooleanQuery::new(qs)),
    }
}

/// The least `x` whose `x as f64` satisfies `pred`, which must be false then true as `x` grows
/// (the conversion is monotonic); `None` when no `x` does.
fn first_u64(pred: impl Fn(f64) -> bool) -> Option<u64> {
    if !pred(u64::MAX as f64) {
        return None;
    }
    if pred(0.0) {
        return Some(0);
    }
    let (mut lo, mut hi) = (0u64, u64::MAX);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if pred(mid as f64) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(hi)
}

/// The u64 values `x` (inclusive bounds) for which `(x as f64) op b` holds, as the evaluator
/// compares numbers; `None` when there are none. Exact, rounding of large values included.
pub(crate) fn u64_range(op: CmpOp, b: f64) -> Option<(u64, u64)> {
    let ge = first_u64(|x| x >= b);
    let gt = first_u64(|x| x > b);
    let below = |first: Option<u64>| match first {
        None => Some((0, u64::MAX)),
        Some(0) => None,
        Some(f) => Some((0, f - 1)),
    };
    match op {
        CmpOp::Ge => ge.map(|a| (a, u64::MAX)),
        CmpOp::Gt => gt.map(|a| (a, u64::MAX)),
        CmpOp::Lt => below(ge),
        CmpOp::Le => below(gt),
        CmpOp::Eq => {
            let lo = ge?;
            let (_, hi) = below(gt)?;
            (lo <= hi).then_some((lo, hi))
        }
    }
}

/// A query whose scorer is only ever sought the plain way. Inside intersections and exclusions,
/// tantivy 0.27 may call `seek_danger` on a phrase or fast-field range scorer with a target below
/// where it was left (allowed after a miss), which their debug assertions and u32 arithmetic
/// reject: release builds answer correctly, debug builds (every test) panic. The default
/// `seek_danger` only seeks forward.
#[derive(Debug)]
struct PlainSeekQuery(Box<dyn Query>);

impl Clone for PlainSeekQuery {
    fn clone(&self) -> Self {
        PlainSeekQuery(self.0.box_clone())
    }
}

pub(crate) fn plain_seek(q: impl Query) -> Box<dyn Query> {
    Box::new(PlainSeekQuery(Box::new(q)))
}

struct PlainSeekWeight(Box<dyn Weight>);

struct PlainSeek(Box<dyn Scorer>);

impl Query for PlainSeekQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(PlainSeekWeight(self.0.weight(scoring)?)))
    }
}

impl Weight for PlainSeekWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(PlainSeek(self.0.scorer(reader, boost)?)))
    }
    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        self.0.count(reader)
    }
    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

impl DocSet for PlainSeek {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }
    fn seek(&mut self, target: DocId) -> DocId {
        self.0.seek(target)
    }
    fn doc(&self) -> DocId {
        self.0.doc()
    }
    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }
    fn cost(&self) -> u64 {
        self.0.cost()
    }
}

impl Scorer for PlainSeek {
    fn score(&mut self) -> Score {
        self.0.score()
    }
}

/// Times (inclusive) a log line must lie within to match `e`, wider than needed where unsure;
/// `None` when no time can match.
pub(crate) fn log_time_bounds(e: &Expr, now_ms: i64) -> Option<(i64, i64)> {
    const ALL: (i64, i64) = (i64::MIN, i64::MAX);
    match e {
        Expr::And(v) => v.iter().try_fold(ALL, |(lo, hi), e| {
            let (a, b) = log_time_bounds(e, now_ms)?;
            let (lo, hi) = (lo.max(a), hi.min(b));
            (lo <= hi).then_some((lo, hi))
        }),
        Expr::Or(v) => v
            .iter()
            .filter_map(|e| log_time_bounds(e, now_ms))
            .reduce(|(a, b), (c, d)| (a.min(c), b.max(d))),
        Expr::Field {
            key,
            cond: Cond::Cmp(op, operand),
            ..
        } if log_key(key) == Some(LogKey::Time) => {
            // Not a time: matches nothing, as in the evaluator.
            let t = time_operand(operand, now_ms)?;
            Some(match op {
                CmpOp::Eq => (t, t),
                CmpOp::Lt => (i64::MIN, t.checked_sub(1)?),
                CmpOp::Le => (i64::MIN, t),
                CmpOp::Gt => (t.checked_add(1)?, i64::MAX),
                CmpOp::Ge => (t, i64::MAX),
            })
        }
        _ => Some(ALL),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LogSchema;
    use faultline_query::parse;

    fn bounds(q: &str) -> Option<(i64, i64)> {
        let e = parse(q, &LogSchema).expect("query");
        log_time_bounds(&e, 1_000_000)
    }

    #[test]
    fn time_bounds_of_the_top_level_and() {
        const MIN: i64 = i64::MIN;
        const MAX: i64 = i64::MAX;
        assert_eq!(bounds("boot"), Some((MIN, MAX)));
        assert_eq!(bounds("time:>=100 time:<200 boot"), Some((100, 199)));
        assert_eq!(bounds("time:>=100 time:<100"), None);
        assert_eq!(bounds("time:>-1s"), Some((999_001, MAX)));
        assert_eq!(bounds("time:5 OR time:9"), Some((5, 9)));
        assert_eq!(bounds("time:5 OR boot"), Some((MIN, MAX)));
        // A negation can match any time.
        assert_eq!(bounds("!time:5"), Some((MIN, MAX)));
        assert_eq!(bounds("(time:<10 OR time:>20) time:<15"), Some((MIN, 14)));
    }

    #[test]
    fn u64_ranges_equal_the_f64_comparison() {
        let big = (1u64 << 53) as f64;
        let bounds = [
            0.0,
            -0.0,
            -1.0,
            0.5,
            1.0,
            41.9,
            42.0,
            big,
            big + 2.0,
            u64::MAX as f64,
            1e30,
            -1e30,
        ];
        let xs: Vec<u64> = [0u64, 1, 41, 42, 43, 1 << 53]
            .into_iter()
            .chain((0..6).map(|d| (1u64 << 53) + d))
            .chain((0..4).map(|d| u64::MAX - d))
            .chain((0..4).map(|d| u64::MAX - 1024 - d))
            .collect();
        for b in bounds {
            for op in [CmpOp::Eq, CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge] {
                let r = u64_range(op, b);
                for &x in &xs {
                    let a = x as f64;
                    let want = match op {
                        CmpOp::Eq => a == b,
                        CmpOp::Lt => a < b,
                        CmpOp::Le => a <= b,
                        CmpOp::Gt => a > b,
                        CmpOp::Ge => a >= b,
                    };
                    let got = r.is_some_and(|(lo, hi)| lo <= x && x <= hi);
                    assert_eq!(got, want, "{x} {op:?} {b}");
                }
            }
        }
    }
}
