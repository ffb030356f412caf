//! Golden tests for the server config and plugins.toml: each `tests/fixtures/config/*/NAME.toml`
//! has a `NAME.expected` with the exact parse result or error text. Run with
//! `UPDATE_GOLDEN=1` to rewrite the expectations, then review the diff.

use std::path::{Path, PathBuf};

use faultline_runtime::manifest::Manifest;
use faultline_server::config::ServerConfig;

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/config")
        .join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "fixtures missing in {}", dir.display());
    files
}

fn check(kind: &str, render: impl Fn(&str, &Path) -> String) {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for file in fixtures(kind) {
        let text = std::fs::read_to_string(&file).expect("read fixture");
        // Messages name the file relative to the fixture directory, so they are stable.
        let name = Path::new(file.file_name().expect("name"));
        let got = render(&text, name);
        let expected_path = file.with_extension("expected");
        if update {
            std::fs::write(&expected_path, &got).expect("write expectation");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
        if got != expected {
            failures.push(format!(
                "{}:\n--- expected\n{expected}\n--- got\n{got}",
                file.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn server_config_golden() {
    check("server", |text, name| {
        match ServerConfig::from_toml_str(text, name) {
            Ok(c) => format!("ok\n{c:#?}\n"),
            Err(e) => format!("error: {e}\n"),
        }
    });
}

#[test]
fn plugins_toml_golden() {
    check("plugins", |text, name| {
        // Paths resolve against a fixed base so the expectations do not depend on the checkout.
        let _ = name;
        match Manifest::from_toml_str(text, Path::new("/etc/faultline")) {
            Ok(m) => format!("ok\n{m:#?}\n"),
            Err(e) => format!("error: {e}\n"),
        }
    });
}
