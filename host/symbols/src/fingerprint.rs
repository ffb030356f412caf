//! Crash fingerprints: what makes two crashes "the same issue".
//!
//! Built from names, never addresses, so that a rebuild that moves code keeps grouping the
//! same crash together, while a crash at another site gets another fingerprint. Versioned:
//! a change of the rules is a new version, and stored fingerprints of an older version stay
//! comparable among themselves.

use crate::SymbolFrame;

/// Version of the rules below; part of every fingerprint.
pub const VERSION: u32 = 1;

/// How many named frames, from the top, identify the crash site.
const FRAMES: usize = 5;

/// A crash's identity: `v1:<16 hex digits>` and the parts it was made from (for display).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub id: String,
    /// The crash reason and the function names that went into `id`, top first.
    pub signature: Vec<String>,
}

/// The fingerprint of a crash from its reason code and its symbolicated backtrace (one entry
/// per unwound frame, innermost inlined function first, as `Backtrace::symbolicate` returns).
/// Frames without a name and the device SDK's own functions (`fl_…`: the fault and assert
/// machinery, the same in every crash) are skipped. `None` when no frame has a name (symbols
/// missing): such a crash cannot be grouped by site yet.
pub fn fingerprint(reason: u32, frames: &[Vec<SymbolFrame>]) -> Option<Fingerprint> {
    let names: Vec<String> = frames
        .iter()
        .flat_map(|f| f.iter())
        .filter_map(|s| s.function.as_deref())
        .filter(|name| !name.starts_with("fl_"))
        .take(FRAMES)
        .map(str::to_string)
        .collect();
    if names.is_empty() {
        return None;
    }
    let mut signature = vec![format!("reason {reason}")];
    signature.extend(names);
    // FNV-1a: stable across builds and platforms (unlike std's hasher), and collisions only
    // merge issues, which a user can split again.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in &signature {
        for b in part.bytes().chain([0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    Some(Fingerprint {
        id: format!("v{VERSION}:{h:016x}"),
        signature,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(names: &[&str]) -> Vec<SymbolFrame> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| SymbolFrame {
                function: Some((*n).to_string()),
                file: Some("main.c".into()),
                line: Some(10 + i as u32),
                inlined: i + 1 < names.len(),
            })
            .collect()
    }

    #[test]
    fn names_not_lines_or_addresses_decide() {
        let a = vec![
            frame(&["crash_bad_store"]),
            frame(&["run"]),
            frame(&["main"]),
        ];
        let mut b = a.clone();
        b[0][0].line = Some(99); // code moved within the file
        b[1][0].file = Some("other.c".into());
        assert_eq!(fingerprint(11, &a), fingerprint(11, &b));
        let c = vec![frame(&["crash_undef"]), frame(&["run"]), frame(&["main"])];
        assert_ne!(fingerprint(11, &a), fingerprint(11, &c));
        assert_ne!(
            fingerprint(11, &a),
            fingerprint(13, &a),
            "the reason counts"
        );
        let fp = fingerprint(11, &a).expect("named");
        assert!(fp.id.starts_with("v1:") && fp.id.len() == 19, "{}", fp.id);
        assert_eq!(
            fp.signature,
            ["reason 11", "crash_bad_store", "run", "main"]
        );
    }

    #[test]
    fn sdk_frames_unnamed_frames_and_depth_beyond_five_do_not_count() {
        let deep: Vec<_> = ["f1", "f2", "f3", "f4", "f5", "f6"]
            .iter()
            .map(|n| frame(&[n]))
            .collect();
        let mut other_root = deep.clone();
        other_root[5] = frame(&["reset_handler_of_another_board"]);
        assert_eq!(fingerprint(9, &deep), fingerprint(9, &other_root));
        let mut with_sdk = vec![
            frame(&["fl_crash"]),
            vec![SymbolFrame {
                function: None,
                file: None,
                line: None,
                inlined: false,
            }],
        ];
        with_sdk.extend(deep.clone());
        assert_eq!(fingerprint(9, &with_sdk), fingerprint(9, &deep));
        // Inlined frames are part of the site.
        let inlined = vec![frame(&["helper", "f1"])];
        assert_ne!(fingerprint(9, &inlined), fingerprint(9, &[frame(&["f1"])]));
        assert_eq!(fingerprint(9, &[]), None);
    }
}
