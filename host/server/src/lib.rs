//! The Faultline server.
//!
//! # The path of a chunk
//! 1. **Ingest** (`ingest.rs`): `POST /api/v1/chunks/{serial}` checks the serial, the project
//!    key (401 missing/unknown, 403 revoked), the size (413), the device's rate (429 +
//!    `Retry-After`), the disk cap (503 + `Retry-After`) and the upload's outer structure (400).
//!    Refused uploads are not stored.
//! 2. **Group commit** (`commit.rs`): the flusher thread appends queued uploads to the raw log
//!    with consecutive sequence numbers, flushes once for all of them, then answers `202`. A full
//!    queue answers 503. Nothing is acknowledged before it is durable.
//! 3. **Pipeline** (crate `faultline-pipeline`, run on its own thread by `worker.rs`): tails the
//!    raw log up to the durable watermark from a persisted cursor; reassembles per device;
//!    decodes each message with the WASM decoder that `plugins.toml` routes it to (crate
//!    `faultline-runtime`); stores events and one outcome per chunk (accepted, or rejected /
//!    failed with a stable reason) atomically with the cursor. Chunks are dropped here only with
//!    a recorded outcome.
//! 4. **Crashes** (`crashes.rs`, its own thread): coredump events queued by the pipeline are
//!    unwound and symbolicated (crate `faultline-symbols`), fingerprinted and counted into
//!    issues (`issues_api.rs`); crashes without symbols wait for them.
//! 5. **Read API** (`api.rs`, access in `auth.rs`), `/metrics` (`metrics.rs`) and the web UI at `/`
//!    (`ui.rs`).
//!
//! `faultline reprocess` clears derived data and replays the raw log (`faultline-pipeline`).

pub mod access_api;
pub mod api;
pub mod auth;
pub mod bridge;
pub mod cli;
pub mod commit;
pub mod config;
pub mod crashes;
pub mod error;
pub mod fleet;
pub mod fleet_api;
pub mod ingest;
pub mod installs;
pub mod issues_api;
pub mod jobs;
pub mod metrics;
pub mod plugin_cli;
pub mod plugins;
pub mod schema_api;
pub mod search;
pub mod search_api;
pub mod simulate;
pub mod state;
pub mod symbols_api;
pub mod ui;
pub mod worker;

use std::sync::{Arc, RwLock};

use anyhow::Context as _;
use axum::Router;
use axum::routing::{get, post};

use faultline_pipeline::PipelineMetrics;
use faultline_store::Store;

use crate::commit::Committer;
use crate::config::ServerConfig;
use crate::ingest::{IngestMetrics, RateLimiter};
use crate::plugins::PluginHost;
use crate::state::AppState;

/// Symbol files kept parsed and warm (a firmware ELF's context is a few MB).
const SYMBOL_CACHE_FILES: usize = 8;

/// The project every new data directory starts with.
pub const DEFAULT_PROJECT: &str = "default";

/// The one route table.
pub fn router(state: AppState, bench_noop_route: bool) -> Router {
    let mut r = Router::new()
        .route("/api/v1/chunks/{serial}", post(ingest::post_chunks))
        .route(
            "/api/v1/projects",
            get(api::list_projects).post(api::create_project),
        )
        .route(
            "/api/v1/projects/{project}/rotate-key",
            post(api::rotate_key),
        )
        .route("/api/v1/projects/{project}/devices", get(api::list_devices))
        .route(
            "/api/v1/projects/{project}/devices/{serial}",
            get(api::get_device),
        )
        .route(
            "/api/v1/projects/{project}/devices/{serial}/events",
            get(api::list_events),
        )
        .route(
            "/api/v1/projects/{project}/devices/{serial}/outcomes",
            get(api::list_outcomes),
        )
        .route(
            "/api/v1/projects/{project}/symbols",
            get(symbols_api::list)
                .post(symbols_api::upload)
                // The handler enforces its own, larger limit.
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route(
            "/api/v1/projects/{project}/symbols/{build_id}",
            axum::routing::delete(symbols_api::delete),
        )
        .route(
            "/api/v1/projects/{project}/metric-schemas",
            get(schema_api::list),
        )
        .route(
            "/api/v1/projects/{project}/metric-schemas/{build_id}",
            get(schema_api::get_schema)
                .put(schema_api::put_manifest)
                .delete(schema_api::delete_schema),
        )
        .route(
            "/api/v1/projects/{project}/devices/{serial}/events/{id}/backtrace",
            get(symbols_api::backtrace),
        )
        .route("/api/v1/projects/{project}/issues", get(issues_api::list))
        .route(
            "/api/v1/projects/{project}/issues/{id}",
            get(issues_api::detail),
        )
        .route(
            "/api/v1/projects/{project}/issues/{id}/state",
            post(issues_api::set_state),
        )
        .route(
            "/api/v1/projects/{project}/issues/{id}/merge",
            post(issues_api::merge),
        )
        .route(
            "/api/v1/projects/{project}/fleet/aggregate",
            get(fleet_api::aggregate),
        )
        .route(
            "/api/v1/projects/{project}/fleet/compare",
            get(fleet_api::compare),
        )
        .route(
            "/api/v1/projects/{project}/fleet/health",
            get(fleet_api::health),
        )
        .route(
            "/api/v1/projects/{project}/fleet/adoption",
            get(fleet_api::adoption),
        )
        .route(
            "/api/v1/projects/{project}/fleet/devices",
            get(fleet_api::search),
        )
        .route(
            "/api/v1/projects/{project}/devices/{serial}/attributes",
            get(fleet_api::get_attributes).put(fleet_api::put_attributes),
        )
        .route(
            "/api/v1/plugins",
            get(api::list_plugins)
                .post(api::install_plugin)
                // The handler enforces its own limit, bundles are larger than chunks.
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route("/api/v1/plugins/{id}/rollback", post(api::rollback_plugin))
        .route(
            "/api/v1/session",
            get(access_api::whoami)
                .post(access_api::sign_in)
                .delete(access_api::sign_out),
        )
        .route(
            "/api/v1/tokens",
            get(access_api::list_tokens).post(access_api::create_token),
        )
        .route(
            "/api/v1/tokens/{id}",
            axum::routing::delete(access_api::delete_token),
        )
        .route(
            "/api/v1/users",
            get(access_api::list_users).post(access_api::put_user),
        )
        .route(
            "/api/v1/users/{name}",
            axum::routing::delete(access_api::delete_user),
        )
        .route("/api/v1/projects/{project}/logs", get(search_api::logs))
        .route("/api/v1/reindex", post(search_api::reindex))
        .route("/api/v1/reprocess", post(search_api::reprocess))
        .route("/api/v1/jobs", get(jobs::list))
        .route("/api/v1/jobs/{id}", get(jobs::get))
        .route("/", get(ui::index))
        .route("/ui/{file}", get(ui::file))
        .route("/healthz", get(api::health))
        .route("/metrics", get(metrics::render));
    if bench_noop_route {
        r = r.route("/bench/noop/chunks/{serial}", post(ingest::post_noop));
    }
    r.layer(axum::middleware::from_fn_with_state(
        state.clone(),
        auth::gate,
    ))
    .with_state(state)
}

/// Open the data directory, making the default project on first run.
pub fn open_store(config: &ServerConfig) -> anyhow::Result<Store> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("cannot create {}", config.data_dir.display()))?;
    let store = Store::open(&config.data_dir).with_context(|| {
        format!(
            "cannot open the data directory {} (is another faultline process using it?)",
            config.data_dir.display()
        )
    })?;
    if store.project_by_name(DEFAULT_PROJECT)?.is_none() {
        let p = store.create_project(DEFAULT_PROJECT)?;
        store.flush()?;
        println!(
            "created project `{}`; devices send with header `Faultline-Project-Key: {}`",
            p.name, p.device_key
        );
    }
    Ok(store)
}

/// Open the fleet statistics database (`<data>/fleet`, derived: `faultline reprocess`
/// rebuilds it). One of an older format is deleted together with the derived data, so that the
/// pipeline replays the raw log through the fleet again: call this before [`open_store`].
pub fn open_fleet(config: &ServerConfig) -> anyhow::Result<Arc<faultline_fleet::Fleet>> {
    let path = config.data_dir.join("fleet");
    let open = || {
        sled::Config::new()
            .path(&path)
            .cache_capacity(64 * 1024 * 1024)
            .open()
            .with_context(|| format!("cannot open {}", path.display()))
    };
    let db = open()?;
    let fleet = match faultline_fleet::Fleet::open(&db) {
        Err(faultline_fleet::FleetError::Format { found, expected }) => {
            tracing::warn!(
                found,
                expected,
                "fleet statistics have another format; rebuilding them from the raw log"
            );
            drop(db);
            std::fs::remove_dir_all(&path)
                .with_context(|| format!("cannot remove {}", path.display()))?;
            faultline_store::Store::remove_derived(&config.data_dir)
                .context("cannot remove the derived data")?;
            faultline_fleet::Fleet::open(&open()?)
        }
        other => other,
    };
    Ok(Arc::new(fleet.context("cannot open the fleet statistics")?))
}

/// Open the search index (`<data>/search`, derived) and start its indexer. When the index does
/// not hold exactly what the store holds (first start, a crash between the two, a reprocess by
/// the command line), a reindex job rebuilds it in the background.
pub fn open_search(
    config: &ServerConfig,
    store: &Store,
    jobs: &jobs::Jobs,
) -> anyhow::Result<Arc<search::Search>> {
    let dir = config.data_dir.join("search");
    let index = faultline_search::SearchIndex::open(
        &dir,
        faultline_search::SearchOptions {
            retention_ms: Some(u64::from(config.search_log_retention_days) * 86_400_000),
            ..Default::default()
        },
    )
    .with_context(|| format!("cannot open the search index in {}", dir.display()))?;
    let cursor = store.cursor()?;
    let rebuild = match index.marker() {
        Some(m) if m == cursor => None,
        None if cursor == 0 => None,
        found => {
            tracing::info!(marker = ?found, cursor, "search index behind the store; reindexing");
            Some(jobs.start("reindex").0)
        }
    };
    Ok(search::Search::start(
        Arc::new(index),
        store.clone(),
        rebuild,
    )?)
}

/// A running server, for the binary and for tests.
pub struct Server {
    pub addr: std::net::SocketAddr,
    pub state: AppState,
    shutdown: tokio::sync::oneshot::Sender<()>,
    serve: tokio::task::JoinHandle<std::io::Result<()>>,
    worker: Option<worker::Worker>,
    crash_worker: Option<crashes::CrashWorker>,
    compactor: Option<fleet::Compactor>,
}

/// Knobs for benchmarks; the defaults are what `faultline serve` runs.
#[derive(Debug, Clone, Copy)]
pub struct StartOptions {
    /// Serve `/bench/noop/chunks/{serial}`, which reads and drops the body.
    pub bench_noop_route: bool,
    /// Run the pipeline worker (off only to measure ingest alone).
    pub pipeline: bool,
}

impl Default for StartOptions {
    fn default() -> Self {
        Self {
            bench_noop_route: false,
            pipeline: true,
        }
    }
}

pub async fn start(config: ServerConfig) -> anyhow::Result<Server> {
    start_with(config, StartOptions::default()).await
}

pub async fn start_with(config: ServerConfig, options: StartOptions) -> anyhow::Result<Server> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("cannot create {}", config.data_dir.display()))?;
    let fleet = open_fleet(&config)?;
    let store = open_store(&config)?;
    auth::ensure_admin_token(&store, &config.data_dir, config.api_token.is_some())?;
    let jobs = Arc::new(jobs::Jobs::default());
    let search = open_search(&config, &store, &jobs)?;
    let plugins = Arc::new(
        PluginHost::load(&config.plugins, &config.data_dir).context("cannot load plugins")?,
    );
    let (committer, _flusher) = Committer::start(store.clone(), config.ingest.queue_uploads)
        .context("cannot start the flusher")?;
    let pipeline_metrics = Arc::new(PipelineMetrics::default());
    let fleet_feed = Arc::new(fleet::FleetFeed::new(fleet, store.clone())?);
    let crash_signal = Arc::new(crashes::CrashSignal::default());
    let compactor = if options.pipeline {
        Some(fleet::Compactor::start(
            fleet_feed.fleet.clone(),
            config.fleet_retention,
        )?)
    } else {
        None
    };
    let worker = if options.pipeline {
        Some(worker::Worker::start(
            store.clone(),
            plugins.clone(),
            pipeline_metrics.clone(),
            committer.watermark.clone(),
            config.pipeline_batch_records,
            Arc::new(faultline_pipeline::Sinks(vec![
                fleet_feed.clone(),
                search.clone(),
            ])),
            {
                // New events may include coredumps: wake the crash worker.
                let signal = crash_signal.clone();
                Arc::new(move || signal.notify())
            },
        )?)
    } else {
        None
    };
    let symbol_cache = Arc::new(faultline_symbols::SymbolCache::new(SYMBOL_CACHE_FILES));
    let crash_metrics = Arc::new(crashes::CrashMetrics::default());
    let crash_worker = if options.pipeline {
        Some(crashes::CrashWorker::start(
            crashes::CrashEnv {
                store: store.clone(),
                cache: symbol_cache.clone(),
                plugins: Some(plugins.clone()),
            },
            crash_metrics.clone(),
            crash_signal.clone(),
        )?)
    } else {
        None
    };
    let state = AppState {
        rate_limiter: Arc::new(RateLimiter::new(
            config.ingest.rate_limit_uploads_per_s,
            config.ingest.rate_limit_burst,
        )),
        config: Arc::new(config),
        store,
        committer,
        key_cache: Arc::new(RwLock::new(Default::default())),
        ingest_metrics: Arc::new(IngestMetrics::new()),
        pipeline_metrics,
        plugins,
        symbol_cache,
        crash_metrics,
        crash_signal,
        fleet: fleet_feed,
        sessions: Arc::new(auth::Sessions::default()),
        jobs,
        search,
        reprocess: worker.as_ref().map(worker::Worker::requests),
    };
    let listener = tokio::net::TcpListener::bind(state.config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", state.config.listen))?;
    let addr = listener.local_addr()?;
    let app = router(state.clone(), options.bench_noop_route);
    let (shutdown, rx) = tokio::sync::oneshot::channel::<()>();
    let serve = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await
    });
    tracing::info!(%addr, "listening");
    Ok(Server {
        addr,
        state,
        shutdown,
        serve,
        worker,
        crash_worker,
        compactor,
    })
}

impl Server {
    /// Stop accepting, let in-flight requests finish, then stop the pipeline.
    pub async fn stop(self) -> anyhow::Result<()> {
        let _ = self.shutdown.send(());
        self.serve.await??;
        let Server {
            state,
            worker,
            crash_worker,
            compactor,
            ..
        } = self;
        let search = state.search.clone();
        drop(state);
        if let Some(worker) = worker {
            tokio::task::spawn_blocking(move || worker.stop()).await?;
        }
        if let Some(w) = crash_worker {
            tokio::task::spawn_blocking(move || w.stop()).await?;
        }
        // After the pipeline and the crash worker: their last changes are committed too.
        tokio::task::spawn_blocking(move || search.stop()).await?;
        if let Some(c) = compactor {
            tokio::task::spawn_blocking(move || c.stop()).await?;
        }
        Ok(())
    }
}
