//! The symbol map: GNU `nm -S --defined-only` output (or plain `nm --defined-only`).
//!
//! One symbol per line, `<address> <size> <type> <name>` or `<address> <type> <name>`; address
//! and size are hex (an `0x` prefix is accepted), the type is nm's one-letter code, the name is
//! the rest of the line (so demangled names with spaces work). Blank lines and lines starting
//! with `#` are skipped. Any other line is an error naming its number.
//!
//! Only code symbols name addresses: nm types `T t W w i` and absolute `A a` (vendors often
//! describe ROM functions as absolute symbols in a linker script). The other types still end a
//! size-less symbol before them. A symbol without a size (or of size 0) extends to the next
//! higher symbol address; the last one to the end of the address space, which the plugin's
//! `address_ranges` in plugins.toml bound. A code symbol at an odd address (a Thumb function
//! as some tools print it) starts at the even address below.

/// A parsed map, sorted for look-ups.
pub struct SymbolMap {
    /// By start address; symbols at one address in file order reversed, so that a backwards
    /// walk meets the first-listed one first.
    symbols: Vec<Symbol>,
}

struct Symbol {
    start: u64,
    /// Exclusive; `None` until computed for a size-less symbol.
    end: Option<u64>,
    code: bool,
    index: usize,
    name: String,
}

/// The longest line quoted in an error.
const QUOTE_CHARS: usize = 80;

impl SymbolMap {
    pub fn parse(bytes: &[u8]) -> Result<SymbolMap, String> {
        let mut symbols = Vec::new();
        for (i, raw) in bytes.split(|b| *b == b'\n').enumerate() {
            let number = i + 1;
            let line = std::str::from_utf8(raw)
                .map_err(|_| format!("line {number}: not UTF-8"))?
                .trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let symbol = parse_line(line, symbols.len()).map_err(|e| {
                let quoted: String = line.chars().take(QUOTE_CHARS).collect();
                format!("line {number}: {e}, got `{quoted}`")
            })?;
            symbols.push(symbol);
        }
        symbols.sort_by_key(|s| (s.start, std::cmp::Reverse(s.index)));
        // A size-less symbol ends where the next higher address starts.
        let mut next_start = None;
        for i in (0..symbols.len()).rev() {
            let start = symbols[i].start;
            if symbols[i].end.is_none() {
                symbols[i].end = Some(next_start.unwrap_or(u64::MAX));
            }
            if i == 0 || symbols[i - 1].start != start {
                next_start = Some(start);
            }
        }
        Ok(SymbolMap { symbols })
    }

    /// The name of the code symbol holding `address`: the one starting closest below it,
    /// the first listed when several start there.
    pub fn find(&self, address: u64) -> Option<&str> {
        let above = self.symbols.partition_point(|s| s.start <= address);
        self.symbols[..above]
            .iter()
            .rev()
            .find(|s| s.code && s.end.is_some_and(|end| address < end))
            .map(|s| s.name.as_str())
    }
}

fn parse_line(line: &str, index: usize) -> Result<Symbol, &'static str> {
    const EXPECTED: &str = "expected `<address> [<size>] <type> <name>` (GNU nm -S --defined-only)";
    let (address, rest) = token(line).ok_or(EXPECTED)?;
    let (second, after_second) = token(rest).ok_or(EXPECTED)?;
    // nm pads sizes to the width of addresses, so a size is never one digit, and a type is.
    let (size, kind, name) = match token(after_second) {
        Some((third, name)) if second.len() > 1 && type_char(third).is_some() => {
            (Some(hex(second).ok_or("the size is not hex")?), third, name)
        }
        _ => (None, second, after_second),
    };
    let kind = type_char(kind).ok_or(EXPECTED)?;
    let name = name.trim();
    if name.is_empty() {
        return Err("the name is missing");
    }
    let mut start = hex(address).ok_or("the address is not hex")?;
    let code = matches!(kind, 'T' | 't' | 'W' | 'w' | 'i' | 'A' | 'a');
    if code {
        start &= !1;
    }
    let end = match size {
        Some(0) | None => None,
        Some(size) => Some(
            start
                .checked_add(size)
                .ok_or("the symbol extends past the end of the address space")?,
        ),
    };
    Ok(Symbol {
        start,
        end,
        code,
        index,
        name: name.to_owned(),
    })
}

/// The first whitespace-separated token and the rest of the line after it.
fn token(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_start();
    if s.is_empty() {
        return None;
    }
    Some(s.split_at(s.find(char::is_whitespace).unwrap_or(s.len())))
}

fn type_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() || c == '?' => Some(c),
        _ => None,
    }
}

fn hex(s: &str) -> Option<u64> {
    let digits = s
        .strip_prefix("0x")
        .or_else(|| s.strip_prefix("0X"))
        .unwrap_or(s);
    if digits.is_empty() || digits.len() > 16 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u64::from_str_radix(digits, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(text: &str) -> SymbolMap {
        SymbolMap::parse(text.as_bytes()).expect("valid map")
    }

    #[test]
    fn sized_symbols_cover_their_size_only() {
        let m = map(
            "00000100 00000010 T reset\n00000200 00000008 t helper\n00000100 00000004 R table\n",
        );
        assert_eq!(m.find(0x100), Some("reset"));
        assert_eq!(m.find(0x10f), Some("reset"));
        assert_eq!(m.find(0x110), None);
        assert_eq!(m.find(0x207), Some("helper"));
        assert_eq!(m.find(0xff), None);
    }

    #[test]
    fn sizeless_symbols_extend_to_the_next_address() {
        let m =
            map("# rom\n\n0x1000 T a\n0x1000 D a_data\n0x1010 T b\n0x1020 b c_bss\n0x1030 A d\n");
        assert_eq!(m.find(0x100f), Some("a"));
        assert_eq!(m.find(0x1010), Some("b"));
        assert_eq!(m.find(0x1025), None);
        assert_eq!(m.find(0xffff_0000), Some("d"));
    }

    #[test]
    fn thumb_addresses_and_demangled_names() {
        let m = map("00000101 00000010 T uart_write(char const*, unsigned int)\n");
        assert_eq!(m.find(0x100), Some("uart_write(char const*, unsigned int)"));
    }

    #[test]
    fn errors_name_the_line() {
        let err = |t: &str| SymbolMap::parse(t.as_bytes()).err().unwrap_or_default();
        assert_eq!(
            err("00000000 T ok\n         U undefined\n"),
            "line 2: expected `<address> [<size>] <type> <name>` (GNU nm -S --defined-only), got `U undefined`"
        );
        assert_eq!(
            err("zz T f\n"),
            "line 1: the address is not hex, got `zz T f`"
        );
        assert_eq!(err("0 T\n"), "line 1: the name is missing, got `0 T`");
        assert_eq!(
            err("ffffffffffffffff 00000010 T f\n"),
            "line 1: the symbol extends past the end of the address space, got `ffffffffffffffff 00000010 T f`"
        );
    }
}
