//! Demangled names as binutils and LLVM print them.

use std::borrow::Cow;

/// `addr2line`'s demangling (C++ and Rust; a name that is not mangled stays as it is), with
/// integer and boolean template arguments in the form binutils, LLVM and the compilers'
/// diagnostics use (`mix<786u>`, `f<true>`) instead of cpp_demangle's casts
/// (`mix<(unsigned int)786>`): a name should read as it does in every other tool.
pub(crate) fn demangle(name: &str, language: Option<gimli::DwLang>) -> String {
    // A mangled name in a unit of another language (an `asm` label in C, hand-written
    // assembly calling into Rust) is still a C++ or Rust name: go by its prefix.
    let language = language.filter(|l| {
        *l == gimli::DW_LANG_Rust
            || [
                gimli::DW_LANG_C_plus_plus,
                gimli::DW_LANG_C_plus_plus_03,
                gimli::DW_LANG_C_plus_plus_11,
                gimli::DW_LANG_C_plus_plus_14,
            ]
            .contains(l)
            || !(name.starts_with("_Z") || name.starts_with("_R"))
    });
    let demangled = addr2line::demangle_auto(name.into(), language);
    if name.starts_with("_Z") {
        literal_arguments(&demangled).into_owned()
    } else {
        demangled.into_owned()
    }
}

/// The casts of literals and what the other tools write instead: a suffix after the digits,
/// or for `bool` the word. Other types (`char`, `short`) keep the cast there too.
const CASTS: [(&str, &str); 6] = [
    ("(int)", ""),
    ("(unsigned int)", "u"),
    ("(long)", "l"),
    ("(unsigned long)", "ul"),
    ("(long long)", "ll"),
    ("(unsigned long long)", "ull"),
];

fn literal_arguments(name: &str) -> Cow<'_, str> {
    if !name.contains(")") {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(i) = rest.find('(') {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        // A literal template argument starts an argument list or follows ", ".
        if matches!(out.chars().last(), Some('<' | ' ')) {
            if let Some(after) = from.strip_prefix("(bool)")
                && let Some(word) = match after.as_bytes() {
                    [b'0', ..] if !next_is_digit(after) => Some("false"),
                    [b'1', ..] if !next_is_digit(after) => Some("true"),
                    _ => None,
                }
            {
                out.push_str(word);
                rest = &after[1..];
                continue;
            }
            if let Some((cast, suffix)) = CASTS.iter().find(|(c, _)| from.starts_with(c)) {
                let after = &from[cast.len()..];
                let sign = usize::from(after.starts_with('-'));
                let digits = after[sign..].bytes().take_while(u8::is_ascii_digit).count();
                if digits > 0 {
                    out.push_str(&after[..sign + digits]);
                    out.push_str(suffix);
                    rest = &after[sign + digits..];
                    continue;
                }
            }
        }
        out.push('(');
        rest = &from[1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Whether the character after the first of `s` is a digit (`(bool)10` is no bool literal).
fn next_is_digit(s: &str) -> bool {
    s.as_bytes().get(1).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_literals_read_as_binutils_prints_them() {
        // Expected: arm-none-eabi-c++filt (binutils 2.40).
        for (mangled, want) in [
            ("_Z3fooILi5EEvv", "void foo<5>()"),
            ("_Z3fooILin5EEvv", "void foo<-5>()"),
            ("_Z3fooILj5EEvv", "void foo<5u>()"),
            ("_Z3fooILb1EEvv", "void foo<true>()"),
            ("_Z3fooILb0EEvv", "void foo<false>()"),
            ("_Z3fooILln5EEvv", "void foo<-5l>()"),
            ("_Z3fooILm7EEvv", "void foo<7ul>()"),
            ("_Z3fooILx7EEvv", "void foo<7ll>()"),
            ("_Z3fooILy7EEvv", "void foo<7ull>()"),
            ("_Z3fooILc65EEvv", "void foo<(char)65>()"),
            ("_Z3fooILs3EEvv", "void foo<(short)3>()"),
            (
                "_ZN3app7unit2143mixILj786EEEmmm",
                "unsigned long app::unit214::mix<786u>(unsigned long, unsigned long)",
            ),
            ("_Z3barii", "bar(int, int)"),
        ] {
            assert_eq!(demangle(mangled, None), want, "{mangled}");
        }
        // Not mangled: as it is, casts included.
        assert_eq!(demangle("f<(int)5>", None), "f<(int)5>");
        assert_eq!(demangle("main", None), "main");
    }
}
