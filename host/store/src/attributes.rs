//! Device attributes assigned by operators (cohort, custom key/values), in the primary
//! database's `device_attributes` tree: `project id (BE) · serial` → JSON.
//!
//! Primary, not derived: an assignment is an operator's decision that `faultline reprocess`
//! must keep. The fleet statistics read it when they record a device's heartbeats.

use std::collections::BTreeMap;

use faultline_model::ProjectId;
use serde::{Deserialize, Serialize};

use crate::{Result, Store};

/// What an operator assigned to a device.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignedAttributes {
    pub cohort: Option<String>,
    #[serde(default)]
    pub custom: BTreeMap<String, String>,
}

fn key(project: ProjectId, serial: &str) -> Vec<u8> {
    let mut k = project.0.to_be_bytes().to_vec();
    k.extend_from_slice(serial.as_bytes());
    k
}

impl Store {
    /// Replace a device's assigned attributes (an empty assignment removes them). Durable on
    /// return.
    pub fn set_device_attributes(
        &self,
        project: ProjectId,
        serial: &str,
        attrs: &AssignedAttributes,
    ) -> Result<()> {
        if attrs == &AssignedAttributes::default() {
            self.device_attributes.remove(key(project, serial))?;
        } else {
            self.device_attributes
                .insert(key(project, serial), serde_json::to_vec(attrs)?)?;
        }
        self.db.flush()?;
        Ok(())
    }

    /// A device's assigned attributes (empty when none were assigned).
    pub fn device_attributes(
        &self,
        project: ProjectId,
        serial: &str,
    ) -> Result<AssignedAttributes> {
        match self.device_attributes.get(key(project, serial))? {
            Some(v) => Ok(serde_json::from_slice(&v)?),
            None => Ok(AssignedAttributes::default()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignments_are_kept_per_device_and_removed_when_empty() {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = Store::open(dir.path()).expect("open");
        let a = AssignedAttributes {
            cohort: Some("beta".into()),
            custom: [("region".to_string(), "eu".to_string())].into(),
        };
        s.set_device_attributes(ProjectId(1), "SN-1", &a)
            .expect("set");
        assert_eq!(s.device_attributes(ProjectId(1), "SN-1").expect("get"), a);
        assert_eq!(
            s.device_attributes(ProjectId(2), "SN-1").expect("get"),
            AssignedAttributes::default()
        );
        s.set_device_attributes(ProjectId(1), "SN-1", &AssignedAttributes::default())
            .expect("clear");
        assert!(s.device_attributes.is_empty());
    }
}
