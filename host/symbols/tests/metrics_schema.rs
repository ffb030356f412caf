//! Metric schemas read from the QEMU example firmware: the `.faultline.metrics` section the
//! SDK writes, the DWARF fallback when it is stripped, and damaged inputs.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use faultline_symbols::{MetricKind, MetricSchema, SchemaError, SchemaSource, SymbolFile};
use object::{Object, ObjectSection, ObjectSegment, SectionFlags};

const BOARD: &str = "an386";

/// The example's metrics as its faultline_metrics.def declares them (after the SDK's
/// built-in ones): integers in order, then the string.
const INTEGERS: [(&str, MetricKind, Option<&str>); 13] = [
    ("fl_uptime_s", MetricKind::Gauge, Some("s")),
    ("fl_unexpected_reboots", MetricKind::Counter, None),
    ("fl_crash_free", MetricKind::Gauge, None),
    ("sensor_reads", MetricKind::Counter, None),
    ("i2c_naks", MetricKind::Counter, None),
    ("battery_mv", MetricKind::Gauge, Some("mV")),
    ("temperature_c", MetricKind::Gauge, Some("°C")),
    ("busy_ms", MetricKind::Timer, Some("ms")),
    ("packets_sent", MetricKind::Counter, None),
    ("rssi_dbm", MetricKind::Gauge, Some("dBm")),
    ("flash_bytes_written", MetricKind::Counter, Some("B")),
    ("float_check", MetricKind::Gauge, None),
    ("board_id", MetricKind::Gauge, None),
];

fn schema_of(elf: &Path) -> Result<Option<MetricSchema>, SchemaError> {
    let file = SymbolFile::parse(std::fs::read(elf).expect("read elf")).expect("symbol file");
    MetricSchema::from_elf(&file)
}

fn objcopy(elf: &Path, name: &str, args: &[&str]) -> PathBuf {
    common::require("arm-none-eabi-objcopy");
    let out = elf.with_file_name(name);
    common::run(
        Command::new("arm-none-eabi-objcopy")
            .args(args)
            .arg(elf)
            .arg(&out),
    );
    out
}

fn ids(schema: &MetricSchema) -> (Vec<&str>, Vec<&str>) {
    (
        schema.integers.iter().map(|m| m.id.as_str()).collect(),
        schema.strings.iter().map(|m| m.id.as_str()).collect(),
    )
}

#[test]
fn the_section_names_every_metric_with_its_kind_and_unit() {
    let elf = common::firmware(BOARD);
    let schema = schema_of(&elf).expect("valid").expect("a schema");
    assert_eq!(schema.source, SchemaSource::ElfSection);
    let found: Vec<(&str, MetricKind, Option<&str>)> = schema
        .integers
        .iter()
        .map(|m| (m.id.as_str(), m.kind.expect("kind"), m.unit.as_deref()))
        .collect();
    assert_eq!(found, INTEGERS);
    assert_eq!(schema.strings.len(), 1);
    assert_eq!(schema.strings[0].id, "command");
    assert_eq!(schema.strings[0].kind, Some(MetricKind::String));

    // Not allocated: no address, in no segment, so neither flash nor RAM holds it.
    let bytes = std::fs::read(&elf).expect("read");
    let file = object::File::parse(&*bytes).expect("elf");
    let section = file
        .section_by_name(".faultline.metrics")
        .expect("the section survives --gc-sections");
    let SectionFlags::Elf { sh_flags } = section.flags() else {
        panic!("ELF flags");
    };
    assert_eq!(sh_flags & u64::from(object::elf::SHF_ALLOC), 0);
    assert_eq!(section.address(), 0);
    for segment in file.segments() {
        let (start, size) = section.file_range().expect("in the file");
        let (s_start, s_size) = segment.file_range();
        assert!(
            start + size <= s_start || s_start + s_size <= start,
            "the section is in a loadable segment"
        );
    }
}

#[test]
fn without_the_section_dwarf_gives_the_same_names_and_positions_without_kinds() {
    let elf = common::firmware(BOARD);
    let full = schema_of(&elf).expect("valid").expect("a schema");
    let stripped = objcopy(
        &elf,
        "fw-no-schema.elf",
        &["--remove-section", ".faultline.metrics"],
    );
    let dwarf = schema_of(&stripped).expect("valid").expect("a schema");
    assert_eq!(dwarf.source, SchemaSource::Dwarf);
    assert_eq!(ids(&dwarf), ids(&full));
    assert!(
        dwarf
            .integers
            .iter()
            .all(|m| m.kind.is_none() && m.unit.is_none())
    );
    assert_eq!(dwarf.strings[0].kind, Some(MetricKind::String));

    // Neither section nor DWARF: nothing to name with, and that is not an error.
    let bare = objcopy(
        &elf,
        "fw-bare.elf",
        &["--strip-debug", "--remove-section", ".faultline.metrics"],
    );
    assert_eq!(schema_of(&bare).expect("no error"), None);
}

#[test]
fn a_reordered_list_keeps_its_ids_at_new_positions() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("symbols-firmware");
    std::fs::create_dir_all(&dir).expect("dir");
    let def = dir.join("reordered_metrics.def");
    // The same metrics, the string first and the integers reversed.
    let mut text = String::from("FL_METRIC_STRING(command)\n");
    for (id, kind, unit) in INTEGERS[3..].iter().rev() {
        let kind = match kind {
            MetricKind::Counter => "COUNTER",
            MetricKind::Gauge => "GAUGE",
            MetricKind::Timer => "TIMER",
            MetricKind::String => unreachable!(),
        };
        text += &match unit {
            Some(u) if kind != "TIMER" => format!("FL_METRIC_{kind}_UNIT({id}, \"{u}\")\n"),
            _ => format!("FL_METRIC_{kind}({id})\n"),
        };
    }
    std::fs::write(&def, text).expect("write def");
    let elf = common::firmware_with(
        BOARD,
        &format!("-DFL_METRICS_DEF='\"{}\"'", def.display()),
        "reordered-metrics",
    );
    let schema = schema_of(&elf).expect("valid").expect("a schema");
    let (integers, strings) = ids(&schema);
    let mut expected: Vec<&str> = INTEGERS[..3].iter().map(|m| m.0).collect();
    expected.extend(INTEGERS[3..].iter().rev().map(|m| m.0));
    assert_eq!(
        integers, expected,
        "built-in metrics first, then the new order"
    );
    assert_eq!(strings, ["command"]);
    let battery = schema
        .integers
        .iter()
        .find(|m| m.id == "battery_mv")
        .expect("battery_mv");
    assert_eq!(battery.unit.as_deref(), Some("mV"));
    let dwarf = schema_of(&objcopy(
        &elf,
        "fw-reordered-no-schema.elf",
        &["--remove-section", ".faultline.metrics"],
    ))
    .expect("valid")
    .expect("a schema");
    assert_eq!(ids(&dwarf), ids(&schema));
}

#[test]
fn a_damaged_section_is_an_error_that_says_where() {
    let elf = common::firmware(BOARD);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("symbols-firmware");
    std::fs::create_dir_all(&dir).expect("dir");
    let cases: [(&str, &[u8], usize, &str); 4] = [
        (
            "version",
            b"faultline-metrics 9\ngauge a\n",
            1,
            "format version `9`",
        ),
        (
            "kind",
            b"faultline-metrics 1\ngauge a\nhistogram b\n",
            3,
            "unknown kind",
        ),
        ("cut", b"faultline-metrics 1\ngauge a\ngau", 3, "truncated"),
        (
            "twice",
            b"faultline-metrics 1\ngauge a\ncounter a\n",
            3,
            "declared twice",
        ),
    ];
    for (name, content, line, reason) in cases {
        let data = dir.join(format!("section-{name}.txt"));
        std::fs::write(&data, content).expect("write");
        let damaged = objcopy(
            &elf,
            &format!("fw-section-{name}.elf"),
            &[
                "--update-section",
                &format!(".faultline.metrics={}", data.display()),
            ],
        );
        match schema_of(&damaged) {
            Err(SchemaError::Section { line: l, reason: r }) => {
                assert_eq!(l, line, "{name}: {r}");
                assert!(r.contains(reason), "{name}: {r}");
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn a_manifest_for_the_same_firmware_gives_the_same_schema_as_its_section() {
    let elf = common::firmware(BOARD);
    let section = schema_of(&elf).expect("valid").expect("a schema");
    let manifest = serde_json::to_vec(&section.to_manifest()).expect("json");
    let uploaded = MetricSchema::from_json(&manifest).expect("valid manifest");
    assert_eq!(uploaded.source, SchemaSource::Manifest);
    assert_eq!(uploaded.integers, section.integers);
    assert_eq!(uploaded.strings, section.strings);
}
