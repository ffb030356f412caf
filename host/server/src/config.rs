//! The server configuration: one strict, versioned TOML file, validated into [`ServerConfig`].
//! With no file at all the defaults give a working local setup bound to 127.0.0.1.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("{path}: unsupported config version {found}; this build reads version 1")]
    Version { path: PathBuf, found: u32 },
    #[error("{path}: `{field}` {problem}")]
    Invalid {
        path: PathBuf,
        field: &'static str,
        problem: String,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    version: u32,
    data_dir: Option<PathBuf>,
    listen: Option<String>,
    plugins: Option<PathBuf>,
    log_level: Option<String>,
    log_format: Option<String>,
    api_token: Option<String>,
    #[serde(default)]
    ingest: RawIngest,
    #[serde(default)]
    pipeline: RawPipeline,
    #[serde(default)]
    symbols: RawSymbols,
    #[serde(default)]
    fleet: RawFleet,
    #[serde(default)]
    search: RawSearch,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSearch {
    log_retention_days: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFleet {
    raw_days: Option<u32>,
    hourly_days: Option<u32>,
    max_disk_bytes: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSymbols {
    max_file_bytes: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIngest {
    max_body_bytes: Option<usize>,
    max_chunk_bytes: Option<usize>,
    max_chunks_per_upload: Option<usize>,
    rate_limit_uploads_per_s: Option<f64>,
    rate_limit_burst: Option<u32>,
    max_disk_bytes: Option<u64>,
    queue_uploads: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPipeline {
    batch_records: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IngestConfig {
    pub max_body_bytes: usize,
    pub max_chunk_bytes: usize,
    pub max_chunks_per_upload: usize,
    /// Sustained uploads per second per device, and the burst above it.
    pub rate_limit_uploads_per_s: f64,
    pub rate_limit_burst: u32,
    /// Past this size of the data directory, ingest answers 503.
    pub max_disk_bytes: u64,
    /// Uploads waiting for the flusher before ingest answers 503.
    pub queue_uploads: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ServerConfig {
    pub data_dir: PathBuf,
    pub listen: SocketAddr,
    pub plugins: PathBuf,
    pub log_level: String,
    pub log_format: LogFormat,
    pub api_token: Option<String>,
    pub ingest: IngestConfig,
    pub pipeline_batch_records: usize,
    /// Largest symbol file (`[symbols] max_file_bytes`) an upload may send.
    pub max_symbol_file_bytes: usize,
    /// How long fleet statistics are kept (`[fleet]`), applied hourly.
    pub fleet_retention: faultline_fleet::Retention,
    /// Days of logs the search index keeps (`[search] log_retention_days`); whole daily
    /// partitions older than this are dropped.
    pub search_log_retention_days: u32,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("./faultline-data"),
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            plugins: PathBuf::from(crate::plugins::DEFAULT_PLUGINS_TOML),
            log_level: "info".into(),
            log_format: LogFormat::Text,
            api_token: None,
            ingest: IngestConfig {
                max_body_bytes: 64 * 1024,
                max_chunk_bytes: 4096,
                max_chunks_per_upload: 1024,
                rate_limit_uploads_per_s: 10.0,
                rate_limit_burst: 100,
                max_disk_bytes: 8 * 1024 * 1024 * 1024,
                queue_uploads: 16 * 1024,
            },
            pipeline_batch_records: 256,
            // Firmware ELFs with full DWARF are a few MB; this leaves room for application
            // processors without letting one request fill the disk.
            max_symbol_file_bytes: 256 * 1024 * 1024,
            search_log_retention_days: 30,
            fleet_retention: faultline_fleet::Retention {
                raw_days: 14,
                hourly_days: 400,
                max_disk_bytes: 4 * 1024 * 1024 * 1024,
            },
        }
    }
}

impl ServerConfig {
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_toml_str(&text, path)
    }

    /// Parse and validate; `path` is used in messages and to resolve relative paths.
    pub fn from_toml_str(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            message: e.message().to_string()
                + &e.span()
                    .map(|s| format!(" (at line {})", line_of(text, s.start)))
                    .unwrap_or_default(),
        })?;
        if raw.version != 1 {
            return Err(ConfigError::Version {
                path: path.to_path_buf(),
                found: raw.version,
            });
        }
        let invalid = |field, problem: &str| ConfigError::Invalid {
            path: path.to_path_buf(),
            field,
            problem: problem.to_string(),
        };
        let d = ServerConfig::default();
        let base = path.parent().unwrap_or(Path::new("."));
        let listen = match raw.listen {
            Some(l) => l
                .parse()
                .map_err(|_| invalid("listen", &format!("is not an address:port: {l:?}")))?,
            None => d.listen,
        };
        let log_format = match raw.log_format.as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(invalid(
                    "log_format",
                    &format!("must be \"text\" or \"json\", not {other:?}"),
                ));
            }
        };
        let positive = |v: Option<usize>, default: usize, field| match v {
            Some(0) => Err(invalid(field, "must be greater than 0")),
            Some(v) => Ok(v),
            None => Ok(default),
        };
        let ingest = IngestConfig {
            max_body_bytes: positive(
                raw.ingest.max_body_bytes,
                d.ingest.max_body_bytes,
                "ingest.max_body_bytes",
            )?,
            max_chunk_bytes: positive(
                raw.ingest.max_chunk_bytes,
                d.ingest.max_chunk_bytes,
                "ingest.max_chunk_bytes",
            )?,
            max_chunks_per_upload: positive(
                raw.ingest.max_chunks_per_upload,
                d.ingest.max_chunks_per_upload,
                "ingest.max_chunks_per_upload",
            )?,
            rate_limit_uploads_per_s: match raw.ingest.rate_limit_uploads_per_s {
                Some(r) if !(r > 0.0 && r.is_finite()) => {
                    return Err(invalid(
                        "ingest.rate_limit_uploads_per_s",
                        "must be a positive number",
                    ));
                }
                Some(r) => r,
                None => d.ingest.rate_limit_uploads_per_s,
            },
            rate_limit_burst: match raw.ingest.rate_limit_burst {
                Some(0) => return Err(invalid("ingest.rate_limit_burst", "must be at least 1")),
                Some(b) => b,
                None => d.ingest.rate_limit_burst,
            },
            max_disk_bytes: raw.ingest.max_disk_bytes.unwrap_or(d.ingest.max_disk_bytes),
            queue_uploads: positive(
                raw.ingest.queue_uploads,
                d.ingest.queue_uploads,
                "ingest.queue_uploads",
            )?,
        };
        if ingest.max_chunk_bytes < faultline_protocol::MIN_CHUNK_BYTES {
            return Err(invalid(
                "ingest.max_chunk_bytes",
                &format!(
                    "must be at least {} (the protocol's smallest chunk)",
                    faultline_protocol::MIN_CHUNK_BYTES
                ),
            ));
        }
        Ok(ServerConfig {
            data_dir: raw.data_dir.map_or(d.data_dir, |p| base.join(p)),
            listen,
            plugins: raw.plugins.map_or(d.plugins, |p| base.join(p)),
            log_level: raw.log_level.unwrap_or(d.log_level),
            log_format,
            api_token: raw.api_token.filter(|t| !t.is_empty()),
            ingest,
            pipeline_batch_records: positive(
                raw.pipeline.batch_records,
                d.pipeline_batch_records,
                "pipeline.batch_records",
            )?,
            max_symbol_file_bytes: positive(
                raw.symbols.max_file_bytes,
                d.max_symbol_file_bytes,
                "symbols.max_file_bytes",
            )?,
            search_log_retention_days: match raw.search.log_retention_days {
                Some(0) => return Err(invalid("search.log_retention_days", "must be at least 1")),
                Some(v) => v,
                None => d.search_log_retention_days,
            },
            fleet_retention: {
                let r = faultline_fleet::Retention {
                    raw_days: raw.fleet.raw_days.unwrap_or(d.fleet_retention.raw_days),
                    hourly_days: raw
                        .fleet
                        .hourly_days
                        .unwrap_or(d.fleet_retention.hourly_days),
                    max_disk_bytes: raw
                        .fleet
                        .max_disk_bytes
                        .unwrap_or(d.fleet_retention.max_disk_bytes),
                };
                if r.raw_days == 0 {
                    return Err(invalid("fleet.raw_days", "must be at least 1"));
                }
                if r.hourly_days < r.raw_days {
                    return Err(invalid(
                        "fleet.hourly_days",
                        "must be at least fleet.raw_days (rollups outlive the points they sum)",
                    ));
                }
                r
            },
        })
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}
