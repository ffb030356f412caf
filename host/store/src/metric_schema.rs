//! Heartbeat metric schemas per build, in the primary database's `metric_schemas` tree:
//! `project id (BE) · build id` → the schema as JSON.
//!
//! The value is opaque here: the server writes what the `symbols` crate's `MetricSchema`
//! serialises to (from an uploaded ELF or a user's manifest) and reads it back the same way,
//! so that the store does not depend on the ELF reader. Primary, not derived: a schema is an
//! upload, and `faultline reprocess` must not lose it; heartbeats are named from it when they
//! are read, so a schema that arrives after its heartbeats names them too.

use faultline_model::ProjectId;

use crate::symbols::check_build_id;
use crate::{Result, Store};

fn key(project: ProjectId, build_id: &str) -> Vec<u8> {
    let mut k = project.0.to_be_bytes().to_vec();
    k.extend_from_slice(build_id.as_bytes());
    k
}

impl Store {
    /// Store the schema of a build, replacing any. Durable on return.
    pub fn put_metric_schema(&self, project: ProjectId, build_id: &str, json: &[u8]) -> Result<()> {
        check_build_id(build_id)?;
        self.metric_schemas.insert(key(project, build_id), json)?;
        self.db.flush()?;
        Ok(())
    }

    /// The schema of a build, when one was stored.
    pub fn metric_schema(&self, project: ProjectId, build_id: &str) -> Result<Option<Vec<u8>>> {
        if check_build_id(build_id).is_err() {
            return Ok(None);
        }
        Ok(self
            .metric_schemas
            .get(key(project, build_id))?
            .map(|v| v.to_vec()))
    }

    /// Every schema of a project: (build id, JSON), by build id.
    pub fn metric_schemas(&self, project: ProjectId) -> Result<Vec<(String, Vec<u8>)>> {
        let prefix = project.0.to_be_bytes();
        self.metric_schemas
            .scan_prefix(prefix)
            .map(|kv| {
                let (k, v) = kv?;
                let id = String::from_utf8_lossy(&k[prefix.len()..]).into_owned();
                Ok((id, v.to_vec()))
            })
            .collect()
    }

    /// Remove the schema of a build; false when there was none.
    pub fn delete_metric_schema(&self, project: ProjectId, build_id: &str) -> Result<bool> {
        if check_build_id(build_id).is_err() {
            return Ok(false);
        }
        let removed = self
            .metric_schemas
            .remove(key(project, build_id))?
            .is_some();
        if removed {
            self.db.flush()?;
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::StoreError;

    #[test]
    fn schemas_round_trip_per_project_and_survive_reopen() {
        let dir = tempfile::tempdir().expect("tempdir");
        {
            let s = Store::open(dir.path()).expect("open");
            s.put_metric_schema(ProjectId(1), "beef", b"{\"a\":1}")
                .expect("put");
            s.put_metric_schema(ProjectId(1), "00aa", b"{}")
                .expect("put");
            s.put_metric_schema(ProjectId(2), "beef", b"{\"b\":2}")
                .expect("put");
            // Replaced, not added.
            s.put_metric_schema(ProjectId(1), "beef", b"{\"a\":3}")
                .expect("put");
        }
        let s = Store::open(dir.path()).expect("reopen");
        assert_eq!(
            s.metric_schemas(ProjectId(1)).expect("list"),
            [
                ("00aa".to_string(), b"{}".to_vec()),
                ("beef".to_string(), b"{\"a\":3}".to_vec())
            ]
        );
        assert_eq!(
            s.metric_schema(ProjectId(2), "beef").expect("get"),
            Some(b"{\"b\":2}".to_vec())
        );
        assert_eq!(s.metric_schema(ProjectId(3), "beef").expect("get"), None);
        assert!(
            s.delete_metric_schema(ProjectId(1), "beef")
                .expect("delete")
        );
        assert!(!s.delete_metric_schema(ProjectId(1), "beef").expect("again"));
        assert_eq!(s.metric_schema(ProjectId(1), "beef").expect("get"), None);
        assert_eq!(s.metric_schemas(ProjectId(2)).expect("list").len(), 1);
    }

    #[test]
    fn build_ids_that_are_not_hex_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = Store::open(dir.path()).expect("open");
        for bad in ["", "a", "ABCD", "../x", "zz"] {
            let err = s
                .put_metric_schema(ProjectId(1), bad, b"{}")
                .expect_err(bad);
            assert!(matches!(err, StoreError::BadBuildId(_)), "{bad}: {err}");
            assert_eq!(s.metric_schema(ProjectId(1), bad).expect("get"), None);
        }
        assert!(s.metric_schemas(ProjectId(1)).expect("list").is_empty());
    }
}
