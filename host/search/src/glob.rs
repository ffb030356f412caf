//! `key:pat*tern` as an automaton over the term dictionary, with the evaluator's glob meaning:
//! the first part a prefix, each middle part at its leftmost place after the one before, the
//! last part a suffix of what remains. Matching on bytes gives the same answer as on characters
//! because the parts are whole UTF-8 strings, which can only match at character boundaries.
//! (A regex would do too, but would need escaping and a DFA that grows with the pattern.)

use std::sync::Arc;

use tantivy::query::{AutomatonWeight, EnableScoring, Query, Weight};
use tantivy::schema::Field;
use tantivy_fst::Automaton;

#[derive(Debug)]
pub(crate) struct Glob {
    /// The pattern split at `*`: at least two parts (without a `*` a term query is used).
    parts: Vec<Vec<u8>>,
    /// KMP failure function of each part: `fail[k][j]` is the length of the longest proper
    /// prefix of `parts[k][..=j]` that is also its suffix.
    fail: Vec<Vec<usize>>,
}

/// Where the match is: in part `.0`, `.1` bytes of it matched; `None` once it cannot match.
pub(crate) type GlobState = Option<(usize, usize)>;

impl Glob {
    /// `pattern` already lowercased, with at least one `*`.
    pub fn new(pattern: &str) -> Glob {
        let parts: Vec<Vec<u8>> = pattern.split('*').map(|p| p.as_bytes().to_vec()).collect();
        let fail = parts.iter().map(|p| failure(p)).collect();
        Glob { parts, fail }
    }

    /// Whether `s` (already lowercased) matches.
    pub fn matches(&self, s: &str) -> bool {
        let mut state = self.start();
        for b in s.bytes() {
            state = self.accept(&state, b);
            if state.is_none() {
                return false;
            }
        }
        self.is_match(&state)
    }

    fn last(&self) -> usize {
        self.parts.len() - 1
    }

    /// Moves past parts that are complete (the prefix, or a middle part found).
    fn settle(&self, mut k: usize, mut j: usize) -> (usize, usize) {
        while k < self.last() && j == self.parts[k].len() {
            k += 1;
            j = 0;
        }
        (k, j)
    }
}

fn failure(p: &[u8]) -> Vec<usize> {
    let mut f = vec![0; p.len()];
    let mut k = 0;
    for i in 1..p.len() {
        while k > 0 && p[i] != p[k] {
            k = f[k - 1];
        }
        if p[i] == p[k] {
            k += 1;
        }
        f[i] = k;
    }
    f
}

impl Automaton for Glob {
    type State = GlobState;

    fn start(&self) -> GlobState {
        Some(self.settle(0, 0))
    }

    fn is_match(&self, state: &GlobState) -> bool {
        matches!(state, Some((k, j)) if *k == self.last() && *j == self.parts[*k].len())
    }

    fn can_match(&self, state: &GlobState) -> bool {
        state.is_some()
    }

    fn accept(&self, state: &GlobState, byte: u8) -> GlobState {
        let (k, mut j) = (*state)?;
        let p = &self.parts[k];
        if k == 0 {
            // The prefix: exact, byte by byte.
            return (p.get(j) == Some(&byte)).then(|| self.settle(0, j + 1));
        }
        // A middle or the last part: the leftmost place it occurs (KMP), so a failed attempt
        // resumes at the longest partial match instead of going back.
        if p.is_empty() {
            return Some((k, 0));
        }
        if j == p.len() {
            j = self.fail[k][j - 1];
        }
        while j > 0 && p[j] != byte {
            j = self.fail[k][j - 1];
        }
        if p[j] == byte {
            j += 1;
        }
        Some(self.settle(k, j))
    }
}

/// Terms of `field` matching a glob.
#[derive(Debug, Clone)]
pub(crate) struct GlobQuery {
    field: Field,
    glob: Arc<Glob>,
}

impl GlobQuery {
    pub fn new(field: Field, lowercased_pattern: &str) -> GlobQuery {
        GlobQuery {
            field,
            glob: Arc::new(Glob::new(lowercased_pattern)),
        }
    }
}

impl Query for GlobQuery {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AutomatonWeight::<Glob>::new(
            self.field,
            self.glob.clone(),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use faultline_query::{Cond, Expr, Record, Value, eval};
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};

    fn run(g: &Glob, s: &str) -> bool {
        g.matches(s)
    }

    struct One(String);
    impl Record for One {
        fn values(&self, _: &str) -> Vec<Value> {
            vec![Value::Text(self.0.clone())]
        }
        fn text(&self) -> String {
            String::new()
        }
        fn is(&self, _: &str) -> bool {
            false
        }
    }

    /// The evaluator's own glob, through a one-field record.
    fn reference(pattern: &str, s: &str) -> bool {
        let e = Expr::Field {
            key: "k".into(),
            cond: Cond::Match(pattern.into()),
            pos: 0,
        };
        eval(&e, &One(s.into()), 0)
    }

    #[test]
    fn examples() {
        for (p, s, want) in [
            ("sn-00*", "sn-0042", true),
            ("*fault", "bus_fault", true),
            ("a*b*c", "axxbyyc", true),
            ("a*b*c", "axxbyy", false),
            ("a*a", "a", false),
            ("a*a", "aa", true),
            ("*", "", true),
            ("**", "x", true),
            ("*aab*", "aaab", true),
            ("*abab", "ababab", true),
            ("é*ü", "éxü", true),
            ("ab", "ab", true),
            ("ab", "abc", false),
        ] {
            assert_eq!(run(&Glob::new(p), s), want, "{p} {s}");
        }
    }

    #[test]
    fn equals_the_evaluators_glob_on_random_strings() {
        let mut rng = StdRng::seed_from_u64(3);
        let alphabet = ['a', 'b', 'é', '*'];
        let mut matched = 0;
        for _ in 0..20_000 {
            let p: String = (0..rng.random_range(1..7))
                .map(|_| alphabet[rng.random_range(0..4)])
                .collect();
            if !p.contains('*') {
                continue;
            }
            let s: String = (0..rng.random_range(0..8))
                .map(|_| alphabet[rng.random_range(0..3)])
                .collect();
            let want = reference(&p, &s);
            matched += usize::from(want);
            assert_eq!(run(&Glob::new(&p), &s), want, "{p} on {s}");
        }
        assert!(matched > 1000, "{matched}");
    }
}
