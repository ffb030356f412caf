//! Address → source frames, from DWARF (inlined frames included) or the ELF symbol table.

use std::collections::{HashMap, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, Mutex};

use gimli::{EndianArcSlice, RunTimeEndian};
use object::{Object, ObjectSection};

use crate::file::{SymbolError, SymbolFile};

type Reader = EndianArcSlice<RunTimeEndian>;

/// One source-level frame of an address: a function, possibly inlined into the next frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolFrame {
    /// Demangled (C++ and Rust) function name.
    pub function: Option<String>,
    pub file: Option<String>,
    pub line: Option<u32>,
    /// This function was inlined into the next frame of the list (its caller).
    pub inlined: bool,
}

/// Symbolicates addresses of one symbol file. Building it parses the DWARF unit index once;
/// keep it (or a [`SymbolCache`]) around, lookups then reuse the parsed units.
pub struct Symbolicator {
    file: SymbolFile,
    /// addr2line parses units lazily through cells, so the context is not `Sync`: a lock
    /// lets one warm context serve every thread (lookups are microseconds).
    dwarf: Option<Mutex<Dwarf>>,
}

struct Dwarf {
    context: addr2line::Context<Reader>,
    /// Demangled function names by where the raw name lies in the section data (and the
    /// unit's language): demangling a C++ name costs more than the rest of a lookup, and a
    /// file has far fewer names than addresses. Bounded by the names the file holds.
    names: HashMap<(usize, usize, u16), Box<str>, BuildHasherDefault<KeyHasher>>,
}

/// A multiplicative hash for the name cache's keys (integers the process made, nothing an
/// attacker chooses): SipHash cost as much as a quarter of a cached lookup.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn write_u16(&mut self, n: u16) {
        self.write_u64(u64::from(n));
    }
}

impl std::fmt::Debug for Symbolicator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Symbolicator")
            .field("build_id", &self.file.build_id_hex())
            .field("dwarf", &self.dwarf.is_some())
            .finish()
    }
}

pub(crate) fn load_section(
    object: &object::File<'_>,
    name: &str,
    endian: RunTimeEndian,
) -> Result<Reader, SymbolError> {
    let data: Arc<[u8]> = match object.section_by_name(name) {
        Some(s) => s
            .uncompressed_data()
            .map_err(|e| SymbolError::Corrupt(format!("section {name}: {e}")))?
            .into(),
        None => Arc::from(&[][..]),
    };
    Ok(EndianArcSlice::new(data, endian))
}

pub(crate) fn endian(object: &object::File<'_>) -> RunTimeEndian {
    if object.is_little_endian() {
        RunTimeEndian::Little
    } else {
        RunTimeEndian::Big
    }
}

impl Symbolicator {
    pub fn new(file: &SymbolFile) -> Result<Symbolicator, SymbolError> {
        let dwarf = if file.has_debug_info() {
            let object = object::File::parse(file.bytes())
                .map_err(|e| SymbolError::Corrupt(e.to_string()))?;
            let endian = endian(&object);
            let sections = gimli::Dwarf::load(|id| load_section(&object, id.name(), endian))?;
            Some(Mutex::new(Dwarf {
                context: addr2line::Context::from_dwarf(sections)
                    .map_err(|e| SymbolError::Dwarf(e.to_string()))?,
                names: HashMap::default(),
            }))
        } else {
            None
        };
        Ok(Symbolicator {
            file: file.clone(),
            dwarf,
        })
    }

    pub fn file(&self) -> &SymbolFile {
        &self.file
    }

    /// The frames of `addr`, innermost inlined function first, the function that really holds
    /// the code last. Empty when nothing is known about the address. Thumb bit ignored.
    pub fn symbolicate(&self, addr: u64) -> Vec<SymbolFrame> {
        let addr = addr & !1;
        // The linker discards unused functions but not their DWARF, which then claims
        // addresses from 0: an address outside every function of the symbol table (the vector
        // table, a null pointer) would otherwise get a stranger's name.
        if self.file.has_function_symbols() && self.file.function_symbol(addr).is_none() {
            return Vec::new();
        }
        let mut frames = self.dwarf_frames(addr).unwrap_or_default();
        if frames.is_empty() {
            if let Some(f) = self.file.function_symbol(addr) {
                frames.push(SymbolFrame {
                    function: Some(f.name.clone()),
                    file: None,
                    line: None,
                    inlined: false,
                });
            }
        } else if let Some(last) = frames.last_mut()
            && last.function.is_none()
        {
            // Line info without a subprogram (e.g. assembly): the symbol table names it.
            last.function = self.file.function_name(addr).map(str::to_string);
        }
        frames
    }

    fn dwarf_frames(&self, addr: u64) -> Result<Vec<SymbolFrame>, addr2line::gimli::Error> {
        let Some(ctx) = &self.dwarf else {
            return Ok(Vec::new());
        };
        let mut dwarf = ctx.lock().unwrap_or_else(|e| e.into_inner());
        let Dwarf { context, names } = &mut *dwarf;
        // Asked with the Thumb bit set: the assembler writes the DWARF ranges of Thumb
        // assembly functions from their symbol values, Thumb bit included ([start | 1,
        // end | 1)), so the first halfword of such a function would fall in the range of the
        // one before it. The compiler's ranges and every line row are even, and the odd
        // address is inside the same instruction, so for them nothing changes.
        let mut iter = context.find_frames(addr | 1).skip_all_loads()?;
        let mut frames = Vec::new();
        while let Some(frame) = iter.next()? {
            let function = match &frame.function {
                Some(f) => {
                    let raw: &[u8] = &f.name;
                    let key = (
                        raw.as_ptr() as usize,
                        raw.len(),
                        f.language.map_or(0, |l| l.0),
                    );
                    let name = match names.get(&key) {
                        Some(name) => name,
                        None => {
                            let raw = f.raw_name()?;
                            let name = crate::demangle::demangle(&raw, f.language);
                            names.entry(key).or_insert(name.into())
                        }
                    };
                    Some(String::from(&**name))
                }
                None => None,
            };
            let (file, line) = frame
                .location
                .as_ref()
                .map_or((None, None), |l| (l.file.map(str::to_string), l.line));
            frames.push(SymbolFrame {
                function,
                file,
                line,
                inlined: true,
            });
            // A corrupt DWARF tree could nest without end; no real code inlines this deep.
            if frames.len() >= 64 {
                break;
            }
        }
        if let Some(last) = frames.last_mut() {
            last.inlined = false;
        }
        Ok(frames)
    }
}

/// A bounded set of warm [`Symbolicator`]s keyed by build id, least recently used evicted.
pub struct SymbolCache {
    capacity: usize,
    /// Most recently used first.
    entries: Mutex<VecDeque<(Vec<u8>, Arc<Symbolicator>)>>,
}

impl SymbolCache {
    pub fn new(capacity: usize) -> SymbolCache {
        SymbolCache {
            capacity: capacity.max(1),
            entries: Mutex::new(VecDeque::new()),
        }
    }

    /// The symbolicator for `build_id`, built with `load` (outside the lock, so that a slow
    /// load does not block lookups of other files) when it is not cached.
    pub fn get_or_load(
        &self,
        build_id: &[u8],
        load: impl FnOnce() -> Result<SymbolFile, SymbolError>,
    ) -> Result<Arc<Symbolicator>, SymbolError> {
        if let Some(s) = self.get(build_id) {
            return Ok(s);
        }
        let s = Arc::new(Symbolicator::new(&load()?)?);
        let mut entries = self.lock();
        if let Some(i) = entries.iter().position(|(k, _)| k == build_id) {
            // Loaded concurrently by someone else: keep theirs.
            let entry = entries.remove(i).expect("index from position");
            let found = entry.1.clone();
            entries.push_front(entry);
            return Ok(found);
        }
        entries.push_front((build_id.to_vec(), s.clone()));
        entries.truncate(self.capacity);
        Ok(s)
    }

    pub fn get(&self, build_id: &[u8]) -> Option<Arc<Symbolicator>> {
        let mut entries = self.lock();
        let i = entries.iter().position(|(k, _)| k == build_id)?;
        let entry = entries.remove(i)?;
        let found = entry.1.clone();
        entries.push_front(entry);
        Some(found)
    }

    /// Forget a build's symbolicator (its file was replaced or deleted).
    pub fn remove(&self, build_id: &[u8]) {
        self.lock().retain(|(k, _)| k != build_id);
    }

    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<(Vec<u8>, Arc<Symbolicator>)>> {
        // The list stays consistent whatever panicked while holding it.
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }
}
