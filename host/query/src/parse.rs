//! The parser: recursive descent over the text, positions in bytes.

use crate::{
    CmpOp, Cond, Expr, FieldType, MAX_DEPTH, MAX_TERMS, MAX_VERSION_PARTS, Operand, QueryError,
    Schema,
};

/// Parses `text` against the fields of `schema`.
pub fn parse(text: &str, schema: &dyn Schema) -> Result<Expr, QueryError> {
    let mut p = Parser {
        s: text,
        i: 0,
        schema,
        terms: 0,
        depth: 0,
    };
    p.ws();
    if p.i == text.len() {
        return Ok(Expr::All);
    }
    let e = p.or()?;
    p.ws();
    if p.i < text.len() {
        return Err(p.err(
            p.i,
            match p.peek() {
                Some(')') => "`)` without a matching `(`".into(),
                _ => "unexpected text".into(),
            },
        ));
    }
    Ok(e)
}

struct Parser<'a> {
    s: &'a str,
    i: usize,
    schema: &'a dyn Schema,
    terms: usize,
    depth: usize,
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

impl Parser<'_> {
    fn err(&self, pos: usize, message: String) -> QueryError {
        QueryError { pos, message }
    }

    fn peek(&self) -> Option<char> {
        self.s[self.i..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += c.len_utf8();
        Some(c)
    }

    fn ws(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.bump();
        }
    }

    /// Consumes the operator keyword `k` when it stands alone here.
    fn keyword(&mut self, k: &str) -> bool {
        let rest = &self.s[self.i..];
        if rest.starts_with(k)
            && rest[k.len()..]
                .chars()
                .next()
                .is_none_or(|c| is_space(c) || c == '(')
        {
            self.i += k.len();
            true
        } else {
            false
        }
    }

    fn or(&mut self) -> Result<Expr, QueryError> {
        let mut parts = vec![self.and()?];
        loop {
            self.ws();
            let at = self.i;
            if !self.keyword("OR") {
                break;
            }
            self.ws();
            if self.i == self.s.len() || self.peek() == Some(')') {
                return Err(self.err(at, "`OR` needs a term on both sides".into()));
            }
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::Or(parts)
        })
    }

    fn and(&mut self) -> Result<Expr, QueryError> {
        let mut parts = vec![self.unary()?];
        loop {
            self.ws();
            if self.i == self.s.len() || self.peek() == Some(')') {
                break;
            }
            let at = self.i;
            if self.keyword("OR") {
                self.i = at;
                break;
            }
            if self.keyword("AND") {
                self.ws();
                if self.i == self.s.len() || self.peek() == Some(')') {
                    return Err(self.err(at, "`AND` needs a term on both sides".into()));
                }
            }
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expr::And(parts)
        })
    }

    fn unary(&mut self) -> Result<Expr, QueryError> {
        self.ws();
        let at = self.i;
        if self.peek() == Some('!') {
            self.bump();
            if self.peek().is_none_or(is_space) {
                return Err(self.err(at, "`!` must be followed by a term".into()));
            }
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        if self.keyword("NOT") {
            self.ws();
            if self.i == self.s.len() {
                return Err(self.err(at, "`NOT` needs a term after it".into()));
            }
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Expr, QueryError> {
        self.ws();
        let at = self.i;
        match self.peek() {
            None => Err(self.err(at, "expected a term".into())),
            Some(')') => Err(self.err(at, "`)` without a matching `(`".into())),
            Some('(') => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(self.err(at, format!("more than {MAX_DEPTH} nested parentheses")));
                }
                self.bump();
                self.ws();
                if self.peek() == Some(')') {
                    return Err(self.err(at, "empty parentheses".into()));
                }
                let e = self.or()?;
                self.ws();
                if self.bump() != Some(')') {
                    return Err(self.err(at, "this `(` is never closed".into()));
                }
                self.depth -= 1;
                Ok(e)
            }
            Some(_) if self.keyword("AND") || self.keyword("OR") => {
                let op = self.s[at..self.i].to_string();
                Err(self.err(at, format!("`{op}` needs a term on both sides")))
            }
            Some(_) => {
                self.terms += 1;
                if self.terms > MAX_TERMS {
                    return Err(self.err(at, format!("more than {MAX_TERMS} terms")));
                }
                self.term()
            }
        }
    }

    /// A quoted string starting here; returns its text.
    fn quoted(&mut self) -> Result<String, QueryError> {
        let at = self.i;
        self.bump();
        let mut out = String::new();
        loop {
            match self.bump() {
                None => return Err(self.err(at, "this quote is never closed".into())),
                Some('"') => return Ok(out),
                Some('\\') => match self.bump() {
                    Some(c) => out.push(c),
                    None => return Err(self.err(at, "this quote is never closed".into())),
                },
                Some(c) => out.push(c),
            }
        }
    }

    /// A bare word: up to whitespace, a parenthesis, or one of `stop`.
    fn word(&mut self, stop: &[char]) -> String {
        let start = self.i;
        while let Some(c) = self.peek() {
            if is_space(c) || c == '(' || c == ')' || stop.contains(&c) {
                break;
            }
            self.bump();
        }
        self.s[start..self.i].to_string()
    }

    fn item(&mut self, stop: &[char]) -> Result<(usize, String), QueryError> {
        let at = self.i;
        let v = if self.peek() == Some('"') {
            self.quoted()?
        } else {
            self.word(stop)
        };
        if v.is_empty() {
            return Err(self.err(at, "expected a value".into()));
        }
        Ok((at, v))
    }

    fn term(&mut self) -> Result<Expr, QueryError> {
        let at = self.i;
        if self.peek() == Some('"') {
            let phrase = self.quoted()?;
            let words = words(&phrase);
            if words.is_empty() {
                return Err(self.err(at, "an empty phrase".into()));
            }
            return Ok(Expr::Text {
                words,
                phrase: true,
                pos: at,
            });
        }
        let key = self.word(&[':', '"']);
        if self.peek() != Some(':') {
            if self.peek() == Some('"') {
                return Err(self.err(self.i, "a quote inside a word".into()));
            }
            let w = words(&key);
            if w.is_empty() {
                return Err(self.err(at, format!("`{key}` has no letters or digits to search")));
            }
            return Ok(Expr::Text {
                words: w,
                phrase: w_len_gt1(&key),
                pos: at,
            });
        }
        self.bump(); // ':'
        if key.is_empty() {
            return Err(self.err(at, "a field name before `:`".into()));
        }
        match key.as_str() {
            "is" => {
                let (vat, state) = self.item(&[])?;
                if !self.schema.is_state(&state) {
                    return Err(self.err(vat, format!("unknown state `{state}` for `is:`")));
                }
                return Ok(Expr::Is { state, pos: at });
            }
            "has" => {
                let (vat, field) = self.item(&[])?;
                if self.schema.field(&field).is_none() {
                    return Err(self.err(vat, format!("unknown field `{field}` for `has:`")));
                }
                return Ok(Expr::Has {
                    key: field,
                    pos: at,
                });
            }
            _ => {}
        }
        let Some(ty) = self.schema.field(&key) else {
            return Err(self.err(at, format!("unknown field `{key}`")));
        };
        let vat = self.i;
        let cond = if self.peek() == Some('[') {
            if ty != FieldType::Text {
                return Err(self.err(vat, format!("`{key}:[…]` lists work on text fields")));
            }
            self.bump();
            let mut items = Vec::new();
            loop {
                self.ws();
                let (_, v) = self.item(&[',', ']'])?;
                items.push(v);
                self.ws();
                match self.bump() {
                    Some(',') => continue,
                    Some(']') => break,
                    _ => return Err(self.err(vat, "this `[` is never closed with `]`".into())),
                }
            }
            Cond::AnyOf(items)
        } else {
            let op = self.cmp_op();
            let (iat, v) = self.item(&[])?;
            match (ty, op) {
                (FieldType::Text, None) => Cond::Match(v),
                (FieldType::Text, Some(_)) => {
                    return Err(self.err(
                        vat,
                        format!(
                            "`{key}` is text: `<` and `>` need a number, time or version field"
                        ),
                    ));
                }
                (ty, op) => Cond::Cmp(op.unwrap_or(CmpOp::Eq), self.operand(ty, iat, &v)?),
            }
        };
        Ok(Expr::Field { key, cond, pos: at })
    }

    fn cmp_op(&mut self) -> Option<CmpOp> {
        let rest = &self.s[self.i..];
        let (op, n) = if rest.starts_with(">=") {
            (CmpOp::Ge, 2)
        } else if rest.starts_with("<=") {
            (CmpOp::Le, 2)
        } else if rest.starts_with('>') {
            (CmpOp::Gt, 1)
        } else if rest.starts_with('<') {
            (CmpOp::Lt, 1)
        } else {
            return None;
        };
        self.i += n;
        Some(op)
    }

    fn operand(&self, ty: FieldType, at: usize, v: &str) -> Result<Operand, QueryError> {
        match ty {
            FieldType::Number => v
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .map(Operand::Number)
                .ok_or_else(|| self.err(at, format!("`{v}` is not a number"))),
            FieldType::Version => version(v)
                .map(Operand::Version)
                .ok_or_else(|| self.err(at, format!("`{v}` is not a version like 1.4.2"))),
            FieldType::Time => time(v).ok_or_else(|| {
                self.err(
                    at,
                    format!(
                        "`{v}` is not a time: use -24h, -30m, -7d, -2w, now, 2026-11-27 or epoch ms"
                    ),
                )
            }),
            FieldType::Text => Err(self.err(at, "text has no operand".into())),
        }
    }
}

fn w_len_gt1(s: &str) -> bool {
    words(s).len() > 1
}

/// The words of a text for free-text matching: lowercase runs of letters and digits. An index
/// must tokenize the text it searches with this function to agree with [`crate::eval`].
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `1.4.2`, `v2.0`, `1.5.0-rc1` (the parts before a non-digit): numbers per dotted part, at
/// most [`MAX_VERSION_PARTS`]; `None` for anything else, which no comparison matches.
pub fn version(v: &str) -> Option<Vec<u64>> {
    let v = v.strip_prefix('v').unwrap_or(v);
    let core = v.split(['-', '+']).next()?;
    let parts: Option<Vec<u64>> = core.split('.').map(|p| p.parse().ok()).collect();
    parts.filter(|p| !p.is_empty() && p.len() <= MAX_VERSION_PARTS)
}

fn time(v: &str) -> Option<Operand> {
    if v == "now" {
        return Some(Operand::RelativeTime(0));
    }
    if let Some(rel) = v.strip_prefix('-') {
        let unit = rel.chars().last()?;
        let n: i64 = rel[..rel.len() - unit.len_utf8()].parse().ok()?;
        let ms = match unit {
            's' => 1_000,
            'm' => 60_000,
            'h' => 3_600_000,
            'd' => 86_400_000,
            'w' => 7 * 86_400_000,
            _ => return None,
        };
        return Some(Operand::RelativeTime(-n.checked_mul(ms)?));
    }
    if let Ok(ms) = v.parse::<i64>() {
        return Some(Operand::Time(ms));
    }
    // YYYY-MM-DD, UTC midnight.
    let mut it = v.split('-');
    let (y, m, d): (i64, i64, i64) = (
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
    );
    if it.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(Operand::Time(days_from_civil(y, m, d) * 86_400_000))
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2026, 11, 27), 20_784);
    }

    #[test]
    fn versions() {
        assert_eq!(version("1.10.0"), Some(vec![1, 10, 0]));
        assert_eq!(version("v2.0-rc1"), Some(vec![2, 0]));
        assert_eq!(version("abc"), None);
    }
}
