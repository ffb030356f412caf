//! Parsing and validating an ELF symbol file.

use std::sync::Arc;

use object::{Object, ObjectSection, ObjectSymbol, SymbolKind};

/// Why a symbol file cannot be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SymbolError {
    #[error("not an ELF file")]
    NotElf,
    #[error("corrupt or truncated ELF: {0}")]
    Corrupt(String),
    #[error("unsupported architecture {0} (supported: 32-bit Arm, little endian)")]
    UnsupportedArch(String),
    #[error("no symbols: neither DWARF debug info nor function symbols")]
    NoSymbols,
    #[error("corrupt DWARF: {0}")]
    Dwarf(String),
}

/// The architectures a symbol file may be for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arch {
    /// 32-bit Arm (Cortex-M: Thumb code, function symbols have bit 0 set).
    Arm,
}

/// One function symbol of the ELF symbol table, Thumb bit cleared.
#[derive(Debug, Clone)]
pub(crate) struct FunctionSymbol {
    pub start: u64,
    /// 0 when the table does not say; then the symbol runs to the next one.
    pub size: u64,
    pub name: String,
}

/// A validated ELF symbol file. Cheap to clone: the bytes are shared.
#[derive(Debug, Clone)]
pub struct SymbolFile {
    pub(crate) data: Arc<[u8]>,
    build_id: Option<Vec<u8>>,
    arch: Arch,
    has_debug_info: bool,
    has_debug_frame: bool,
    has_eh_frame: bool,
    entry: Option<u64>,
    /// Sorted by start address.
    pub(crate) functions: Arc<[FunctionSymbol]>,
    /// (start, end) of each of `functions`: a compact array to search (a lookup touches a
    /// few cache lines instead of one per probe). A symbol without a size ends at the next.
    spans: Arc<[(u64, u64)]>,
}

impl SymbolFile {
    /// Validate `bytes` as an ELF symbol file and read what describes it.
    pub fn parse(bytes: impl Into<Arc<[u8]>>) -> Result<SymbolFile, SymbolError> {
        let data: Arc<[u8]> = bytes.into();
        if !data.starts_with(b"\x7fELF") {
            return Err(SymbolError::NotElf);
        }
        let file = object::File::parse(&*data).map_err(|e| SymbolError::Corrupt(e.to_string()))?;
        let arch = match (file.architecture(), file.is_64(), file.is_little_endian()) {
            (object::Architecture::Arm, false, true) => Arch::Arm,
            (a, is_64, little) => {
                let width = if is_64 { 64 } else { 32 };
                let endian = if little { "little" } else { "big" };
                return Err(SymbolError::UnsupportedArch(format!(
                    "{a:?} ({width}-bit, {endian} endian)"
                )));
            }
        };
        let build_id = file
            .build_id()
            .map_err(|e| SymbolError::Corrupt(e.to_string()))?
            .map(<[u8]>::to_vec);
        // A section counts only when its data is really in the file: a header pointing past
        // the end (a truncated file) must not promise what cannot be read.
        let has = |name: &str| {
            file.section_by_name(name)
                .is_some_and(|s| s.uncompressed_data().is_ok_and(|d| !d.is_empty()))
        };
        let has_debug_info = has(".debug_info");
        let has_debug_frame = has(".debug_frame");
        let has_eh_frame = has(".eh_frame");
        let mut functions: Vec<FunctionSymbol> = file
            .symbols()
            .filter(|s| s.kind() == SymbolKind::Text && s.is_definition())
            .filter_map(|s| {
                let name = s.name().ok()?;
                // Arm mapping symbols ($t, $a, $d) mark code kinds, not functions.
                if name.is_empty() || name.starts_with('$') {
                    return None;
                }
                Some(FunctionSymbol {
                    start: s.address() & !1,
                    size: s.size(),
                    name: crate::demangle::demangle(name, None),
                })
            })
            .collect();
        functions.sort_by_key(|f| (f.start, std::cmp::Reverse(f.size)));
        let spans = functions
            .iter()
            .map(|f| {
                let end = if f.size == 0 {
                    let next = functions.partition_point(|g| g.start <= f.start);
                    functions.get(next).map_or(u64::MAX, |g| g.start)
                } else {
                    f.start.saturating_add(f.size)
                };
                (f.start, end)
            })
            .collect();
        let entry = Some(file.entry()).filter(|&e| e != 0);
        drop(file);
        if !has_debug_info && functions.is_empty() {
            return Err(SymbolError::NoSymbols);
        }
        Ok(SymbolFile {
            data,
            build_id,
            arch,
            has_debug_info,
            has_debug_frame,
            has_eh_frame,
            entry,
            functions: functions.into(),
            spans,
        })
    }

    /// The GNU build id (`.note.gnu.build-id`), if the linker wrote one.
    pub fn build_id(&self) -> Option<&[u8]> {
        self.build_id.as_deref()
    }

    /// The build id in lowercase hex, as `readelf -n` prints it.
    pub fn build_id_hex(&self) -> Option<String> {
        self.build_id
            .as_ref()
            .map(|id| id.iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn arch(&self) -> Arch {
        self.arch
    }

    /// Whether the file has DWARF `.debug_info`; without it symbolication falls back to the
    /// symbol table: function names only, no file, line or inlined frames.
    pub fn has_debug_info(&self) -> bool {
        self.has_debug_info
    }

    pub fn has_debug_frame(&self) -> bool {
        self.has_debug_frame
    }

    pub fn has_eh_frame(&self) -> bool {
        self.has_eh_frame
    }

    /// The entry point from the ELF header (the reset handler of a firmware), if set.
    pub fn entry(&self) -> Option<u64> {
        self.entry
    }

    /// Whether the symbol table names any function.
    pub fn has_function_symbols(&self) -> bool {
        !self.functions.is_empty()
    }

    /// The raw bytes of the file.
    pub fn bytes(&self) -> &[u8] {
        &self.data
    }

    /// The function symbol whose code holds `addr` (Thumb bit ignored).
    pub(crate) fn function_symbol(&self, addr: u64) -> Option<&FunctionSymbol> {
        let addr = addr & !1;
        let i = self.spans.partition_point(|&(start, _)| start <= addr);
        // Walk back over symbols at the same start (aliases) to one that covers addr.
        let j = (i.saturating_sub(8)..i)
            .rev()
            .find(|&j| addr < self.spans[j].1)?;
        self.functions.get(j)
    }

    /// `len` bytes of the image at `addr`, from the section that holds them (code is not in
    /// a coredump's memory, but it is in the ELF).
    pub fn read(&self, addr: u64, len: u64) -> Option<Vec<u8>> {
        let object = object::File::parse(&*self.data).ok()?;
        object.sections().find_map(|s| {
            let end = s.address().checked_add(s.size())?;
            if addr < s.address() || addr.checked_add(len)? > end {
                return None;
            }
            let data = s.data().ok()?;
            let at = usize::try_from(addr - s.address()).ok()?;
            data.get(at..at + usize::try_from(len).ok()?)
                .map(<[u8]>::to_vec)
        })
    }

    /// The name of the function whose code holds `addr`, from the symbol table.
    pub fn function_name(&self, addr: u64) -> Option<&str> {
        self.function_symbol(addr).map(|f| f.name.as_str())
    }
}
