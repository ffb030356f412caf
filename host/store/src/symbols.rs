//! Symbol files (firmware ELFs) per project.
//!
//! The bytes live as plain files under `<data>/symbols/<project id>/<build id>.elf` (large,
//! written once, read whole by the symbolicator), the index in the primary database's
//! `symbols` tree: `project id (BE) · build id` → [`SymbolMeta`] JSON, plus a fallback index
//! `project id · software type · 0 · software version` → build id, for firmware whose
//! messages carry no build id. A file is in place and synced before its index entry is
//! written, so an index entry never points at a partial file; a crash between the two leaves
//! an orphan file that the next upload of the same build id replaces.

use std::io::Write as _;
use std::path::PathBuf;

use faultline_model::ProjectId;
use serde::{Deserialize, Serialize};

use crate::{Result, Store, StoreError};

/// What the index knows about one symbol file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SymbolMeta {
    /// GNU build id, lowercase hex.
    pub build_id: String,
    /// Software type and version the uploader named (both or neither).
    pub software_type: Option<String>,
    pub software_version: Option<String>,
    /// File name given at upload, for display.
    pub name: String,
    pub size: u64,
    pub uploaded_ms: u64,
    /// Architecture as the ELF header says (e.g. `arm`).
    pub arch: String,
    /// False for a stripped ELF: only its symbol table can name addresses.
    pub debug_info: bool,
}

const VERSION_SEP: u8 = 0;

fn meta_key(project: ProjectId, build_id: &str) -> Vec<u8> {
    let mut k = project.0.to_be_bytes().to_vec();
    k.push(b'b');
    k.extend_from_slice(build_id.as_bytes());
    k
}

fn version_key(project: ProjectId, software_type: &str, version: &str) -> Vec<u8> {
    let mut k = project.0.to_be_bytes().to_vec();
    k.push(b'v');
    k.extend_from_slice(software_type.as_bytes());
    k.push(VERSION_SEP);
    k.extend_from_slice(version.as_bytes());
    k
}

fn meta_prefix(project: ProjectId) -> Vec<u8> {
    let mut k = project.0.to_be_bytes().to_vec();
    k.push(b'b');
    k
}

/// A build id is hex: it becomes a file name, so nothing else may get through.
pub(crate) fn check_build_id(build_id: &str) -> Result<()> {
    let ok = (2..=128).contains(&build_id.len())
        && build_id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if ok {
        Ok(())
    } else {
        Err(StoreError::BadBuildId(build_id.to_string()))
    }
}

impl Store {
    fn symbol_dir(&self, project: ProjectId) -> PathBuf {
        self.dir.join("symbols").join(project.0.to_string())
    }

    fn symbol_path(&self, project: ProjectId, build_id: &str) -> PathBuf {
        self.symbol_dir(project).join(format!("{build_id}.elf"))
    }

    /// Store a symbol file, replacing any with the same build id. Durable on return.
    pub fn put_symbols(&self, project: ProjectId, meta: &SymbolMeta, bytes: &[u8]) -> Result<()> {
        check_build_id(&meta.build_id)?;
        let dir = self.symbol_dir(project);
        std::fs::create_dir_all(&dir)?;
        let tmp = dir.join(format!("{}.elf.tmp", meta.build_id));
        {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
        }
        std::fs::rename(&tmp, self.symbol_path(project, &meta.build_id))?;
        std::fs::File::open(&dir)?.sync_all()?;

        let json = serde_json::to_vec(meta).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let old = self
            .symbols
            .insert(meta_key(project, &meta.build_id), json)?;
        if let Some(old) = old.and_then(|v| serde_json::from_slice::<SymbolMeta>(&v).ok())
            && let (Some(t), Some(v)) = (&old.software_type, &old.software_version)
        {
            self.symbols.remove(version_key(project, t, v))?;
        }
        if let (Some(t), Some(v)) = (&meta.software_type, &meta.software_version) {
            self.symbols
                .insert(version_key(project, t, v), meta.build_id.as_bytes())?;
        }
        self.db.flush()?;
        Ok(())
    }

    /// Every symbol file of a project, by build id.
    pub fn symbols(&self, project: ProjectId) -> Result<Vec<SymbolMeta>> {
        self.symbols
            .scan_prefix(meta_prefix(project))
            .map(|kv| {
                let (_, v) = kv?;
                serde_json::from_slice(&v).map_err(|e| StoreError::Corrupt(e.to_string()))
            })
            .collect()
    }

    pub fn symbol_meta(&self, project: ProjectId, build_id: &str) -> Result<Option<SymbolMeta>> {
        if check_build_id(build_id).is_err() {
            return Ok(None);
        }
        match self.symbols.get(meta_key(project, build_id))? {
            Some(v) => serde_json::from_slice(&v)
                .map(Some)
                .map_err(|e| StoreError::Corrupt(e.to_string())),
            None => Ok(None),
        }
    }

    /// The build id uploaded for a software type and version (the fallback when a device's
    /// context has no build id).
    pub fn symbols_for_version(
        &self,
        project: ProjectId,
        software_type: &str,
        version: &str,
    ) -> Result<Option<String>> {
        Ok(self
            .symbols
            .get(version_key(project, software_type, version))?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    /// The bytes of a symbol file, when indexed.
    pub fn symbol_file(&self, project: ProjectId, build_id: &str) -> Result<Option<Vec<u8>>> {
        if self.symbol_meta(project, build_id)?.is_none() {
            return Ok(None);
        }
        match std::fs::read(self.symbol_path(project, build_id)) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(StoreError::Corrupt(
                format!("symbol file {build_id} is indexed but missing"),
            )),
            Err(e) => Err(e.into()),
        }
    }

    /// Remove a symbol file; false when there was none.
    pub fn delete_symbols(&self, project: ProjectId, build_id: &str) -> Result<bool> {
        let Some(meta) = self.symbol_meta(project, build_id)? else {
            return Ok(false);
        };
        self.symbols.remove(meta_key(project, build_id))?;
        if let (Some(t), Some(v)) = (&meta.software_type, &meta.software_version)
            && self.symbols_for_version(project, t, v)?.as_deref() == Some(build_id)
        {
            self.symbols.remove(version_key(project, t, v))?;
        }
        self.db.flush()?;
        match std::fs::remove_file(self.symbol_path(project, build_id)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(build_id: &str, version: Option<&str>) -> SymbolMeta {
        SymbolMeta {
            build_id: build_id.into(),
            software_type: version.map(|_| "main".into()),
            software_version: version.map(Into::into),
            name: "fw.elf".into(),
            size: 4,
            uploaded_ms: 7,
            arch: "arm".into(),
            debug_info: true,
        }
    }

    #[test]
    fn symbol_files_round_trip_survive_reopen_and_delete() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = ProjectId(3);
        {
            let s = Store::open(dir.path()).expect("open");
            s.put_symbols(p, &meta("5a7f10", Some("1.4.2")), b"\x7fELF")
                .expect("put");
            s.put_symbols(p, &meta("00aa", None), b"\x7fELFxx")
                .expect("put");
            // Another project does not see them.
            assert!(s.symbols(ProjectId(4)).expect("list").is_empty());
        }
        let s = Store::open(dir.path()).expect("reopen");
        let all = s.symbols(p).expect("list");
        assert_eq!(
            all.iter().map(|m| m.build_id.as_str()).collect::<Vec<_>>(),
            ["00aa", "5a7f10"]
        );
        assert_eq!(
            s.symbol_file(p, "5a7f10").expect("read").as_deref(),
            Some(&b"\x7fELF"[..])
        );
        assert_eq!(
            s.symbols_for_version(p, "main", "1.4.2")
                .expect("by version"),
            Some("5a7f10".into())
        );
        assert!(s.delete_symbols(p, "5a7f10").expect("delete"));
        assert!(!s.delete_symbols(p, "5a7f10").expect("delete again"));
        assert_eq!(s.symbol_file(p, "5a7f10").expect("read"), None);
        assert_eq!(s.symbols_for_version(p, "main", "1.4.2").expect("v"), None);
        assert!(
            !dir.path().join("symbols/3/5a7f10.elf").exists(),
            "file removed"
        );
    }

    #[test]
    fn a_new_upload_replaces_the_file_and_its_version_entry() {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = Store::open(dir.path()).expect("open");
        let p = ProjectId(1);
        s.put_symbols(p, &meta("abcd", Some("1.0.0")), b"one")
            .expect("put");
        s.put_symbols(p, &meta("abcd", Some("1.0.1")), b"two")
            .expect("put");
        assert_eq!(
            s.symbol_file(p, "abcd").expect("read"),
            Some(b"two".to_vec())
        );
        assert_eq!(s.symbols_for_version(p, "main", "1.0.0").expect("v"), None);
        assert_eq!(
            s.symbols_for_version(p, "main", "1.0.1").expect("v"),
            Some("abcd".into())
        );
    }

    #[test]
    fn build_ids_that_are_not_hex_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = Store::open(dir.path()).expect("open");
        for bad in ["../etc/passwd", "ABCD", "", "a", "zz"] {
            let err = s
                .put_symbols(ProjectId(1), &meta(bad, None), b"x")
                .expect_err(bad);
            assert!(matches!(err, StoreError::BadBuildId(_)), "{bad}: {err}");
        }
        assert_eq!(s.symbol_meta(ProjectId(1), "../x").expect("get"), None);
        assert!(
            !dir.path().join("symbols/1").exists() || {
                std::fs::read_dir(dir.path().join("symbols/1"))
                    .expect("dir")
                    .next()
                    .is_none()
            }
        );
    }
}
