//! The reference meaning of a query over one record: what an index's answer must equal.

use crate::parse::{version, words};
use crate::{CmpOp, Cond, Expr, Operand};

/// A field's value in a record.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    /// Epoch ms.
    Time(i64),
    Version(String),
}

/// What a query is evaluated against.
pub trait Record {
    /// The values of a field (several for multi-valued fields, e.g. an issue's versions).
    fn values(&self, key: &str) -> Vec<Value>;
    /// The text free-text terms search.
    fn text(&self) -> String;
    /// Whether `is:state` holds.
    fn is(&self, state: &str) -> bool;
}

/// Case-insensitive glob: `*` is any run of characters.
fn glob(pattern: &str, s: &str) -> bool {
    let (p, s) = (pattern.to_lowercase(), s.to_lowercase());
    let parts: Vec<&str> = p.split('*').collect();
    if parts.len() == 1 {
        return p == s;
    }
    let mut rest = s.as_str();
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            let Some(r) = rest.strip_prefix(part) else {
                return false;
            };
            rest = r;
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
    }
    true
}

fn cmp<T: PartialOrd>(op: CmpOp, a: &T, b: &T) -> bool {
    match op {
        CmpOp::Eq => a == b,
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

/// Versions compare part by part, a missing part as 0 (`1.2` = `1.2.0`).
fn version_cmp(op: CmpOp, a: &[u64], b: &[u64]) -> bool {
    let n = a.len().max(b.len());
    let pad = |v: &[u64]| {
        let mut v = v.to_vec();
        v.resize(n, 0);
        v
    };
    cmp(op, &pad(a), &pad(b))
}

fn text_of(v: &Value) -> Option<&str> {
    match v {
        Value::Text(s) | Value::Version(s) => Some(s),
        _ => None,
    }
}

fn holds(cond: &Cond, v: &Value, now_ms: i64) -> bool {
    match cond {
        Cond::Match(p) => text_of(v).is_some_and(|s| glob(p, s)),
        Cond::AnyOf(ps) => text_of(v).is_some_and(|s| ps.iter().any(|p| glob(p, s))),
        Cond::Cmp(op, operand) => match (operand, v) {
            (Operand::Number(b), Value::Number(a)) => cmp(*op, a, b),
            (Operand::Time(b), Value::Time(a)) => cmp(*op, a, b),
            (Operand::RelativeTime(d), Value::Time(a)) => cmp(*op, a, &(now_ms + d)),
            (Operand::Version(b), Value::Version(a)) => {
                version(a).is_some_and(|a| version_cmp(*op, &a, b))
            }
            _ => false,
        },
    }
}

/// Whether `record` matches `e`, with relative times counted from `now_ms`.
pub fn eval(e: &Expr, record: &dyn Record, now_ms: i64) -> bool {
    match e {
        Expr::All => true,
        Expr::And(v) => v.iter().all(|e| eval(e, record, now_ms)),
        Expr::Or(v) => v.iter().any(|e| eval(e, record, now_ms)),
        Expr::Not(e) => !eval(e, record, now_ms),
        Expr::Is { state, .. } => record.is(state),
        Expr::Has { key, .. } => !record.values(key).is_empty(),
        Expr::Field { key, cond, .. } => record.values(key).iter().any(|v| holds(cond, v, now_ms)),
        Expr::Text {
            words: want,
            phrase,
            ..
        } => {
            let have = words(&record.text());
            if *phrase {
                have.windows(want.len()).any(|w| w == want.as_slice())
            } else {
                want.iter().all(|w| have.contains(w))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob("SN-00*", "sn-0042"));
        assert!(glob("*fault", "bus_fault"));
        assert!(glob("a*b*c", "axxbyyc"));
        assert!(!glob("a*b*c", "axxbyy"));
        assert!(glob("exact", "EXACT"));
        assert!(!glob("exact", "exactly"));
    }

    #[test]
    fn versions_compare_by_parts() {
        assert!(version_cmp(CmpOp::Gt, &[1, 10, 0], &[1, 9, 9]));
        assert!(version_cmp(CmpOp::Eq, &[1, 2], &[1, 2, 0]));
        assert!(version_cmp(CmpOp::Le, &[1, 2, 0], &[1, 2]));
    }
}
