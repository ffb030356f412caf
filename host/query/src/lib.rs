//! The search language of logs and issues, parsed into the project's own AST; an index
//! translates the AST at the last step, and [`eval`] is the reference meaning it must agree with.
//!
//! ```text
//! query   = or
//! or      = and { "OR" and }
//! and     = unary { ["AND"] unary }          juxtaposition is AND
//! unary   = "!" unary | "NOT" unary | primary
//! primary = "(" or ")" | term
//! term    = KEY ":" value                     field condition
//!         | "is:" WORD | "has:" KEY           state, presence
//!         | WORD | "\"" phrase "\""           free text
//! value   = "[" item { "," item } "]"         any of a list
//!         | CMP item                          CMP: > >= < <=  (numbers, times, versions)
//!         | item                              exact, `*` as a wildcard
//! item    = WORD | "\"" text "\""
//! ```
//!
//! `OR` binds looser than `AND`; `!key:value` and `NOT x` negate. Values compare as the field's
//! type says ([`FieldType`], from the caller's [`Schema`]): text (exact or wildcard,
//! case-insensitive), numbers, times (epoch ms, or relative `-24h`, `-30m`, `-7d`, `-2w`, or
//! `now`), and versions (`1.2.0 < 1.10.0`, numerically per dotted part). Every error carries the
//! byte position of what is wrong.

mod eval;
mod parse;

pub use eval::{Record, Value, eval};
pub use parse::{parse, version, words};

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    And(Vec<Expr>),
    Or(Vec<Expr>),
    Not(Box<Expr>),
    /// `key:value` (and its list and comparison forms).
    Field {
        key: String,
        cond: Cond,
        pos: usize,
    },
    /// `is:unresolved`.
    Is {
        state: String,
        pos: usize,
    },
    /// `has:key`: the field is present.
    Has {
        key: String,
        pos: usize,
    },
    /// Free text: every word must appear in the record's text (case-insensitive); a quoted
    /// phrase as consecutive words.
    Text {
        words: Vec<String>,
        phrase: bool,
        pos: usize,
    },
    /// The empty query: everything.
    All,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    /// Text fields: exact (case-insensitive), or a wildcard pattern when it contains `*`.
    Match(String),
    /// Any of these (each exact or wildcard).
    AnyOf(Vec<String>),
    Cmp(CmpOp, Operand),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A comparison's right side, typed by the field.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Number(f64),
    /// Absolute epoch ms.
    Time(i64),
    /// Relative to the query's `now`, in ms (negative is the past).
    RelativeTime(i64),
    Version(Vec<u64>),
}

/// The type of a field, for comparisons and checking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Number,
    Time,
    Version,
}

/// What the caller's data offers: the fields and their types, and the states `is:` accepts.
pub trait Schema {
    fn field(&self, key: &str) -> Option<FieldType>;
    fn is_state(&self, state: &str) -> bool;
}

/// Why a query does not parse; `pos` is the byte offset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("query error at {pos}: {message}")]
pub struct QueryError {
    pub pos: usize,
    pub message: String,
}

/// Most terms a query may hold (and how deep parentheses may nest).
pub const MAX_TERMS: usize = 256;
pub const MAX_DEPTH: usize = 32;
/// Most dotted parts a version may have.
pub const MAX_VERSION_PARTS: usize = 8;
