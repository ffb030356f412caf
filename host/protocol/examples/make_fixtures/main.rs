//! Writes the protocol v1 fixtures to `tests/fixtures/protocol/` (deterministic output).
//!
//! Run with `cargo run -p faultline-protocol --example make_fixtures`; `tests/fixtures.rs`
//! fails when the files and this program's output differ.

use std::path::PathBuf;

#[path = "set.rs"]
mod set;

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/protocol");
    std::fs::create_dir_all(&dir)?;
    for fixture in set::all() {
        for (i, body) in fixture.uploads.iter().enumerate() {
            std::fs::write(dir.join(fixture.upload_file(i)), body)?;
        }
        let mut json =
            serde_json::to_string_pretty(&fixture.json()).map_err(std::io::Error::other)?;
        json.push('\n');
        std::fs::write(dir.join(format!("{}.json", fixture.name)), json)?;
        let bytes: usize = fixture.uploads.iter().map(Vec::len).sum();
        println!(
            "{:<28} {} upload(s), {bytes} bytes",
            fixture.name,
            fixture.uploads.len()
        );
    }
    Ok(())
}
