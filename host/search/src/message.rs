//! `message:value` on logs without a term per whole message: the words a match must contain
//! narrow the lines, and the stored message of each remaining line is checked against the
//! evaluator's glob.
//!
//! Why the words are a sound narrowing: every character that is not alphanumeric lowercases to
//! itself, and every alphanumeric one to alphanumerics except `İ` (to `i` + U+0307), so the
//! lowercased message splits into the same words as the message, lowercased (a test checks this
//! over all of Unicode). A run of letters and digits of the lowercased pattern that a
//! non-alphanumeric character (or the start or end of the message) bounds must then be a whole
//! word, a word's start or end; an unbounded run lies inside a word. The two exceptions fall back
//! to checking every message: U+0307 in the pattern, and σ/ς, whose lowercase depends on the
//! letters around (final sigma) and can differ between the message and its words.

use std::sync::Arc;

use tantivy::query::{
    BooleanQuery, EnableScoring, Explanation, Occur, Query, RangeQuery, Scorer, TermQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption, Value as _};
use tantivy::store::StoreReader;
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, TantivyDocument, Term};

use crate::fields::{LogFields, LogKey, message_hash};
use crate::glob::{Glob, GlobQuery};
use crate::translate::{log_presence, plain_seek};

/// Lines whose whole message matches `pattern` (exact, or `*` as any run), case-insensitively.
pub(crate) fn message_match(f: &LogFields, pattern: &str) -> Box<dyn Query> {
    let p = pattern.to_lowercase();
    let has_message = || log_presence(f, LogKey::Message);
    if !p.contains('*') {
        let h = Term::from_field_u64(f.message_hash, message_hash(&p));
        let candidates = plain_seek(RangeQuery::new(
            std::ops::Bound::Included(h.clone()),
            std::ops::Bound::Included(h),
        ));
        return verified(candidates, f.message, Matcher::Exact(p));
    }
    if p.chars().all(|c| c == '*') {
        return has_message();
    }
    let Some(mut words) = conditions(&p, f.text) else {
        return verified(has_message(), f.message, Matcher::Glob(Glob::new(&p)));
    };
    // `*run*` alone is exactly "a word contains run": nothing to verify.
    let inner = p.trim_matches('*');
    let one_run = !inner.is_empty() && inner.chars().all(char::is_alphanumeric);
    if p.starts_with('*') && p.ends_with('*') && one_run && words.len() == 1 {
        return words.remove(0);
    }
    let candidates: Box<dyn Query> = if words.is_empty() {
        has_message()
    } else {
        Box::new(BooleanQuery::new(
            words.into_iter().map(|q| (Occur::Must, q)).collect(),
        ))
    };
    verified(candidates, f.message, Matcher::Glob(Glob::new(&p)))
}

/// What every message matching the lowercased `pattern` contains among its words, one query per
/// run of letters and digits; `None` where the words cannot tell (see the module doc).
fn conditions(pattern: &str, words: Field) -> Option<Vec<Box<dyn Query>>> {
    if pattern.contains(['σ', 'ς', '\u{307}']) {
        return None;
    }
    let parts: Vec<&str> = pattern.split('*').collect();
    let last = parts.len() - 1;
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let mut start = None;
        let ends = part
            .char_indices()
            .chain(std::iter::once((part.len(), '*')));
        for (j, c) in ends {
            if j < part.len() && c.is_alphanumeric() {
                start.get_or_insert(j);
                continue;
            }
            let Some(s) = start.take() else {
                continue;
            };
            let run = &part[s..j];
            // Bounded: by a separator in the pattern, or by the message's start or end.
            let left = s > 0 || i == 0;
            let right = j < part.len() || i == last;
            out.push(match (left, right) {
                (true, true) => Box::new(TermQuery::new(
                    Term::from_field_text(words, run),
                    IndexRecordOption::Basic,
                )),
                (true, false) => Box::new(GlobQuery::new(words, &format!("{run}*"))),
                (false, true) => Box::new(GlobQuery::new(words, &format!("*{run}"))),
                (false, false) => Box::new(GlobQuery::new(words, &format!("*{run}*"))),
            });
        }
    }
    Some(out)
}

#[derive(Debug)]
enum Matcher {
    Exact(String),
    Glob(Glob),
}

impl Matcher {
    fn matches(&self, message: &str) -> bool {
        let lower = message.to_lowercase();
        match self {
            Matcher::Exact(p) => lower == *p,
            Matcher::Glob(g) => g.matches(&lower),
        }
    }
}

fn verified(candidates: Box<dyn Query>, message: Field, matcher: Matcher) -> Box<dyn Query> {
    Box::new(Verified {
        candidates,
        message,
        matcher: Arc::new(matcher),
    })
}

/// The candidates whose stored message the matcher accepts.
#[derive(Debug)]
struct Verified {
    candidates: Box<dyn Query>,
    message: Field,
    matcher: Arc<Matcher>,
}

impl Clone for Verified {
    fn clone(&self) -> Self {
        Verified {
            candidates: self.candidates.box_clone(),
            message: self.message,
            matcher: self.matcher.clone(),
        }
    }
}

struct VerifiedWeight {
    candidates: Box<dyn Weight>,
    message: Field,
    matcher: Arc<Matcher>,
}

impl Query for Verified {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(VerifiedWeight {
            candidates: self.candidates.weight(scoring)?,
            message: self.message,
            matcher: self.matcher.clone(),
        }))
    }
}

/// Decompressed store blocks kept per scorer: candidates come in document order, so the block
/// being read is the one needed next.
const STORE_BLOCKS: usize = 4;

impl Weight for VerifiedWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut s = VerifiedScorer {
            inner: self.candidates.scorer(reader, boost)?,
            store: reader.get_store_reader(STORE_BLOCKS)?,
            message: self.message,
            matcher: self.matcher.clone(),
        };
        s.settle();
        Ok(Box::new(s))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut s = self.scorer(reader, 1.0)?;
        if s.doc() < doc {
            s.seek(doc);
        }
        if s.doc() == doc {
            Ok(Explanation::new("message verified", 1.0))
        } else {
            Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )))
        }
    }
}

/// Only sought the plain way (see `PlainSeekQuery`): each `seek` lands on a verified document.
struct VerifiedScorer {
    inner: Box<dyn Scorer>,
    store: StoreReader,
    message: Field,
    matcher: Arc<Matcher>,
}

impl VerifiedScorer {
    fn accepts(&self, doc: DocId) -> bool {
        // A store read error counts as no match: the line is not shown rather than the search
        // failing.
        let Ok(d) = self.store.get::<TantivyDocument>(doc) else {
            return false;
        };
        d.get_first(self.message)
            .and_then(|v| v.as_str())
            .is_some_and(|m| self.matcher.matches(m))
    }

    /// Moves to the first candidate from here that verifies.
    fn settle(&mut self) -> DocId {
        let mut doc = self.inner.doc();
        while doc != TERMINATED && !self.accepts(doc) {
            doc = self.inner.advance();
        }
        doc
    }
}

impl DocSet for VerifiedScorer {
    fn advance(&mut self) -> DocId {
        self.inner.advance();
        self.settle()
    }
    fn seek(&mut self, target: DocId) -> DocId {
        self.inner.seek(target);
        self.settle()
    }
    fn doc(&self) -> DocId {
        self.inner.doc()
    }
    fn size_hint(&self) -> u32 {
        self.inner.size_hint()
    }
    fn cost(&self) -> u64 {
        // Reading and decompressing a stored document is what it costs.
        self.inner.cost().saturating_mul(20)
    }
}

impl Scorer for VerifiedScorer {
    fn score(&mut self) -> Score {
        1.0
    }
}

#[cfg(test)]
mod tests {
    /// What the module doc relies on, over every character.
    #[test]
    fn lowercasing_keeps_word_boundaries_but_for_dotted_i() {
        let mut exceptions = Vec::new();
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let lower: Vec<char> = c.to_lowercase().collect();
            if !c.is_alphanumeric() {
                assert_eq!(lower, vec![c], "{c:?} is no letter but lowercases");
            } else if lower.iter().any(|l| !l.is_alphanumeric()) {
                exceptions.push(c);
            }
        }
        assert_eq!(exceptions, vec!['\u{130}']);
    }
}
