//! Parser cases, error positions, and the reference evaluator against a brute-force check over
//! generated records and generated queries.

use faultline_query::{CmpOp, Cond, Expr, FieldType, Operand, Record, Schema, Value, eval, parse};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

struct Issues;

impl Schema for Issues {
    fn field(&self, key: &str) -> Option<FieldType> {
        Some(match key {
            "function" | "kind" | "device" | "message" | "level" => FieldType::Text,
            "count" | "devices" => FieldType::Number,
            "last_seen" | "first_seen" => FieldType::Time,
            "release" => FieldType::Version,
            _ => return None,
        })
    }
    fn is_state(&self, state: &str) -> bool {
        ["unresolved", "resolved", "ignored"].contains(&state)
    }
}

fn p(q: &str) -> Expr {
    parse(q, &Issues).unwrap_or_else(|e| panic!("{q}: {e}"))
}

fn err(q: &str) -> (usize, String) {
    let e = parse(q, &Issues).expect_err(q);
    (e.pos, e.message)
}

fn field(key: &str, cond: Cond, pos: usize) -> Expr {
    Expr::Field {
        key: key.into(),
        cond,
        pos,
    }
}

#[test]
fn precedence_negation_lists_and_comparisons() {
    assert_eq!(p(""), Expr::All);
    assert_eq!(p("   "), Expr::All);
    // OR binds looser than AND (juxtaposition).
    assert_eq!(
        p("kind:bus_fault function:crash_* OR is:ignored"),
        Expr::Or(vec![
            Expr::And(vec![
                field("kind", Cond::Match("bus_fault".into()), 0),
                field("function", Cond::Match("crash_*".into()), 15),
            ]),
            Expr::Is {
                state: "ignored".into(),
                pos: 35
            },
        ])
    );
    assert_eq!(
        p("!kind:assert AND (release:>=1.2.0 OR level:[warn, error])"),
        Expr::And(vec![
            Expr::Not(Box::new(field("kind", Cond::Match("assert".into()), 1))),
            Expr::Or(vec![
                field(
                    "release",
                    Cond::Cmp(CmpOp::Ge, Operand::Version(vec![1, 2, 0])),
                    18
                ),
                field(
                    "level",
                    Cond::AnyOf(vec!["warn".into(), "error".into()]),
                    37
                ),
            ]),
        ])
    );
    assert_eq!(
        p("last_seen:-24h count:>10"),
        Expr::And(vec![
            field(
                "last_seen",
                Cond::Cmp(CmpOp::Eq, Operand::RelativeTime(-86_400_000)),
                0
            ),
            field("count", Cond::Cmp(CmpOp::Gt, Operand::Number(10.0)), 15),
        ])
    );
    assert_eq!(
        p("first_seen:>=2026-11-27"),
        field(
            "first_seen",
            Cond::Cmp(CmpOp::Ge, Operand::Time(20_784 * 86_400_000)),
            0
        )
    );
    assert_eq!(
        p("NOT has:release \"flash write\" timeout"),
        Expr::And(vec![
            Expr::Not(Box::new(Expr::Has {
                key: "release".into(),
                pos: 4
            })),
            Expr::Text {
                words: vec!["flash".into(), "write".into()],
                phrase: true,
                pos: 16
            },
            Expr::Text {
                words: vec!["timeout".into()],
                phrase: false,
                pos: 30
            },
        ])
    );
    assert_eq!(
        p("message:\"pump \\\"B\\\" stalled\""),
        field("message", Cond::Match("pump \"B\" stalled".into()), 0)
    );
}

#[test]
fn errors_point_at_the_problem() {
    for (q, pos, msg) in [
        ("kind:bus_fault (release:>1.0", 15, "never closed"),
        ("kind:x )", 7, "without a matching"),
        ("colour:red", 0, "unknown field `colour`"),
        ("is:sleeping", 3, "unknown state `sleeping`"),
        ("count:>many", 7, "`many` is not a number"),
        ("function:>main", 9, "is text"),
        ("release:<latest", 9, "not a version"),
        ("last_seen:>yesterday", 11, "not a time"),
        ("kind:x OR", 7, "`OR` needs a term"),
        ("AND kind:x", 0, "`AND` needs a term on both sides"),
        ("kind:x (OR kind:y)", 8, "`OR` needs a term on both sides"),
        ("message:\"open", 8, "never closed"),
        ("level:[warn, error", 6, "never closed"),
        ("count:[1,2]", 6, "lists work on text"),
        ("()", 0, "empty parentheses"),
        ("kind:", 5, "expected a value"),
        ("! kind:x", 0, "must be followed"),
    ] {
        let (got_pos, got) = err(q);
        assert!(got.contains(msg), "{q}: {got}");
        assert_eq!(got_pos, pos, "{q}: {got}");
    }
    let deep = format!("{}kind:x{}", "(".repeat(40), ")".repeat(40));
    assert!(err(&deep).1.contains("nested"));
}

#[derive(Debug)]
struct Issue {
    function: String,
    kind: String,
    level: String,
    count: f64,
    last_seen: i64,
    release: Option<String>,
    state: &'static str,
    text: String,
}

impl Record for Issue {
    fn values(&self, key: &str) -> Vec<Value> {
        match key {
            "function" => vec![Value::Text(self.function.clone())],
            "kind" => vec![Value::Text(self.kind.clone())],
            "level" => vec![Value::Text(self.level.clone())],
            "count" => vec![Value::Number(self.count)],
            "last_seen" => vec![Value::Time(self.last_seen)],
            "release" => self.release.iter().cloned().map(Value::Version).collect(),
            _ => Vec::new(),
        }
    }
    fn text(&self) -> String {
        self.text.clone()
    }
    fn is(&self, state: &str) -> bool {
        self.state == state
    }
}

const NOW: i64 = 1_800_000_000_000;
const FUNCS: [&str; 4] = ["crash_bad_store", "crash_div0", "main", "uart_isr"];
const KINDS: [&str; 3] = ["bus_fault", "usage_fault", "assert"];
const LEVELS: [&str; 3] = ["warn", "error", "info"];
const RELEASES: [&str; 4] = ["1.2.0", "1.10.0", "1.9.3", "2.0"];
const WORDS: [&str; 5] = ["flash", "write", "timeout", "pump", "stalled"];

fn issue(rng: &mut StdRng) -> Issue {
    let n = rng.random_range(1..5);
    let text: Vec<&str> = (0..n).map(|_| WORDS[rng.random_range(0..5)]).collect();
    Issue {
        function: FUNCS[rng.random_range(0..4)].into(),
        kind: KINDS[rng.random_range(0..3)].into(),
        level: LEVELS[rng.random_range(0..3)].into(),
        count: rng.random_range(0..50) as f64,
        last_seen: NOW - rng.random_range(0..10 * 86_400_000),
        release: rng
            .random_bool(0.8)
            .then(|| RELEASES[rng.random_range(0..4)].into()),
        state: ["unresolved", "resolved", "ignored"][rng.random_range(0..3)],
        text: text.join(" "),
    }
}

type Pred = Box<dyn Fn(&Issue) -> bool>;

/// A random query and, alongside, the same predicate written as a Rust closure.
fn query(rng: &mut StdRng, depth: u32) -> (String, Pred) {
    if depth > 0 && rng.random_bool(0.4) {
        let (a, fa) = query(rng, depth - 1);
        let (b, fb) = query(rng, depth - 1);
        return match rng.random_range(0..3) {
            0 => (format!("({a} OR {b})"), Box::new(move |i| fa(i) || fb(i))),
            1 => (format!("({a} AND {b})"), Box::new(move |i| fa(i) && fb(i))),
            _ => (format!("!({a})"), Box::new(move |i| !fa(i))),
        };
    }
    match rng.random_range(0..8) {
        0 => {
            let f = FUNCS[rng.random_range(0..4)].to_string();
            let prefix = f[..3].to_string();
            if rng.random_bool(0.5) {
                (
                    format!("function:{prefix}*"),
                    Box::new(move |i| i.function.starts_with(&prefix)),
                )
            } else {
                (format!("function:{f}"), Box::new(move |i| i.function == f))
            }
        }
        1 => {
            let k = KINDS[rng.random_range(0..3)];
            (format!("!kind:{k}"), Box::new(move |i| i.kind != k))
        }
        2 => {
            let (a, b) = (
                LEVELS[rng.random_range(0..3)],
                LEVELS[rng.random_range(0..3)],
            );
            (
                format!("level:[{a},{b}]"),
                Box::new(move |i| i.level == a || i.level == b),
            )
        }
        3 => {
            let n = rng.random_range(0..50);
            (
                format!("count:>={n}"),
                Box::new(move |i| i.count >= n as f64),
            )
        }
        4 => {
            let h: i64 = rng.random_range(1..240);
            (
                format!("last_seen:>-{h}h"),
                Box::new(move |i| i.last_seen > NOW - h * 3_600_000),
            )
        }
        5 => {
            let r = RELEASES[rng.random_range(0..4)];
            let key = |v: &str| -> Vec<u64> {
                let mut p: Vec<u64> = v.split('.').map(|x| x.parse().unwrap_or(0)).collect();
                p.resize(3, 0);
                p
            };
            let want = key(r);
            (
                format!("release:<{r}"),
                Box::new(move |i| i.release.as_deref().is_some_and(|v| key(v) < want)),
            )
        }
        6 => {
            let s = ["unresolved", "resolved", "ignored"][rng.random_range(0..3)];
            (format!("is:{s}"), Box::new(move |i| i.state == s))
        }
        _ => {
            let w = WORDS[rng.random_range(0..5)];
            if rng.random_bool(0.5) {
                (
                    w.to_string(),
                    Box::new(move |i| i.text.split(' ').any(|t| t == w)),
                )
            } else {
                let w2 = WORDS[rng.random_range(0..5)];
                (
                    format!("\"{w} {w2}\""),
                    Box::new(move |i| {
                        let t: Vec<&str> = i.text.split(' ').collect();
                        t.windows(2).any(|p| p == [w, w2])
                    }),
                )
            }
        }
    }
}

#[test]
fn evaluation_equals_a_brute_force_filter() {
    let mut rng = StdRng::seed_from_u64(7);
    let issues: Vec<Issue> = (0..300).map(|_| issue(&mut rng)).collect();
    let mut selective = 0;
    for _ in 0..400 {
        let (q, f) = query(&mut rng, 3);
        let e = p(&q);
        let got: Vec<usize> = (0..issues.len())
            .filter(|&i| eval(&e, &issues[i], NOW))
            .collect();
        let want: Vec<usize> = (0..issues.len()).filter(|&i| f(&issues[i])).collect();
        assert_eq!(got, want, "{q}");
        selective += usize::from(!want.is_empty() && want.len() < issues.len());
    }
    assert!(
        selective > 150,
        "the queries select too little to mean anything: {selective}"
    );
}
