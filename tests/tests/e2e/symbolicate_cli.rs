//! `faultline symbolicate --elf FILE ADDR...` against binutils on the same files: every
//! address across the example firmware's code gives the functions (inlined frames included)
//! and file:line that `arm-none-eabi-addr2line -a -f -i -C` gives.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::issues::default_firmware;

/// Per address: (function, "file:line") innermost first, from either tool's text output.
type Frames = BTreeMap<u64, Vec<(String, String)>>;

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn hex(s: &str) -> u64 {
    u64::from_str_radix(s.trim_start_matches("0x"), 16).expect("hex")
}

/// binutils: `0x…` then pairs of lines, function and `file:line [(discriminator n)]`. Asked
/// with the Thumb bit set, as Thumb code addresses are written: the assembler's DWARF ranges
/// of assembly functions start at their odd symbol values, so binutils would name the first
/// halfword of such a function (`fl_crash`) after the function before it.
fn addr2line(elf: &Path, addrs: &[u64]) -> Frames {
    let out = run(Command::new("arm-none-eabi-addr2line")
        .args(["-a", "-f", "-i", "-C", "-e"])
        .arg(elf)
        .args(addrs.iter().map(|a| format!("{:#x}", a | 1))));
    let mut frames = Frames::new();
    let mut lines = out.lines().peekable();
    while let Some(addr) = lines.next() {
        let list = frames.entry(hex(addr) & !1).or_default();
        while lines.peek().is_some_and(|l| !l.starts_with("0x")) {
            let function = lines.next().expect("function").to_string();
            let at = lines.next().expect("file:line");
            let at = at.split(" (discriminator").next().unwrap_or(at);
            list.push((function, at.to_string()));
        }
    }
    frames
}

/// Ours: `0x…: function at file:line`, then `  (inlined by) function at file:line`.
fn faultline(elf: &Path, addrs: &[u64]) -> Frames {
    let out = run(Command::new(env!("CARGO_BIN_EXE_faultline-under-test"))
        .args(["symbolicate", "--elf"])
        .arg(elf)
        .args(addrs.iter().map(|a| format!("{a:x}"))));
    let mut frames = Frames::new();
    let mut current = 0;
    for line in out.lines().filter(|l| !l.starts_with('#')) {
        let rest = match line.strip_prefix("  (inlined by) ") {
            Some(rest) => rest,
            None => {
                let (addr, rest) = line.split_once(": ").expect("address: frame");
                current = hex(addr);
                rest
            }
        };
        let list = frames.entry(current).or_default();
        if rest == "??" {
            continue;
        }
        let (function, at) = rest.rsplit_once(" at ").expect("function at file:line");
        list.push((function.to_string(), at.replace(":?", ":0")));
    }
    frames
}

#[test]
fn every_address_of_the_firmware_matches_addr2line() {
    let elf = default_firmware();
    let sections = run(Command::new("arm-none-eabi-readelf").arg("-SW").arg(&elf));
    let text = sections
        .lines()
        .find(|l| l.contains(" .text "))
        .expect(".text section");
    let f: Vec<&str> = text.split_whitespace().collect();
    let i = f.iter().position(|w| *w == ".text").expect("name");
    let (start, size) = (hex(f[i + 2]), hex(f[i + 4]));
    let addrs: Vec<u64> = (start..start + size).step_by(6).collect();
    assert!(addrs.len() > 1000, "{} addresses", addrs.len());

    let nm = run(Command::new("arm-none-eabi-nm").arg(&elf));
    let symbols: BTreeMap<&str, u64> = nm
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f.len() == 3).then(|| (f[2], hex(f[0])))
        })
        .collect();
    let sized = run(Command::new("arm-none-eabi-nm").arg("-S").arg(&elf));
    let functions: Vec<(u64, u64, &str)> = sized
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f.len() == 4 && matches!(f[2], "T" | "t" | "W" | "w"))
                .then(|| (hex(f[0]), hex(f[1]), f[3]))
        })
        .collect();
    let ours = faultline(&elf, &addrs);
    let theirs = addr2line(&elf, &addrs);
    let mut compared = 0;
    let mut inlined = 0;
    for a in &addrs {
        let t = &theirs[a];
        // Outside every function of the symbol table (padding, literal pools after assembly
        // routines) we answer `??` on purpose; binutils may still name the neighbour from
        // its line table.
        let Some(&(_, _, holder)) = functions
            .iter()
            .find(|(start, size, _)| (*start..start + size).contains(a))
        else {
            assert!(
                ours.get(a).is_none_or(Vec::is_empty),
                "{a:#x}: {:?}",
                ours.get(a)
            );
            continue;
        };
        // Where binutils has no line for the address (library code without line info, data
        // placed in .text) it may name a neighbour; if we name it, the symbol table decides.
        if t.iter().any(|(_, at)| at == "??:?") {
            let outer = ours.get(a).and_then(|o| o.last()).map(|(f, _)| f.as_str());
            let same = outer.is_none_or(|o| o == holder || symbols.get(o) == symbols.get(holder));
            assert!(same, "{a:#x}: {outer:?}, symbol table: {holder}");
            continue;
        }
        if t.iter().all(|(f, _)| f == "??") {
            continue;
        }
        let mut o = ours.get(a).cloned().unwrap_or_default();
        // Assembly entry points share an address under several names (`HardFault_Handler`
        // and the handler it is an alias of): either is right.
        for ((mine, _), (theirs, _)) in o.iter_mut().zip(t) {
            if mine != theirs
                && symbols
                    .get(mine.as_str())
                    .is_some_and(|x| Some(x) == symbols.get(theirs.as_str()))
            {
                mine.clone_from(theirs);
            }
        }
        assert_eq!(&o, t, "address {a:#x}");
        compared += 1;
        inlined += usize::from(t.len() > 1);
    }
    assert!(compared > 1000, "{compared} addresses compared");
    assert!(inlined > 10, "inlined frames were compared ({inlined})");
}
