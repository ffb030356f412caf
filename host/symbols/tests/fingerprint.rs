//! Crash fingerprints on real crashes: the same crash in a rebuild that moved every function
//! keeps its fingerprint; another crash site gets another one.

mod common;

use std::path::Path;

use faultline_symbols::fingerprint::{Fingerprint, fingerprint};
use faultline_symbols::unwind::Unwinder;
use faultline_symbols::{SymbolFile, Symbolicator};

/// (pc of the crash, fingerprint) of `cmd` run on the an386 firmware `elf`.
fn crash(elf: &Path, cmd: &str) -> (u64, Fingerprint) {
    let file = SymbolFile::parse(std::fs::read(elf).expect("read elf")).expect("parse");
    let core = common::coredump_of(elf, "an386", cmd);
    let regions: Vec<(u64, &[u8])> = core
        .regions
        .iter()
        .map(|r| (u64::from(r.start), r.data.as_slice()))
        .collect();
    let bt = Unwinder::new(&file)
        .expect("unwinder")
        .unwind(&core.registers, &regions);
    let frames = bt.symbolicate(&Symbolicator::new(&file).expect("symbolicator"));
    let fp = fingerprint(core.reason, &frames).expect("named frames");
    (bt.frames[0].pc, fp)
}

#[test]
fn a_rebuild_that_moves_code_keeps_the_fingerprint_another_site_does_not() {
    let base = common::firmware("an386");
    let shifted = common::firmware_with("an386", "-DFL_EXAMPLE_SHIFT_CODE", "an386-shifted");

    let (pc, fp) = crash(&base, "bad_store");
    let (pc_shifted, fp_shifted) = crash(&shifted, "bad_store");
    assert_ne!(pc, pc_shifted, "the rebuild moved the crash site");
    assert_eq!(fp, fp_shifted);
    assert_eq!(fp.signature[0], "reason 11");
    assert_eq!(fp.signature[1], "crash_bad_store");
    assert!(
        fp.signature.contains(&"main".to_string()),
        "{:?}",
        fp.signature
    );

    // Other sites, other fingerprints; the same site reached through another path too.
    let (_, undef) = crash(&base, "undef");
    let (_, deep) = crash(&base, "deep_bad_store");
    let (_, psp) = crash(&base, "psp_bad_store");
    assert_ne!(fp.id, undef.id);
    assert_ne!(fp.id, deep.id);
    assert_eq!(deep.signature[1], "storage_write");
    assert_ne!(fp.id, psp.id, "{:?} vs {:?}", fp.signature, psp.signature);
    // The assert's fingerprint names the caller, not the SDK's fl_crash.
    let (_, assert) = crash(&base, "assert");
    assert_eq!(assert.signature[1], "crash_assert");
}
