//! The index against the reference evaluator over generated data and queries, and its
//! lifecycle: commits, the marker, retention, clearing, partition pruning.

use faultline_query::{Expr, Schema, eval, parse};
use faultline_search::{IssueDoc, IssueSchema, LogLine, LogSchema, SearchIndex, SearchOptions};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

const NOW: i64 = 1_800_000_000_000;
const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

const SERIALS: [&str; 8] = [
    "SN-001", "SN-002", "SN-003", "SN-010", "sn-011", "Dev-A", "dev-b", "",
];
const LEVELS: [&str; 5] = ["debug", "info", "warn", "error", "Warn"];
const WORDS: [&str; 8] = [
    "flash", "write", "timeout", "pump", "stalled", "Boot", "i2c", "ok",
];
const SEPARATORS: [&str; 4] = [" ", " ", ", ", "="];
const VERSIONS: [&str; 9] = [
    "1.9.0",
    "1.10.0",
    "2.0",
    "v2.0.1",
    "1.2",
    "1.10.0-rc1",
    "abc",
    "",
    "1.9",
];
const FUNCTIONS: [&str; 6] = [
    "main",
    "crash_div0",
    "crash_bad_store",
    "uart_isr",
    "flash_write",
    "",
];
const REASONS: [&str; 4] = ["bus_fault", "usage_fault", "assert", "watchdog"];
const STATES: [&str; 3] = ["unresolved", "resolved", "ignored"];

fn message(rng: &mut StdRng) -> String {
    let mut s = String::new();
    for i in 0..rng.random_range(0..6) {
        if i > 0 {
            s.push_str(SEPARATORS.choose(rng).expect("separator"));
        }
        if rng.random_bool(0.1) {
            s.push_str(&rng.random_range(0..100).to_string());
        } else {
            s.push_str(WORDS.choose(rng).expect("word"));
        }
    }
    s
}

/// Events of several lines; times on a 10-minute grid (so lines tie on time) over six days.
fn log_lines(rng: &mut StdRng, n: usize) -> Vec<LogLine> {
    let mut out = Vec::new();
    let mut event_id = 0;
    while out.len() < n {
        let serial = SERIALS.choose(rng).expect("serial").to_string();
        let version = VERSIONS.choose(rng).expect("version").to_string();
        let time = NOW - rng.random_range(0..6 * 144) * 600_000;
        // Another project's lines only in the older partitions: the newer ones hold one project,
        // which the index searches without the project filter.
        let project = if time < NOW - 3 * DAY && rng.random_bool(0.2) {
            2
        } else {
            1
        };
        let source = if rng.random_bool(0.1) { "crash" } else { "log" };
        for line in 0..rng.random_range(1..6) {
            out.push(LogLine {
                project,
                serial: serial.clone(),
                time_ms: time + if rng.random_bool(0.5) { 0 } else { 600_000 },
                level: LEVELS.choose(rng).expect("level").to_string(),
                message: message(rng),
                version: version.clone(),
                event_id,
                line,
                source: source.into(),
            });
        }
        event_id += 1;
    }
    out
}

fn some<T: Clone>(rng: &mut StdRng, from: &[T], max: usize) -> Vec<T> {
    (0..rng.random_range(0..=max))
        .map(|_| from.choose(rng).expect("item").clone())
        .collect()
}

fn issue(rng: &mut StdRng, id: u64) -> IssueDoc {
    let first = NOW - rng.random_range(0..20 * DAY);
    IssueDoc {
        project: if rng.random_bool(0.9) { 1 } else { 2 },
        id,
        title: message(rng),
        reason: REASONS.choose(rng).expect("reason").to_string(),
        culprit: rng
            .random_bool(0.7)
            .then(|| FUNCTIONS.choose(rng).expect("function").to_string()),
        functions: some(rng, &FUNCTIONS, 4)
            .into_iter()
            .map(String::from)
            .collect(),
        state: STATES.choose(rng).expect("state").to_string(),
        versions: some(rng, &VERSIONS, 3)
            .into_iter()
            .map(String::from)
            .collect(),
        resolved_in: rng
            .random_bool(0.3)
            .then(|| VERSIONS.choose(rng).expect("version").to_string()),
        occurrences: rng.random_range(1..100),
        devices: rng.random_range(1..20),
        first_seen_ms: first,
        last_seen_ms: first + rng.random_range(0..5 * DAY),
        serials: some(rng, &SERIALS, 3)
            .into_iter()
            .map(String::from)
            .collect(),
    }
}

/// A random atom of every syntax form for logs.
fn word(rng: &mut StdRng) -> String {
    WORDS.choose(rng).expect("word").to_lowercase()
}

fn log_atom(rng: &mut StdRng) -> String {
    let w = |rng: &mut StdRng| word(rng);
    match rng.random_range(0..26) {
        22 => {
            // A whole message as generated, in another case: exact matches happen.
            let m = message(rng).to_uppercase();
            format!("message:\"{}\"", if m.is_empty() { "ok".into() } else { m })
        }
        23 => format!(
            "message:\"{}\"",
            [
                "*, *", "* *=*", "*=*", "*k, *", "*a*e*", "* ok", "boot *", "*2c*", "**", "*o*o",
            ][rng.random_range(0..10)]
        ),
        24 => format!("message:[{}*, *{}]", w(rng), w(rng)),
        25 => format!("message:{}*{}", w(rng), w(rng)),
        0 => format!("device:{}", SERIALS[rng.random_range(0..7)]),
        1 => "serial:sn-00*".into(),
        2 => "device:[SN-001, *-b, \"SN-010\"]".into(),
        3 => format!(
            "level:{}",
            ["warn", "ERROR", "info", "de*"][rng.random_range(0..4)]
        ),
        4 => format!(
            "is:{}",
            ["debug", "info", "warn", "error", "crash"][rng.random_range(0..5)]
        ),
        5 => format!("message:*{}*", w(rng)),
        6 => format!("message:{}*", w(rng)),
        7 => format!("message:\"{} {}\"", w(rng), w(rng)),
        8 => format!(
            "release:{}{}",
            [">", ">=", "<", "<=", ""][rng.random_range(0..5)],
            ["1.10", "1.9.0", "2", "v2.0.1", "1.2.0"][rng.random_range(0..5)]
        ),
        9 => format!(
            "time:{}-{}h",
            [">", ">=", "<", "<="][rng.random_range(0..4)],
            rng.random_range(1..150)
        ),
        10 => format!(
            "time:{}{}",
            [">", "<=", ""][rng.random_range(0..3)],
            NOW - rng.random_range(0..6 * 144) * 600_000
        ),
        11 => format!(
            "event:{}{}",
            [">", "<=", "", ">="][rng.random_range(0..4)],
            rng.random_range(0..400)
        ),
        12 => format!(
            "has:{}",
            ["version", "message", "serial", "time", "event", "level"][rng.random_range(0..6)]
        ),
        13 => format!("source:{}", ["crash", "LOG", "*"][rng.random_range(0..3)]),
        14 | 15 => w(rng),
        16 | 17 => format!("\"{} {}\"", w(rng), w(rng)),
        18 => format!("\"{} {} {}\"", w(rng), w(rng), w(rng)),
        19 => format!("{}-{}", w(rng), w(rng)),
        20 => "time:<now event:-0".into(),
        _ => format!("version:{}", ["v1.9", "1.10.0-rc1"][rng.random_range(0..2)]),
    }
}

fn issue_atom(rng: &mut StdRng) -> String {
    let w = |rng: &mut StdRng| word(rng);
    let f = |rng: &mut StdRng| FUNCTIONS[rng.random_range(0..5)];
    match rng.random_range(0..20) {
        0 => format!("title:*{}*", w(rng)),
        1 => format!("kind:{}", REASONS[rng.random_range(0..4)]),
        2 => "reason:*_fault".into(),
        3 => format!("culprit:{}", f(rng)),
        4 => format!("function:{}", f(rng)),
        5 => "function:crash_*".into(),
        6 => format!("device:{}", SERIALS[rng.random_range(0..7)]),
        7 => format!("state:{}", STATES[rng.random_range(0..3)]),
        8 => format!("is:{}", STATES[rng.random_range(0..3)]),
        9 => format!(
            "release:{}{}",
            [">", ">=", "<", "<=", ""][rng.random_range(0..5)],
            ["1.10", "1.9.0", "2", "v2.0.1", "1.2.0"][rng.random_range(0..5)]
        ),
        10 => format!("resolved_in:<={}", ["1.10", "2.0"][rng.random_range(0..2)]),
        11 => format!(
            "{}:{}{}",
            ["occurrences", "count", "devices"][rng.random_range(0..3)],
            [">", ">=", "<", "<=", ""][rng.random_range(0..5)],
            rng.random_range(0..100)
        ),
        12 => format!(
            "{}:{}-{}d",
            ["first_seen", "last_seen"][rng.random_range(0..2)],
            [">", "<="][rng.random_range(0..2)],
            rng.random_range(1..20)
        ),
        13 => format!(
            "has:{}",
            [
                "culprit",
                "resolved_in",
                "release",
                "function",
                "device",
                "count"
            ][rng.random_range(0..6)]
        ),
        14 | 15 => w(rng),
        16 => format!("\"{} {}\"", w(rng), w(rng)),
        17 => f(rng).to_string(),
        18 => format!("\"{} {}\"", REASONS[rng.random_range(0..4)], f(rng)),
        _ => format!("kind:[{}, assert]", REASONS[rng.random_range(0..4)]),
    }
}

/// A random query: atoms joined by AND (explicit or juxtaposed), OR, NOT, `!`, parentheses.
fn query(rng: &mut StdRng, atom: fn(&mut StdRng) -> String, depth: u32) -> String {
    if depth == 0 || rng.random_bool(0.35) {
        return atom(rng);
    }
    let a = query(rng, atom, depth - 1);
    let b = query(rng, atom, depth - 1);
    match rng.random_range(0..6) {
        0 => format!("{a} {b}"),
        1 => format!("({a}) AND ({b})"),
        2 => format!("({a} OR {b})"),
        3 => format!("{a} OR {b}"),
        4 => format!("!({a}) {b}"),
        _ => format!("NOT ({a})"),
    }
}

fn key(l: &LogLine) -> (i64, &str, u64, u32) {
    (l.time_ms, l.serial.as_str(), l.event_id, l.line)
}

fn parsed(q: &str, schema: &dyn Schema) -> Expr {
    parse(q, schema).unwrap_or_else(|e| panic!("{q}: {e}"))
}

fn open(dir: &std::path::Path) -> SearchIndex {
    let opts = SearchOptions {
        writer_heap_bytes: 15_000_000,
        max_open_writers: 3,
        ..SearchOptions::default()
    };
    SearchIndex::open(dir, opts).expect("open")
}

#[test]
fn answers_equal_the_reference_evaluator() {
    // More of them for a longer hunt: FAULTLINE_SEARCH_TEST_SEED, FAULTLINE_SEARCH_TEST_QUERIES.
    let env = |k: &str, d: u64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let seed = env("FAULTLINE_SEARCH_TEST_SEED", 11);
    let queries = env("FAULTLINE_SEARCH_TEST_QUERIES", 300);
    let mut rng = StdRng::seed_from_u64(seed);
    let dir = tempfile::tempdir().expect("tempdir");
    let ix = open(dir.path());
    let lines = log_lines(&mut rng, 4000);
    let issues: Vec<IssueDoc> = (0..200).map(|id| issue(&mut rng, id)).collect();

    // Several commits, so partitions have several segments; issues written twice (replaced).
    for (i, chunk) in lines.chunks(700).enumerate() {
        ix.add_logs(chunk).expect("add");
        ix.commit(i as u64).expect("commit");
    }
    for i in &issues {
        let mut older = issue(&mut rng, i.id);
        older.project = i.project;
        ix.upsert_issue(&older).expect("upsert");
    }
    ix.commit(100).expect("commit");
    for i in &issues {
        ix.upsert_issue(i).expect("upsert");
    }
    ix.upsert_issue(&issue(&mut rng, 999)).expect("upsert");
    ix.delete_issue(1, 999).expect("delete");
    ix.delete_issue(2, 999).expect("delete");
    ix.commit(101).expect("commit");
    assert!(ix.stats().partitions >= 6, "{:?}", ix.stats());
    // Issues of project 1 alone, searched without the project filter.
    let dir1 = tempfile::tempdir().expect("tempdir");
    let only1 = open(dir1.path());
    for i in issues.iter().filter(|i| i.project == 1) {
        only1.upsert_issue(i).expect("upsert");
    }
    only1.commit(1).expect("commit");

    let mut sorted: Vec<&LogLine> = lines.iter().filter(|l| l.project == 1).collect();
    sorted.sort_by(|a, b| key(b).cmp(&key(a)));

    let (mut log_nonempty, mut log_queries) = (0, 0);
    for round in 0..queries {
        let q = query(&mut rng, log_atom, 3);
        let e = parsed(&q, &LogSchema);
        let want: Vec<LogLine> = sorted
            .iter()
            .filter(|l| eval(&e, **l, NOW))
            .map(|l| (*l).clone())
            .collect();
        let limit = if round % 3 == 0 {
            usize::MAX
        } else {
            rng.random_range(0..40)
        };
        let got = ix.search_logs(1, &e, NOW, limit).expect("search");
        assert_eq!(got.total, want.len(), "total of {q}");
        let n = want.len().min(limit);
        assert!(got.lines == want[..n], "lines of {q} (limit {limit})");
        if round % 5 == 0 {
            let mut want: Vec<&LogLine> = lines
                .iter()
                .filter(|l| l.project == 2 && eval(&e, *l, NOW))
                .collect();
            want.sort_by(|a, b| key(b).cmp(&key(a)));
            let got = ix.search_logs(2, &e, NOW, usize::MAX).expect("search");
            let got: Vec<&LogLine> = got.lines.iter().collect();
            assert!(got == want, "project 2: {q}");
        }
        log_queries += 1;
        log_nonempty += usize::from(!want.is_empty() && want.len() < sorted.len());
    }

    let (mut issue_nonempty, mut issue_queries) = (0, 0);
    for _ in 0..queries {
        let q = query(&mut rng, issue_atom, 3);
        let e = parsed(&q, &IssueSchema);
        let want = |project: u64| -> Vec<u64> {
            issues
                .iter()
                .filter(|i| i.project == project && eval(&e, *i, NOW))
                .map(|i| i.id)
                .collect()
        };
        let want = (want(1), want(2));
        let got = (
            ix.search_issues(1, &e, NOW).expect("search"),
            ix.search_issues(2, &e, NOW).expect("search"),
        );
        assert_eq!(got, want, "{q}");
        let alone = only1.search_issues(1, &e, NOW).expect("search");
        assert_eq!(alone, want.0, "{q} (one project)");
        let want = want.0;
        issue_queries += 1;
        issue_nonempty += usize::from(!want.is_empty());
    }
    println!(
        "selective log queries: {log_nonempty}/{log_queries}, non-empty issue queries: \
         {issue_nonempty}/{issue_queries}"
    );
    assert!(log_nonempty > log_queries / 3, "{log_nonempty}");
    assert!(issue_nonempty > issue_queries / 3, "{issue_nonempty}");
}

/// Every form once, so a failure names the form.
#[test]
fn each_form_agrees() {
    let mut rng = StdRng::seed_from_u64(5);
    let dir = tempfile::tempdir().expect("tempdir");
    let ix = open(dir.path());
    let lines = log_lines(&mut rng, 1500);
    ix.add_logs(&lines).expect("add");
    ix.commit(1).expect("commit");
    for q in [
        "device:SN-001",
        "device:sn-001",
        "serial:*-0*",
        "level:[warn, error]",
        "is:warn",
        "is:crash",
        "message:*flash*",
        "message:\"flash write\"",
        "message:flash",
        "message:*",
        "message:\"*, *\"",
        "message:*i2c=*",
        "message:write*ok",
        "release:>1.9.0",
        "release:<=1.9",
        "release:1.9.0",
        "release:2",
        "version:1.10.0-rc1",
        "time:>-24h",
        "time:<-5d",
        "event:<100",
        "event:-0",
        "has:version",
        "!has:serial",
        "has:message",
        "flash",
        "flash write",
        "\"flash write\"",
        "\"write write\"",
        "flash-write",
        "NOT is:info",
        "!device:SN-001 OR is:error",
        "(is:error OR is:warn) pump",
        "source:crash",
        "",
    ] {
        let e = parsed(q, &LogSchema);
        let want = lines
            .iter()
            .filter(|l| l.project == 1 && eval(&e, *l, NOW))
            .count();
        let got = ix.search_logs(1, &e, NOW, 0).expect("search").total;
        assert_eq!(got, want, "{q}");
    }
}

/// Messages whose lowercase differs from their words' (final sigma, dotted I), and patterns on
/// them: the narrowing by words must not drop a match.
#[test]
fn messages_of_any_script_agree() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ix = open(dir.path());
    let messages = [
        "ΟΔΟΣ ΚΛΕΙΣΤΗ",
        "A.Σ b",
        "AΣ.b",
        "xİy done",
        "İSTANBUL depot",
        "Straße frei",
        "pump B stalled: 12 mA",
        "PUMP b STALLED: 12 MA",
        "",
    ];
    let lines: Vec<LogLine> = messages
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut l = line("SN-1", NOW - i as i64, m);
            l.event_id = i as u64;
            l
        })
        .collect();
    ix.add_logs(&lines).expect("add");
    ix.commit(1).expect("commit");
    for q in [
        "message:\"οδος κλειστη\"",
        "message:*ς*",
        "message:*σ*",
        "message:\"a.ς b\"",
        "message:\"a.σ b\"",
        "message:a.*",
        "message:*ς.b",
        "message:\"xi\u{307}y done\"",
        "message:xi*",
        "message:*y done",
        "message:\"i\u{307}stanbul*\"",
        "message:istanbul*",
        "message:*strasse*",
        "message:*straße*",
        "message:\"pump b stalled: 12 ma\"",
        "message:pump*12*",
        "message:*stalled",
        "message:*",
        "!message:*",
        "has:message",
        "οδος",
        "\"a σ\"",
    ] {
        let e = parsed(q, &LogSchema);
        let want: Vec<u64> = lines
            .iter()
            .filter(|l| eval(&e, *l, NOW))
            .map(|l| l.event_id)
            .collect();
        let got: Vec<u64> = ix
            .search_logs(1, &e, NOW, 100)
            .expect("search")
            .lines
            .iter()
            .map(|l| l.event_id)
            .collect();
        assert_eq!(got, want, "{q}");
    }
}

fn line(serial: &str, time_ms: i64, message: &str) -> LogLine {
    LogLine {
        project: 1,
        serial: serial.into(),
        time_ms,
        level: "info".into(),
        message: message.into(),
        version: "1.0.0".into(),
        event_id: 1,
        line: 0,
        source: "log".into(),
    }
}

fn total(ix: &SearchIndex, q: &str) -> usize {
    ix.search_logs(1, &parsed(q, &LogSchema), NOW, 10)
        .expect("search")
        .total
}

fn issue_ids(ix: &SearchIndex, q: &str) -> Vec<u64> {
    ix.search_issues(1, &parsed(q, &IssueSchema), NOW)
        .expect("search")
}

#[test]
fn commit_makes_lines_visible_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ix = open(dir.path());
    ix.add_logs(&[line("SN-1", NOW, "pump stalled")])
        .expect("add");
    assert_eq!(total(&ix, "pump"), 0, "staged lines are not searchable");
    ix.commit(1).expect("commit");
    assert_eq!(total(&ix, "pump"), 1);
    assert_eq!(ix.stats().log_docs, 1);
}

#[test]
fn upsert_replaces_an_issue_and_delete_removes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ix = open(dir.path());
    let mut i = IssueDoc {
        project: 1,
        id: 7,
        title: "hard fault in pump".into(),
        reason: "bus_fault".into(),
        state: "unresolved".into(),
        ..IssueDoc::default()
    };
    ix.upsert_issue(&i).expect("upsert");
    ix.commit(1).expect("commit");
    assert_eq!(issue_ids(&ix, "is:unresolved"), vec![7]);
    i.state = "resolved".into();
    i.resolved_in = Some("1.4.0".into());
    ix.upsert_issue(&i).expect("upsert");
    ix.commit(2).expect("commit");
    assert_eq!(issue_ids(&ix, "is:unresolved"), Vec::<u64>::new());
    assert_eq!(issue_ids(&ix, "is:resolved resolved_in:>=1.4"), vec![7]);
    assert_eq!(ix.stats().issue_docs, 1);
    // Another project's issue of the same id is another issue.
    ix.upsert_issue(&IssueDoc {
        project: 2,
        ..i.clone()
    })
    .expect("upsert");
    ix.delete_issue(1, 7).expect("delete");
    ix.commit(3).expect("commit");
    assert_eq!(issue_ids(&ix, "pump"), Vec::<u64>::new());
    let e = parsed("pump", &IssueSchema);
    assert_eq!(ix.search_issues(2, &e, NOW).expect("search"), vec![7]);
}

#[test]
fn the_marker_survives_a_reopen_and_clear_resets_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let ix = open(dir.path());
        assert_eq!(ix.marker(), None);
        ix.add_logs(&[line("SN-1", NOW, "boot")]).expect("add");
        ix.commit(41).expect("commit");
        ix.commit(42).expect("commit");
        assert_eq!(ix.marker(), Some(42));
        ix.add_logs(&[line("SN-1", NOW, "staged")]).expect("add");
        ix.close().expect("close");
    }
    let ix = open(dir.path());
    assert_eq!(ix.marker(), Some(42));
    assert_eq!(total(&ix, "boot"), 1);
    assert_eq!(total(&ix, "staged"), 0, "closing does not commit");
    ix.upsert_issue(&IssueDoc {
        project: 1,
        id: 1,
        title: "boot loop".into(),
        ..IssueDoc::default()
    })
    .expect("upsert");
    ix.commit(43).expect("commit");
    ix.clear().expect("clear");
    assert_eq!(ix.marker(), None);
    assert_eq!(total(&ix, "boot"), 0);
    assert_eq!(issue_ids(&ix, "boot"), Vec::<u64>::new());
    let s = ix.stats();
    assert_eq!((s.partitions, s.log_docs, s.issue_docs), (0, 0, 0));
    drop(ix);
    let ix = open(dir.path());
    assert_eq!((ix.marker(), total(&ix, "boot")), (None, 0));
    // Usable after clearing.
    ix.add_logs(&[line("SN-1", NOW, "boot")]).expect("add");
    ix.commit(1).expect("commit");
    assert_eq!(total(&ix, "boot"), 1);
}

#[test]
fn retention_drops_old_partitions_and_keeps_recent_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let opts = SearchOptions {
        retention_ms: Some(3 * DAY as u64),
        ..SearchOptions::default()
    };
    let ix = SearchIndex::open(dir.path(), opts).expect("open");
    let today = NOW.div_euclid(DAY) * DAY;
    // One line in each of the last 10 days.
    let lines: Vec<LogLine> = (0..10)
        .map(|d| line("SN-1", today - d * DAY + HOUR, "tick"))
        .collect();
    ix.add_logs(&lines).expect("add");
    ix.commit(1).expect("commit");
    assert_eq!(ix.stats().partitions, 10);
    // Partitions that ended more than 3 days before now: those starting 4 or more days ago.
    assert_eq!(ix.retain(NOW).expect("retain"), 6);
    assert_eq!(ix.stats().partitions, 4);
    assert_eq!(total(&ix, "tick"), 4);
    assert_eq!(ix.retain(NOW).expect("retain"), 0);
    let on_disk = std::fs::read_dir(dir.path().join("logs"))
        .expect("logs dir")
        .count();
    assert_eq!(on_disk, 4);
}

#[test]
fn a_time_bounded_query_searches_only_overlapping_partitions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ix = open(dir.path());
    let today = NOW.div_euclid(DAY) * DAY;
    let lines: Vec<LogLine> = (0..8)
        .map(|d| line("SN-1", today - d * DAY + HOUR, "tick"))
        .collect();
    ix.add_logs(&lines).expect("add");
    ix.commit(1).expect("commit");
    let search = |q: &str| {
        let h = ix
            .search_logs(1, &parsed(q, &LogSchema), NOW, 10)
            .expect("search");
        (h.partitions_searched, h.total)
    };
    assert_eq!(search("tick"), (8, 8));
    // Today's partition only (NOW lies in it; -1h is after its first hour).
    assert_eq!(search("tick time:>-1h"), (1, 0));
    assert_eq!(search("time:>=-50h tick"), (3, 2));
    assert_eq!(
        search(&format!("time:>={} time:<{}", today - 2 * DAY, today - DAY)),
        (1, 1)
    );
    assert_eq!(search("(time:>-1h OR time:<-100d) tick"), (8, 0));
    assert_eq!(search("time:>-1h time:<-2h"), (0, 0));
    // Not a top-level bound: every partition.
    assert_eq!(search("!time:<-1h"), (8, 0));
}

#[test]
fn newest_first_across_partitions_with_ties_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ix = open(dir.path());
    let mut lines = Vec::new();
    for (serial, t, event, l) in [
        ("b", NOW, 5, 0),
        ("a", NOW, 5, 1),
        ("b", NOW, 5, 1),
        ("b", NOW, 6, 0),
        ("c", NOW - 3 * DAY, 1, 0),
        ("a", NOW - DAY, 1, 0),
    ] {
        let mut x = line(serial, t, "x");
        (x.event_id, x.line) = (event, l);
        lines.push(x);
    }
    ix.add_logs(&lines[..3]).expect("add");
    ix.commit(1).expect("commit");
    ix.add_logs(&lines[3..]).expect("add");
    ix.commit(2).expect("commit");
    let h = ix
        .search_logs(1, &parsed("x", &LogSchema), NOW, 5)
        .expect("search");
    let got: Vec<(String, u64, u32)> = h
        .lines
        .iter()
        .map(|l| (l.serial.clone(), l.event_id, l.line))
        .collect();
    let want: Vec<(String, u64, u32)> = vec![
        ("b".into(), 6, 0),
        ("b".into(), 5, 1),
        ("b".into(), 5, 0),
        ("a".into(), 5, 1),
        ("a".into(), 1, 0),
    ];
    assert_eq!((h.total, got), (6, want));
}

#[test]
fn the_index_is_shared_between_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<SearchIndex>();
    let dir = tempfile::tempdir().expect("tempdir");
    let ix = std::sync::Arc::new(open(dir.path()));
    let writer = {
        let ix = ix.clone();
        std::thread::spawn(move || {
            for i in 0..20 {
                ix.add_logs(&[line("SN-1", NOW - i, "tick")]).expect("add");
                ix.commit(i as u64).expect("commit");
            }
        })
    };
    let e = parsed("tick", &LogSchema);
    let mut last = 0;
    while last < 20 {
        let n = ix.search_logs(1, &e, NOW, 5).expect("search").total;
        assert!(n >= last, "a commit is never taken back: {n} after {last}");
        last = n;
    }
    writer.join().expect("writer");
}
