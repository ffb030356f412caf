//! The project templates, embedded: `templates/<language>/<kind>/`, files ending in `.tmpl`
//! with placeholders, copied with the suffix removed.
//!
//! Placeholders: `{{id}}` (the plugin id, e.g. `acme-json`), `{{ident}}` (the id with `_`
//! for `-`, for identifiers), `{{kind}}` and `{{world}}` (e.g. `alert-rule`), `{{contract}}`.

use std::path::Path;

use include_dir::{Dir, include_dir};

use crate::manifest::ProjectManifest;
use crate::{CONTRACT, Kind, KitError, Language, TYPES_WIT, io_err};

static TEMPLATES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/templates");

fn fill(text: &str, id: &str, kind: Kind) -> String {
    text.replace("{{id}}", id)
        .replace("{{ident}}", &id.replace('-', "_"))
        .replace("{{kind}}", kind.as_str())
        .replace("{{world}}", kind.world())
        .replace("{{contract}}", CONTRACT)
}

/// The template directory of a kind in a language, if there is one.
pub(crate) fn template(language: Language, kind: Kind) -> Option<&'static Dir<'static>> {
    TEMPLATES.get_dir(format!("{}/{}", language.as_str(), kind.as_str()))
}

fn copy_dir(
    dir: &Dir<'_>,
    root: &Path,
    strip: &Path,
    id: &str,
    kind: Kind,
) -> Result<(), KitError> {
    for f in dir.files() {
        let rel = f.path().strip_prefix(strip).unwrap_or(f.path());
        let rel = rel.to_string_lossy();
        let (rel, templated) = match rel.strip_suffix(".tmpl") {
            Some(r) => (r.to_string(), true),
            None => (rel.into_owned(), false),
        };
        let out = root.join(&rel);
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        let bytes = match (templated, f.contents_utf8()) {
            (true, Some(text)) => fill(text, id, kind).into_bytes(),
            _ => f.contents().to_vec(),
        };
        std::fs::write(&out, bytes).map_err(io_err(&out))?;
    }
    for d in dir.dirs() {
        copy_dir(d, root, strip, id, kind)?;
    }
    Ok(())
}

/// Writes a new project into `dir` (which must not exist).
pub(crate) fn write(dir: &Path, id: &str, kind: Kind, language: Language) -> Result<(), KitError> {
    let t = template(language, kind).ok_or(KitError::NoTemplate { language, kind })?;
    std::fs::create_dir_all(dir).map_err(io_err(dir))?;
    copy_dir(t, dir, t.path(), id, kind)?;
    let wit = dir.join("wit");
    std::fs::create_dir_all(&wit).map_err(io_err(&wit))?;
    std::fs::write(wit.join("types.wit"), TYPES_WIT).map_err(io_err(&wit))?;
    // The template may carry routing or test settings in a partial manifest; the identity
    // fields are this project's.
    let partial = dir.join(crate::manifest::FILE);
    let mut m = ProjectManifest::new(id, kind, language);
    if let Ok(text) = std::fs::read_to_string(&partial) {
        let full = format!(
            "id = \"{id}\"\nkind = \"{}\"\nlanguage = \"{}\"\nversion = \"0.1.0\"\n{text}",
            kind.as_str(),
            language.as_str()
        );
        m = ProjectManifest::parse(&full).map_err(|detail| KitError::Manifest {
            path: partial.clone(),
            detail: format!("template manifest: {detail}"),
        })?;
    }
    m.write(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_makes_a_project_with_a_valid_manifest() {
        let tmp = tempfile::tempdir().expect("tempdir");
        for language in Language::ALL {
            for kind in Kind::ALL {
                if template(language, kind).is_none() {
                    continue;
                }
                let dir = tmp.path().join(format!("{language}-{kind}"));
                write(&dir, "my-plugin", kind, language).expect("write");
                let m = ProjectManifest::read(&dir).expect("manifest");
                assert_eq!((m.kind, m.language), (kind, language));
                assert_eq!(
                    std::fs::read_to_string(dir.join("wit/types.wit")).expect("wit"),
                    TYPES_WIT
                );
                // No placeholder is left anywhere.
                let mut stack = vec![dir.clone()];
                while let Some(d) = stack.pop() {
                    for e in std::fs::read_dir(&d).expect("dir").flatten() {
                        let p = e.path();
                        if p.is_dir() {
                            stack.push(p);
                        } else if let Ok(text) = std::fs::read_to_string(&p) {
                            assert!(!text.contains("{{"), "{}", p.display());
                            assert!(!p.to_string_lossy().ends_with(".tmpl"));
                        }
                    }
                }
            }
        }
    }
}
