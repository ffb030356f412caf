//! python plugins (being written: see the issue).

use crate::{KitError, Language, Project, Toolchains};

pub(crate) fn ensure(_: &Toolchains) -> Result<(), KitError> {
    Err(KitError::Toolchain {
        language: Language::Python,
        detail: "not available yet".into(),
    })
}

pub(crate) fn build(_: &Project<'_>) -> Result<(), KitError> {
    ensure(&crate::Toolchains::from_env())
}
