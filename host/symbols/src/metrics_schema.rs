//! Heartbeat metric schemas: the names, kinds and units of a build's metrics, in the order its
//! heartbeats carry their values.
//!
//! Heartbeats carry values positionally (protocol §10.2): the integer metrics in declaration
//! order, then the strings. A [`MetricSchema`] says what each position is. It comes from, in
//! order of preference:
//! - the ELF section `.faultline.metrics` that the device SDK writes (not loaded, so no flash
//!   cost): a line-text format, `sdk-guides/metrics.md` §2 — names, kinds and units;
//! - the DWARF of the SDK's metric-id enumerations `fl_metric_id_t` (enumerators
//!   `FL_METRIC_ID_<name>`) and `fl_metric_str_id_t` (`FL_METRIC_STR_ID_<name>`), for a build
//!   whose section was stripped: names and positions, integer kinds unknown;
//! - a JSON manifest uploaded by a user ([`MetricSchema::from_json`], `sdk-guides/metrics.md`
//!   §3), for firmware not built with the SDK.
//!
//! Ids are the metric names: stable across builds, so a metric keeps its id when the list is
//! reordered. Nothing here trusts its input; every refusal says what is wrong and where.

use std::collections::HashSet;

use gimli::Reader as _;
use gimli::{AttributeValue, EndianArcSlice, RunTimeEndian};
use object::{Object, ObjectSection};
use serde::{Deserialize, Serialize};

use crate::SymbolFile;
use crate::symbolicate::{endian, load_section};

/// The ELF section the device SDK writes the schema into.
pub const SECTION: &str = ".faultline.metrics";
/// First line of the section's version 1.
const SECTION_HEADER: &str = "faultline-metrics";
/// Most metrics a schema may declare (the SDK's heartbeat has one bit per integer metric in a
/// single protobuf field; thousands would be a mistake, not a firmware).
pub const MAX_METRICS: usize = 4096;
/// Longest metric id, in bytes.
pub const MAX_ID_BYTES: usize = 128;
/// Longest unit, in bytes.
pub const MAX_UNIT_BYTES: usize = 32;

/// What a metric measures; names as in the SDK's `FL_METRIC_*` macros.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    /// Summed over the heartbeat's interval.
    Counter,
    /// The last value set in the interval.
    Gauge,
    /// Milliseconds measured in the interval.
    Timer,
    /// A short text; travels after the integer metrics.
    String,
}

impl MetricKind {
    pub fn name(self) -> &'static str {
        match self {
            MetricKind::Counter => "counter",
            MetricKind::Gauge => "gauge",
            MetricKind::Timer => "timer",
            MetricKind::String => "string",
        }
    }

    fn parse(s: &str) -> Option<MetricKind> {
        Some(match s {
            "counter" => MetricKind::Counter,
            "gauge" => MetricKind::Gauge,
            "timer" => MetricKind::Timer,
            "string" => MetricKind::String,
            _ => return None,
        })
    }
}

/// One declared metric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetricDef {
    /// Stable id: the metric's name in the firmware's declarations.
    pub id: String,
    /// `None` when the source does not say: DWARF tells integer metrics from strings, not
    /// counters from gauges or timers.
    pub kind: Option<MetricKind>,
    pub unit: Option<String>,
}

/// Where a schema came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SchemaSource {
    /// The ELF section `.faultline.metrics`.
    ElfSection,
    /// The DWARF of the SDK's metric-id enumerations.
    Dwarf,
    /// A JSON manifest a user uploaded.
    Manifest,
}

impl SchemaSource {
    pub fn name(self) -> &'static str {
        match self {
            SchemaSource::ElfSection => "elf_section",
            SchemaSource::Dwarf => "dwarf",
            SchemaSource::Manifest => "manifest",
        }
    }
}

/// Whether the value at a heartbeat position is an integer or a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Integer,
    Text,
}

/// The metrics of one build, by heartbeat position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricSchema {
    pub source: SchemaSource,
    /// Integer metrics: position `i` of a heartbeat's values is `integers[i]`.
    pub integers: Vec<MetricDef>,
    /// String metrics: position `integers.len() + j` is `strings[j]`.
    pub strings: Vec<MetricDef>,
}

/// Why a schema cannot be read. The text says what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SchemaError {
    #[error("section {SECTION}, line {line}: {reason}")]
    Section { line: usize, reason: String },
    #[error("DWARF metric enumeration: {0}")]
    Dwarf(String),
    #[error("corrupt ELF: {0}")]
    Corrupt(String),
    #[error("metric manifest: {0}")]
    Manifest(String),
}

impl MetricSchema {
    /// Every position's metric, in heartbeat order, with whether it is an integer or a text.
    pub fn positions(&self) -> impl Iterator<Item = (usize, Slot, &MetricDef)> {
        self.integers
            .iter()
            .map(|m| (Slot::Integer, m))
            .chain(self.strings.iter().map(|m| (Slot::Text, m)))
            .enumerate()
            .map(|(i, (slot, m))| (i, slot, m))
    }

    /// The metric at heartbeat position `index`.
    pub fn at(&self, index: usize) -> Option<(Slot, &MetricDef)> {
        match self.integers.get(index) {
            Some(m) => Some((Slot::Integer, m)),
            None => self
                .strings
                .get(index - self.integers.len())
                .map(|m| (Slot::Text, m)),
        }
    }

    pub fn len(&self) -> usize {
        self.integers.len() + self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The schema of a symbol file: its `.faultline.metrics` section, else the DWARF of the
    /// SDK's metric-id enumerations; `None` when it has neither (not built with the SDK, or
    /// stripped of both). A section or enumeration that is there but wrong is an error: a
    /// guessed schema would mis-name values.
    pub fn from_elf(file: &SymbolFile) -> Result<Option<MetricSchema>, SchemaError> {
        let object =
            object::File::parse(file.bytes()).map_err(|e| SchemaError::Corrupt(e.to_string()))?;
        if let Some(section) = object.section_by_name(SECTION) {
            let data = section
                .uncompressed_data()
                .map_err(|e| SchemaError::Corrupt(format!("section {SECTION}: {e}")))?;
            return parse_section(&data).map(Some);
        }
        if !file.has_debug_info() {
            return Ok(None);
        }
        from_dwarf(&object)
    }

    /// A user's JSON manifest (`sdk-guides/metrics.md` §3):
    /// `{"version": 1, "metrics": [{"id": "battery_mv", "kind": "gauge", "unit": "mV"}, …]}`,
    /// in declaration order (integer metrics take the first positions in their order, strings
    /// follow in theirs, as the SDK sends them), or every metric with an explicit `index`.
    pub fn from_json(bytes: &[u8]) -> Result<MetricSchema, SchemaError> {
        let bad = |m: String| SchemaError::Manifest(m);
        let manifest = read_manifest(bytes)?;
        let mut ids = HashSet::new();
        for (i, m) in manifest.metrics.iter().enumerate() {
            let at = || format!("metrics[{i}]");
            check_id(&m.id, IdRule::Manifest).map_err(|r| bad(format!("{}: {r}", at())))?;
            if let Some(unit) = &m.unit {
                check_unit(unit).map_err(|r| bad(format!("{} (`{}`): {r}", at(), m.id)))?;
            }
            if !ids.insert(m.id.as_str()) {
                return Err(bad(format!("{}: id `{}` is declared twice", at(), m.id)));
            }
        }
        let with_index = manifest
            .metrics
            .iter()
            .filter(|m| m.index.is_some())
            .count();
        let def = |m: &ManifestMetric| MetricDef {
            id: m.id.clone(),
            kind: Some(m.kind),
            unit: m.unit.clone().filter(|u| !u.is_empty()),
        };
        let is_text = |m: &ManifestMetric| m.kind == MetricKind::String;
        if with_index == 0 {
            return Ok(MetricSchema {
                source: SchemaSource::Manifest,
                integers: manifest
                    .metrics
                    .iter()
                    .filter(|m| !is_text(m))
                    .map(def)
                    .collect(),
                strings: manifest
                    .metrics
                    .iter()
                    .filter(|m| is_text(m))
                    .map(def)
                    .collect(),
            });
        }
        if with_index != manifest.metrics.len() {
            return Err(bad(
                "give every metric an `index`, or none (then the order of the list is the \
                 declaration order)"
                    .into(),
            ));
        }
        let n = manifest.metrics.len();
        let mut by_index: Vec<Option<&ManifestMetric>> = vec![None; n];
        for m in &manifest.metrics {
            let index = m.index.unwrap_or_default();
            let slot = usize::try_from(index)
                .ok()
                .and_then(|i| by_index.get_mut(i))
                .ok_or_else(|| {
                    bad(format!(
                        "`{}`: index {index} is out of range: {n} metrics take indexes 0 to {}",
                        m.id,
                        n - 1
                    ))
                })?;
            if let Some(other) = slot {
                return Err(bad(format!(
                    "`{}` and `{}` both have index {index}",
                    other.id, m.id
                )));
            }
            *slot = Some(m);
        }
        // Every index taken once, so all are Some.
        let ordered: Vec<&ManifestMetric> = by_index.into_iter().flatten().collect();
        let integers = ordered.iter().take_while(|m| !is_text(m)).count();
        if let Some(late) = ordered[integers..].iter().find(|m| !is_text(m)) {
            return Err(bad(format!(
                "{} metric `{}` at index {} comes after string metric `{}` at index {integers}: \
                 a heartbeat carries its strings after all its integer metrics",
                late.kind.name(),
                late.id,
                late.index.unwrap_or_default(),
                ordered[integers].id
            )));
        }
        Ok(MetricSchema {
            source: SchemaSource::Manifest,
            integers: ordered[..integers].iter().map(|m| def(m)).collect(),
            strings: ordered[integers..].iter().map(|m| def(m)).collect(),
        })
    }

    /// The schema as a manifest with explicit indexes (what `GET …/metric-schemas/{id}`
    /// shows; PUT back, it gives the same schema when every kind is known).
    pub fn to_manifest(&self) -> serde_json::Value {
        let metrics: Vec<serde_json::Value> = self
            .positions()
            .map(|(index, slot, m)| {
                let kind = match (slot, m.kind) {
                    (Slot::Text, _) => Some(MetricKind::String),
                    (Slot::Integer, kind) => kind,
                };
                serde_json::json!({
                    "index": index,
                    "id": m.id,
                    "kind": kind,
                    "unit": m.unit,
                })
            })
            .collect();
        serde_json::json!({ "version": 1, "metrics": metrics })
    }
}

struct Manifest {
    metrics: Vec<ManifestMetric>,
}

/// The manifest's structure, strictly: objects where objects are meant (serde would also take
/// a struct from an array), no unknown keys, errors that say which metric.
fn read_manifest(bytes: &[u8]) -> Result<Manifest, SchemaError> {
    let bad = |m: String| SchemaError::Manifest(m);
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| bad(format!("not JSON: {e}")))?;
    let serde_json::Value::Object(top) = value else {
        return Err(bad(
            r#"expected an object {"version": 1, "metrics": [...]}"#.into(),
        ));
    };
    if let Some(key) = top
        .keys()
        .find(|k| !matches!(k.as_str(), "version" | "metrics"))
    {
        return Err(bad(format!(
            "unknown field `{key}`, expected `version` or `metrics`"
        )));
    }
    match top.get("version") {
        None => return Err(bad("missing field `version`".into())),
        Some(v) if v.as_u64() == Some(1) => {}
        Some(v) => {
            return Err(bad(format!(
                "unsupported version {v} (this server reads version 1)"
            )));
        }
    }
    let metrics = match top.get("metrics") {
        None => return Err(bad("missing field `metrics`".into())),
        Some(serde_json::Value::Array(list)) => list,
        Some(_) => return Err(bad("`metrics` is not an array".into())),
    };
    if metrics.len() > MAX_METRICS {
        return Err(bad(format!(
            "{} metrics, more than the {MAX_METRICS} a schema may declare",
            metrics.len()
        )));
    }
    let metrics = metrics
        .iter()
        .enumerate()
        .map(|(i, m)| {
            if !m.is_object() {
                return Err(bad(format!("metrics[{i}]: expected an object")));
            }
            ManifestMetric::deserialize(m).map_err(|e| bad(format!("metrics[{i}]: {e}")))
        })
        .collect::<Result<_, _>>()?;
    Ok(Manifest { metrics })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestMetric {
    id: String,
    kind: MetricKind,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    index: Option<u64>,
}

#[derive(Clone, Copy)]
enum IdRule {
    /// A C identifier, as the SDK's X-macros require.
    Sdk,
    /// Also `.` and `-` after the first character, for other firmware's names.
    Manifest,
}

fn check_id(id: &str, rule: IdRule) -> Result<(), String> {
    if id.is_empty() {
        return Err("empty metric id".into());
    }
    if id.len() > MAX_ID_BYTES {
        return Err(format!(
            "metric id of {} bytes, over {MAX_ID_BYTES}",
            id.len()
        ));
    }
    let first_ok = id.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
    let rest_ok = id.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || c == '_'
            || (matches!(rule, IdRule::Manifest) && ".-".contains(c))
    });
    if first_ok && rest_ok {
        Ok(())
    } else {
        let allowed = match rule {
            IdRule::Sdk => "a C identifier",
            IdRule::Manifest => "a letter or _, then letters, digits, _, . or -",
        };
        Err(format!(
            "metric id `{}` is not {allowed}",
            id.escape_debug()
        ))
    }
}

fn check_unit(unit: &str) -> Result<(), String> {
    if unit.len() > MAX_UNIT_BYTES {
        return Err(format!(
            "unit of {} bytes, over {MAX_UNIT_BYTES}",
            unit.len()
        ));
    }
    if unit.chars().any(char::is_control) {
        return Err(format!(
            "unit `{}` has a control character",
            unit.escape_debug()
        ));
    }
    Ok(())
}

/// The section's text: `faultline-metrics 1`, then `<kind> <id>[ <unit>]` per metric in
/// declaration order, each line ending in `\n`. NUL bytes after the last line are the
/// linker's padding.
fn parse_section(data: &[u8]) -> Result<MetricSchema, SchemaError> {
    let bad = |line: usize, reason: String| SchemaError::Section { line, reason };
    let end = data.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
    let text = std::str::from_utf8(&data[..end]).map_err(|e| {
        let line = 1 + data[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        bad(line, "not UTF-8".into())
    })?;
    let Some(body) = text.strip_suffix('\n') else {
        let line = 1 + text.matches('\n').count();
        return Err(bad(line, "truncated: the last line has no end".into()));
    };
    let mut lines = body.split('\n');
    let header = lines.next().unwrap_or_default();
    match header.split_once(' ') {
        Some((SECTION_HEADER, "1")) => {}
        Some((SECTION_HEADER, v)) => {
            return Err(bad(
                1,
                format!(
                    "format version `{}` (this server reads version 1)",
                    v.escape_debug()
                ),
            ));
        }
        _ => {
            return Err(bad(
                1,
                format!(
                    "expected `{SECTION_HEADER} 1`, found `{}`",
                    header.escape_debug()
                ),
            ));
        }
    }
    let mut schema = MetricSchema {
        source: SchemaSource::ElfSection,
        integers: Vec::new(),
        strings: Vec::new(),
    };
    let mut ids = HashSet::new();
    for (i, line) in lines.enumerate() {
        let n = i + 2;
        if line.starts_with(SECTION_HEADER) {
            return Err(bad(
                n,
                "a second schema: two copies of the SDK's fl_metrics.c are linked".into(),
            ));
        }
        let mut parts = line.splitn(3, ' ');
        let kind_text = parts.next().unwrap_or_default();
        let kind = MetricKind::parse(kind_text).ok_or_else(|| {
            bad(
                n,
                format!(
                    "unknown kind `{}` (counter, gauge, timer or string)",
                    kind_text.escape_debug()
                ),
            )
        })?;
        let id = parts
            .next()
            .ok_or_else(|| bad(n, format!("`{kind_text}` without a metric id")))?;
        check_id(id, IdRule::Sdk).map_err(|r| bad(n, r))?;
        let unit = parts.next().filter(|u| !u.is_empty());
        if let Some(unit) = unit {
            check_unit(unit).map_err(|r| bad(n, r))?;
        }
        if !ids.insert(id) {
            return Err(bad(n, format!("metric id `{id}` is declared twice")));
        }
        if ids.len() > MAX_METRICS {
            return Err(bad(n, format!("more than {MAX_METRICS} metrics")));
        }
        let def = MetricDef {
            id: id.to_string(),
            kind: Some(kind),
            unit: unit.map(str::to_string),
        };
        if kind == MetricKind::String {
            schema.strings.push(def);
        } else {
            schema.integers.push(def);
        }
    }
    Ok(schema)
}

type Reader = EndianArcSlice<RunTimeEndian>;

/// The two enumerations of the SDK's metrics.h, by typedef name.
const INTEGER_ENUM: (&str, &str, &str) = ("fl_metric_id_t", "FL_METRIC_ID_", "FL_METRIC_INT_COUNT");
const STRING_ENUM: (&str, &str, &str) = (
    "fl_metric_str_id_t",
    "FL_METRIC_STR_ID_",
    "FL_METRIC_STR_COUNT",
);

fn from_dwarf(object: &object::File<'_>) -> Result<Option<MetricSchema>, SchemaError> {
    let dwarf_err = |e: gimli::Error| SchemaError::Dwarf(e.to_string());
    let endian = endian(object);
    let dwarf = gimli::Dwarf::load(|id| load_section(object, id.name(), endian))
        .map_err(|e| SchemaError::Corrupt(e.to_string()))?;
    // Every unit that uses an enumeration has its own copy; they must agree (a unit compiled
    // against another metric list would send or read other positions).
    let mut integers: Option<Vec<String>> = None;
    let mut strings: Option<Vec<String>> = None;
    let mut headers = dwarf.units();
    while let Some(header) = headers.next().map_err(dwarf_err)? {
        let unit = dwarf.unit(header).map_err(dwarf_err)?;
        let mut found = Vec::new();
        let mut entries = unit.entries();
        while let Some(entry) = entries.next_dfs().map_err(dwarf_err)? {
            if entry.tag() != gimli::DW_TAG_typedef {
                continue;
            }
            let Some(name) = entry.attr_value(gimli::DW_AT_name) else {
                continue;
            };
            let name = dwarf.attr_string(&unit, name).map_err(dwarf_err)?;
            let name = name.to_string_lossy().map_err(dwarf_err)?;
            for which in [INTEGER_ENUM, STRING_ENUM] {
                if name == which.0
                    && let Some(AttributeValue::UnitRef(offset)) =
                        entry.attr_value(gimli::DW_AT_type)
                {
                    found.push((which, offset));
                }
            }
        }
        for (which, offset) in found {
            let names = enumerators(&dwarf, &unit, offset, which)?;
            let slot = if which.0 == INTEGER_ENUM.0 {
                &mut integers
            } else {
                &mut strings
            };
            match slot {
                Some(before) if *before != names => {
                    return Err(SchemaError::Dwarf(format!(
                        "{} differs between compilation units ({} vs {} metrics): parts of \
                         the firmware were built with different metric lists",
                        which.0,
                        before.len(),
                        names.len()
                    )));
                }
                Some(_) => {}
                None => *slot = Some(names),
            }
        }
    }
    if integers.is_none() && strings.is_none() {
        return Ok(None);
    }
    let defs = |names: Option<Vec<String>>, kind: Option<MetricKind>| -> Vec<MetricDef> {
        names
            .unwrap_or_default()
            .into_iter()
            .map(|id| MetricDef {
                id,
                kind,
                unit: None,
            })
            .collect()
    };
    let schema = MetricSchema {
        source: SchemaSource::Dwarf,
        integers: defs(integers, None),
        strings: defs(strings, Some(MetricKind::String)),
    };
    let mut ids = HashSet::new();
    if let Some(dup) = schema.positions().find(|(_, _, m)| !ids.insert(&m.id)) {
        return Err(SchemaError::Dwarf(format!(
            "metric id `{}` is declared twice",
            dup.2.id
        )));
    }
    Ok(Some(schema))
}

/// The metric names of the enumeration at `offset`, by value: `<prefix><name> = position`,
/// the count enumerator last.
fn enumerators(
    dwarf: &gimli::Dwarf<Reader>,
    unit: &gimli::Unit<Reader>,
    offset: gimli::UnitOffset,
    (typedef, prefix, count): (&str, &str, &str),
) -> Result<Vec<String>, SchemaError> {
    let dwarf_err = |e: gimli::Error| SchemaError::Dwarf(format!("{typedef}: {e}"));
    let bad = |m: String| SchemaError::Dwarf(format!("{typedef}: {m}"));
    let mut tree = unit.entries_tree(Some(offset)).map_err(dwarf_err)?;
    let root = tree.root().map_err(dwarf_err)?;
    if root.entry().tag() != gimli::DW_TAG_enumeration_type {
        return Err(bad(format!(
            "a typedef of {}, not of an enumeration",
            root.entry().tag()
        )));
    }
    let mut values: Vec<(i64, String)> = Vec::new();
    let mut children = root.children();
    while let Some(child) = children.next().map_err(dwarf_err)? {
        let entry = child.entry();
        if entry.tag() != gimli::DW_TAG_enumerator {
            continue;
        }
        let name = match entry.attr_value(gimli::DW_AT_name) {
            Some(v) => dwarf
                .attr_string(unit, v)
                .map_err(dwarf_err)?
                .to_string_lossy()
                .map_err(dwarf_err)?
                .into_owned(),
            None => return Err(bad("an enumerator without a name".into())),
        };
        let value = entry
            .attr(gimli::DW_AT_const_value)
            .and_then(|a| {
                a.sdata_value()
                    .or_else(|| a.udata_value().map(|v| v as i64))
            })
            .ok_or_else(|| bad(format!("enumerator {name} has no value")))?;
        values.push((value, name));
        if values.len() > MAX_METRICS + 1 {
            return Err(bad(format!("more than {MAX_METRICS} metrics")));
        }
    }
    values.sort();
    let mut names = Vec::with_capacity(values.len());
    for (i, (value, name)) in values.iter().enumerate() {
        if usize::try_from(*value).ok() != Some(i) {
            return Err(bad(format!(
                "enumerator {name} = {value}: metric ids are positions 0, 1, 2, …"
            )));
        }
        if name == count {
            if i + 1 != values.len() {
                return Err(bad(format!("{count} is not the last enumerator")));
            }
            break;
        }
        let id = name.strip_prefix(prefix).ok_or_else(|| {
            bad(format!(
                "enumerator {name} does not start with {prefix}: not the SDK's enumeration"
            ))
        })?;
        check_id(id, IdRule::Sdk).map_err(bad)?;
        names.push(id.to_string());
    }
    if values.last().is_none_or(|(_, n)| n != count) {
        return Err(bad(format!(
            "no {count} enumerator: not the SDK's enumeration"
        )));
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(text: &str) -> Result<MetricSchema, SchemaError> {
        parse_section(text.as_bytes())
    }

    fn ids(defs: &[MetricDef]) -> Vec<&str> {
        defs.iter().map(|m| m.id.as_str()).collect()
    }

    #[test]
    fn section_text_is_split_into_integers_and_strings_in_declaration_order() {
        let s = section(
            "faultline-metrics 1\ngauge up s\nstring state\ncounter n\ntimer busy ms\n\0\0\0",
        )
        .expect("valid");
        assert_eq!(s.source, SchemaSource::ElfSection);
        assert_eq!(ids(&s.integers), ["up", "n", "busy"]);
        assert_eq!(ids(&s.strings), ["state"]);
        assert_eq!(s.integers[0].unit.as_deref(), Some("s"));
        assert_eq!(s.integers[1].unit, None);
        assert_eq!(s.integers[2].kind, Some(MetricKind::Timer));
        assert_eq!(
            s.at(3).map(|(slot, m)| (slot, m.id.as_str())),
            Some((Slot::Text, "state"))
        );
        assert_eq!(s.at(4), None);
        // A unit may hold spaces and any printable UTF-8.
        let s = section("faultline-metrics 1\ngauge t °C x\n").expect("valid");
        assert_eq!(s.integers[0].unit.as_deref(), Some("°C x"));
        // No metrics at all is a valid schema.
        assert!(section("faultline-metrics 1\n").expect("valid").is_empty());
    }

    #[test]
    fn bad_sections_say_which_line_and_why() {
        let cases = [
            ("", 1, "truncated"),
            ("faultline-metrics 1", 1, "truncated"),
            ("faultline-metrics 2\n", 1, "format version `2`"),
            ("metrics 1\n", 1, "expected `faultline-metrics 1`"),
            (
                "faultline-metrics 1\ngauge a\ncount b\n",
                3,
                "unknown kind `count`",
            ),
            ("faultline-metrics 1\ngauge\n", 2, "without a metric id"),
            (
                "faultline-metrics 1\ngauge 9lives\n",
                2,
                "not a C identifier",
            ),
            ("faultline-metrics 1\ngauge a-b\n", 2, "not a C identifier"),
            (
                "faultline-metrics 1\ngauge a\nstring a\n",
                3,
                "declared twice",
            ),
            (
                "faultline-metrics 1\ngauge a\nfaultline-metrics 1\n",
                3,
                "a second schema",
            ),
            ("faultline-metrics 1\ngauge a\n\n", 3, "unknown kind ``"),
            (
                "faultline-metrics 1\ngauge a \x07\n",
                2,
                "control character",
            ),
            ("faultline-metrics 1\ngauge a\ngauge b", 3, "truncated"),
        ];
        for (text, line, reason) in cases {
            match section(text) {
                Err(SchemaError::Section { line: l, reason: r }) => {
                    assert_eq!(l, line, "{text:?}: {r}");
                    assert!(r.contains(reason), "{text:?}: {r}");
                }
                other => panic!("{text:?}: {other:?}"),
            }
        }
        let err = parse_section(b"faultline-metrics 1\ngauge a\ngauge \xff\n").expect_err("utf-8");
        assert_eq!(
            err,
            SchemaError::Section {
                line: 3,
                reason: "not UTF-8".into()
            }
        );
        let long = format!("faultline-metrics 1\ngauge a {}\n", "u".repeat(33));
        assert!(section(&long).is_err());
    }

    #[test]
    fn manifests_in_declaration_order_or_with_indexes_give_the_same_schema() {
        let ordered = MetricSchema::from_json(
            br#"{"version":1,"metrics":[
                {"id":"battery_mv","kind":"gauge","unit":"mV"},
                {"id":"state","kind":"string"},
                {"id":"resets","kind":"counter","unit":null}]}"#,
        )
        .expect("valid");
        assert_eq!(ids(&ordered.integers), ["battery_mv", "resets"]);
        assert_eq!(ids(&ordered.strings), ["state"]);
        assert_eq!(ordered.source, SchemaSource::Manifest);
        let indexed = MetricSchema::from_json(
            br#"{"version":1,"metrics":[
                {"id":"state","kind":"string","index":2},
                {"id":"resets","kind":"counter","index":1},
                {"id":"battery_mv","kind":"gauge","unit":"mV","index":0}]}"#,
        )
        .expect("valid");
        assert_eq!(indexed, ordered);
        // What GET shows can be PUT back.
        let shown = serde_json::to_vec(&ordered.to_manifest()).expect("json");
        assert_eq!(
            MetricSchema::from_json(&shown).expect("round trip"),
            ordered
        );
    }

    #[test]
    fn bad_manifests_are_refused_with_the_reason() {
        let cases = [
            ("", "not JSON: EOF"),
            ("[1, []]", "expected an object"),
            (r#"{"metrics":[]}"#, "missing field `version`"),
            (r#"{"version":1}"#, "missing field `metrics`"),
            (r#"{"version":2,"metrics":[]}"#, "unsupported version 2"),
            (
                r#"{"version":"1","metrics":[]}"#,
                "unsupported version \"1\"",
            ),
            (
                r#"{"version":1,"metrics":[],"extra":1}"#,
                "unknown field `extra`",
            ),
            (r#"{"version":1,"metrics":{}}"#, "`metrics` is not an array"),
            (
                r#"{"version":1,"metrics":[["a","gauge"]]}"#,
                "metrics[0]: expected an object",
            ),
            (
                r#"{"version":1,"metrics":[{"id":"a","kind":"gage"}]}"#,
                "metrics[0]: unknown variant `gage`",
            ),
            (
                r#"{"version":1,"metrics":[{"id":"a"}]}"#,
                "metrics[0]: missing field `kind`",
            ),
            (
                r#"{"version":1,"metrics":[{"id":"a","kind":"gauge","units":"V"}]}"#,
                "metrics[0]: unknown field `units`",
            ),
            (
                r#"{"version":1,"metrics":[{"id":"","kind":"gauge"}]}"#,
                "metrics[0]: empty metric id",
            ),
            (
                r#"{"version":1,"metrics":[{"id":"a b","kind":"gauge"}]}"#,
                "metrics[0]: metric id `a b` is not",
            ),
            (
                r#"{"version":1,"metrics":[{"id":"a","kind":"gauge","unit":"\u0007"}]}"#,
                "metrics[0] (`a`): unit `\\u{7}` has a control character",
            ),
            (
                r#"{"version":1,"metrics":[{"id":"a","kind":"gauge"},{"id":"a","kind":"string"}]}"#,
                "metrics[1]: id `a` is declared twice",
            ),
            (
                r#"{"version":1,"metrics":[{"id":"a","kind":"gauge","index":0},{"id":"b","kind":"gauge"}]}"#,
                "every metric an `index`, or none",
            ),
            (
                r#"{"version":1,"metrics":[{"id":"a","kind":"gauge","index":1},{"id":"b","kind":"gauge","index":1}]}"#,
                "`a` and `b` both have index 1",
            ),
            (
                r#"{"version":1,"metrics":[{"id":"a","kind":"gauge","index":-1}]}"#,
                "metrics[0]: invalid value: integer `-1`",
            ),
            (
                r#"{"version":1,"metrics":[{"id":"s","kind":"string","index":0},{"id":"b","kind":"gauge","index":1}]}"#,
                "gauge metric `b` at index 1 comes after string metric `s` at index 0",
            ),
        ];
        for (json, reason) in cases {
            match MetricSchema::from_json(json.as_bytes()) {
                Err(SchemaError::Manifest(r)) => assert!(r.contains(reason), "{json}: {r}"),
                other => panic!("{json}: {other:?}"),
            }
        }
        let err = MetricSchema::from_json(
            br#"{"version":1,"metrics":[{"id":"a","kind":"gauge","index":5}]}"#,
        )
        .expect_err("out of range");
        assert_eq!(
            err.to_string(),
            "metric manifest: `a`: index 5 is out of range: 1 metrics take indexes 0 to 0"
        );
    }
}
