//! The device search language: parsing into a [`Query`] and matching a string pattern.
//!
//! ```text
//! query  = term { " " term }            space means AND; an empty query matches every device
//! term   = field ":" value
//! field  = "serial" | "software_version" | "hardware_version" | "cohort"
//!        | "first_seen" | "last_seen" | "attr." KEY | METRIC
//! value  = [ "<" | "<=" | ">" | ">=" ] operand
//! ```
//!
//! - String fields (`serial`, versions, `cohort`, `attr.KEY`): exact match, or a glob where `*`
//!   stands for any run of characters (`SN-00*`, `*-rc*`). Comparisons are refused.
//! - Time fields (`first_seen`, `last_seen`): an absolute time in ms since the epoch, or a time
//!   relative to the search's `now_ms`: `-` number unit with unit `s`, `m`, `h`, `d` or `w`
//!   (`last_seen:>-1d` = seen within the last day). Without an operator: equality.
//! - Any other field is a metric id, compared with the device's latest value of that metric
//!   (`battery_pct:<20`); without an operator: equality. A device without that metric (or without
//!   a cohort, or without that custom attribute) does not match.
//!
//! Errors carry the byte offset in the query where the problem is.

use std::fmt;

/// A parsed query: all terms must hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub terms: Vec<Term>,
}

/// One `field:value` condition; `pos` is the byte offset of its field in the query text.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub pos: usize,
    pub field: Field,
    pub cond: Cond,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Field {
    Serial,
    SoftwareVersion,
    HardwareVersion,
    Cohort,
    FirstSeen,
    LastSeen,
    /// A custom reported attribute, written `attr.KEY`.
    Attr(String),
    /// A metric id (the latest value).
    Metric(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    Str(Pattern),
    Num(CmpOp, f64),
    Time(CmpOp, TimeValue),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pattern {
    Exact(String),
    /// Contains at least one `*`.
    Glob(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeValue {
    AbsoluteMs(u64),
    /// Milliseconds before the search's `now_ms`.
    AgoMs(u64),
}

/// A query that does not parse; `pos` is a byte offset into the query text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("query error at {pos}: {message}")]
pub struct QueryError {
    pub pos: usize,
    pub message: String,
}

fn err(pos: usize, message: impl Into<String>) -> QueryError {
    QueryError {
        pos,
        message: message.into(),
    }
}

impl CmpOp {
    pub fn holds<T: PartialOrd>(self, left: T, right: T) -> bool {
        match self {
            CmpOp::Eq => left == right,
            CmpOp::Lt => left < right,
            CmpOp::Le => left <= right,
            CmpOp::Gt => left > right,
            CmpOp::Ge => left >= right,
        }
    }
}

impl TimeValue {
    pub fn resolve(self, now_ms: u64) -> u64 {
        match self {
            TimeValue::AbsoluteMs(ms) => ms,
            TimeValue::AgoMs(ago) => now_ms.saturating_sub(ago),
        }
    }
}

impl Pattern {
    pub fn matches(&self, s: &str) -> bool {
        match self {
            Pattern::Exact(p) => p == s,
            Pattern::Glob(p) => glob_match(p, s),
        }
    }

    /// The literal text before the first `*` (all of it for an exact pattern).
    pub fn literal_prefix(&self) -> &str {
        match self {
            Pattern::Exact(p) => p,
            Pattern::Glob(p) => p.split('*').next().unwrap_or(""),
        }
    }
}

/// `*` matches any run of characters; everything else matches itself.
pub fn glob_match(pattern: &str, s: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = s.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        return rest.is_empty(); // no `*` at all
    };
    for part in middle {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} term(s)", self.terms.len())
    }
}

impl std::str::FromStr for Query {
    type Err = QueryError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s)
    }
}

/// Parses a query (see the module doc for the grammar).
pub fn parse(text: &str) -> Result<Query, QueryError> {
    let mut terms = Vec::new();
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        terms.push(parse_term(&text[start..i], start)?);
    }
    Ok(Query { terms })
}

fn parse_term(word: &str, pos: usize) -> Result<Term, QueryError> {
    let Some(colon) = word.find(':') else {
        return Err(err(pos, format!("expected field:value, found `{word}`")));
    };
    let name = &word[..colon];
    if name.is_empty() {
        return Err(err(pos, "empty field name"));
    }
    let field = match name {
        "serial" => Field::Serial,
        "software_version" => Field::SoftwareVersion,
        "hardware_version" => Field::HardwareVersion,
        "cohort" => Field::Cohort,
        "first_seen" => Field::FirstSeen,
        "last_seen" => Field::LastSeen,
        _ => match name.strip_prefix("attr.") {
            Some("") => return Err(err(pos + 5, "empty attribute name after `attr.`")),
            Some(key) => Field::Attr(key.to_string()),
            None => Field::Metric(name.to_string()),
        },
    };
    let vpos = pos + colon + 1;
    let value = &word[colon + 1..];
    let (op, operand, opos) = split_op(value, vpos);
    if operand.is_empty() {
        return Err(err(opos, "missing value"));
    }
    let cond = match &field {
        Field::Serial
        | Field::SoftwareVersion
        | Field::HardwareVersion
        | Field::Cohort
        | Field::Attr(_) => {
            if op != CmpOp::Eq {
                return Err(err(
                    vpos,
                    format!("`{name}` is a string field: comparisons are not allowed"),
                ));
            }
            if operand.contains('*') {
                Cond::Str(Pattern::Glob(operand.to_string()))
            } else {
                Cond::Str(Pattern::Exact(operand.to_string()))
            }
        }
        Field::FirstSeen | Field::LastSeen => Cond::Time(op, parse_time(operand, opos)?),
        Field::Metric(_) => {
            let v: f64 = operand
                .parse()
                .map_err(|_| err(opos, format!("`{operand}` is not a number")))?;
            if !v.is_finite() {
                return Err(err(opos, format!("`{operand}` is not a finite number")));
            }
            Cond::Num(op, v)
        }
    };
    Ok(Term { pos, field, cond })
}

fn split_op(value: &str, pos: usize) -> (CmpOp, &str, usize) {
    for (prefix, op) in [
        ("<=", CmpOp::Le),
        (">=", CmpOp::Ge),
        ("<", CmpOp::Lt),
        (">", CmpOp::Gt),
    ] {
        if let Some(rest) = value.strip_prefix(prefix) {
            return (op, rest, pos + prefix.len());
        }
    }
    (CmpOp::Eq, value, pos)
}

fn parse_time(s: &str, pos: usize) -> Result<TimeValue, QueryError> {
    if let Some(rel) = s.strip_prefix('-') {
        let unit_at = rel.len().saturating_sub(1);
        let (num, unit) = rel.split_at(unit_at);
        let unit_ms: u64 = match unit {
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            "w" => 7 * 86_400_000,
            _ => {
                return Err(err(
                    pos + 1 + unit_at,
                    "relative time needs a unit: s, m, h, d or w (e.g. -6h)",
                ));
            }
        };
        let n: u64 = num
            .parse()
            .map_err(|_| err(pos + 1, format!("`{num}` is not a whole number")))?;
        let ms = n
            .checked_mul(unit_ms)
            .ok_or_else(|| err(pos + 1, "relative time too large"))?;
        return Ok(TimeValue::AgoMs(ms));
    }
    s.parse::<u64>().map(TimeValue::AbsoluteMs).map_err(|_| {
        err(
            pos,
            format!("`{s}` is neither ms since the epoch nor a relative time like -1d"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("SN-00*", "SN-0012"));
        assert!(!glob_match("SN-00*", "SN-0112"));
        assert!(glob_match("*", ""));
        assert!(glob_match("a*b*c", "axxbyyc"));
        assert!(!glob_match("a*b*c", "axxbyy"));
        assert!(glob_match("*c", "abc"));
        assert!(!glob_match("ab*b", "ab"));
        assert!(glob_match("abc", "abc"));
        assert!(!glob_match("abc", "abcd"));
    }
}
