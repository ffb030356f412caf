use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use faultline_model::Project;
use faultline_pipeline::PipelineMetrics;
use faultline_store::Store;

use crate::commit::Committer;
use crate::config::ServerConfig;
use crate::ingest::{IngestMetrics, RateLimiter};
use crate::plugins::PluginHost;

/// Shared by every handler; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<ServerConfig>,
    pub store: Store,
    pub committer: Committer,
    pub rate_limiter: Arc<RateLimiter>,
    /// Device key → project (`None`: revoked). Cleared when keys change.
    pub key_cache: Arc<RwLock<HashMap<String, Option<Project>>>>,
    pub ingest_metrics: Arc<IngestMetrics>,
    pub pipeline_metrics: Arc<PipelineMetrics>,
    pub plugins: Arc<PluginHost>,
    /// Warm symbol files by build id, for backtraces.
    pub symbol_cache: Arc<faultline_symbols::SymbolCache>,
    pub crash_metrics: Arc<crate::crashes::CrashMetrics>,
    pub crash_signal: Arc<crate::crashes::CrashSignal>,
    pub fleet: Arc<crate::fleet::FleetFeed>,
    /// Signed-in web UI sessions.
    pub sessions: Arc<crate::auth::Sessions>,
    /// Long operations and their progress.
    pub jobs: Arc<crate::jobs::Jobs>,
    pub search: Arc<crate::search::Search>,
    /// Where a reprocess is asked for (none when the server runs without a pipeline).
    pub reprocess: Option<Arc<crate::worker::Requests>>,
}
