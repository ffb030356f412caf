//! The `faultline` command line.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;
use clap::{Args, Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use crate::config::{LogFormat, ServerConfig};

#[derive(Parser)]
#[command(
    name = "faultline",
    version,
    about = "Observability and updates for device fleets"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct ConfigArgs {
    /// Server config file (TOML, `version = 1`). Without one, local defaults are used.
    #[arg(long, env = "FAULTLINE_CONFIG", global = true)]
    config: Option<PathBuf>,
    /// Data directory (default ./faultline-data).
    #[arg(long, global = true)]
    data: Option<PathBuf>,
    /// Plugin list (default ./plugins.toml).
    #[arg(long, global = true)]
    plugins: Option<PathBuf>,
}

impl ConfigArgs {
    fn resolve(&self) -> anyhow::Result<ServerConfig> {
        let mut c = match &self.config {
            Some(p) => ServerConfig::load(p)?,
            None => ServerConfig::default(),
        };
        if let Some(d) = &self.data {
            c.data_dir = d.clone();
        }
        if let Some(p) = &self.plugins {
            c.plugins = p.clone();
        }
        Ok(c)
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run the server: ingest, pipeline, API.
    Serve {
        #[command(flatten)]
        config: ConfigArgs,
        /// Address to listen on (default 127.0.0.1:8080).
        #[arg(long)]
        listen: Option<SocketAddr>,
        /// Also serve a route that reads and drops uploads (benchmark baseline).
        #[arg(long, hide = true)]
        bench_noop_route: bool,
        /// Do not run the pipeline (benchmarks of ingest alone; data stays in the raw log).
        #[arg(long, hide = true)]
        bench_ingest_only: bool,
    },
    /// Rebuild all derived data (devices, events, outcomes, fleet statistics, search index) from
    /// the raw log, e.g. after a plugin upgrade. Run it with the server stopped; while it runs,
    /// use `POST /api/v1/reprocess`.
    Reprocess {
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Rebuild the search index of logs and issues from the stored events and issues. Run it
    /// with the server stopped; while it runs, use `POST /api/v1/reindex`.
    Reindex {
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Manage projects (with the server stopped; while it runs, use the API).
    Project {
        #[command(flatten)]
        config: ConfigArgs,
        #[command(subcommand)]
        action: ProjectAction,
    },
    /// Validate the server config and plugins.toml, then exit.
    CheckConfig {
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Play devices that send protocol-correct chunks to a server.
    Simulate(crate::simulate::SimulateArgs),
    /// Forward chunks that a device prints as `FL1:` text lines (e.g. on a UART) to a server;
    /// other lines are the device's console and are echoed to stderr.
    Bridge(crate::bridge::BridgeArgs),
    /// Upload firmware ELFs to a server as symbol files (found later by their GNU build id).
    UploadSymbols {
        /// Server base URL, e.g. http://127.0.0.1:8080.
        #[arg(long)]
        server: String,
        #[arg(long, default_value = crate::DEFAULT_PROJECT)]
        project: String,
        /// API token when the server has one (also FAULTLINE_API_TOKEN).
        #[arg(long, env = "FAULTLINE_API_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// For an ELF without a build id: the software type and version it is (both or neither).
        #[arg(long, requires = "software_version")]
        software_type: Option<String>,
        #[arg(long, requires = "software_type")]
        software_version: Option<String>,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write, build, test, inspect, sign and install plugins.
    Plugin {
        #[command(subcommand)]
        action: crate::plugin_cli::PluginAction,
    },
    /// Print the functions, files and lines of addresses in an ELF (inlined frames first).
    Symbolicate {
        /// The ELF with the firmware's symbols (DWARF, or at least a symbol table).
        #[arg(long)]
        elf: PathBuf,
        /// Addresses in hex, with or without 0x.
        #[arg(required = true)]
        addresses: Vec<String>,
    },
}

#[derive(Subcommand)]
enum ProjectAction {
    List,
    Create {
        name: String,
    },
    /// Issue a new device key; the old one is refused with 403 from then on.
    RotateKey {
        name: String,
    },
}

fn init_logging(level: &str, format: LogFormat) {
    let filter = EnvFilter::try_from_env("FAULTLINE_LOG")
        .or_else(|_| EnvFilter::try_from_default_env())
        .unwrap_or_else(|_| EnvFilter::new(level));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Entry point of the binary (and of the test harness's copy of it): runs the command and
/// prints an error as one readable chain of causes.
pub fn main() -> std::process::ExitCode {
    match run(Cli::parse()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve {
            config,
            listen,
            bench_noop_route,
            bench_ingest_only,
        } => {
            let mut c = config.resolve()?;
            if let Some(l) = listen {
                c.listen = l;
            }
            init_logging(&c.log_level, c.log_format);
            let rt = tokio::runtime::Runtime::new()?;
            rt.block_on(async move {
                let options = crate::StartOptions {
                    bench_noop_route,
                    pipeline: !bench_ingest_only,
                };
                let server = crate::start_with(c, options).await?;
                println!("faultline listening on http://{}", server.addr);
                shutdown_signal().await;
                tracing::info!("shutting down");
                server.stop().await
            })
        }
        Command::Reprocess { config } => {
            let c = config.resolve()?;
            init_logging(&c.log_level, c.log_format);
            // Load the plugins first: a broken plugins.toml must not cost the derived data.
            let plugins = Arc::new(
                crate::plugins::PluginHost::load(&c.plugins, &c.data_dir)
                    .context("cannot load plugins")?,
            );
            faultline_store::Store::remove_derived(&c.data_dir)
                .context("cannot remove the old derived data")?;
            match std::fs::remove_dir_all(c.data_dir.join("fleet")) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(e).context("cannot remove the old fleet statistics");
                }
                _ => {}
            }
            // The next start finds no index for a processed raw log and rebuilds it.
            match std::fs::remove_dir_all(c.data_dir.join("search")) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(e).context("cannot remove the old search index");
                }
                _ => {}
            }
            let fleet = crate::open_fleet(&c)?;
            let store = crate::open_store(&c)?;
            let feed = Arc::new(crate::fleet::FleetFeed::new(fleet, store.clone())?);
            let metrics = Arc::new(faultline_pipeline::PipelineMetrics::default());
            let started = std::time::Instant::now();
            let mut last_report = std::time::Instant::now();
            let progress = faultline_pipeline::Pipeline::new(store, plugins, metrics)
                .with_batch_records(c.pipeline_batch_records)
                .with_sink(feed)
                .reprocess_with(|done, total| {
                    if last_report.elapsed() >= std::time::Duration::from_secs(1) {
                        eprintln!(
                            "reprocessing: {done} of {total} raw records ({:.0} %)",
                            done as f64 * 100.0 / total.max(1) as f64
                        );
                        last_report = std::time::Instant::now();
                    }
                })?;
            println!(
                "reprocessed {} raw records ({} chunks) into {} events in {:.2?}",
                progress.records,
                progress.chunks,
                progress.events,
                started.elapsed()
            );
            Ok(())
        }
        Command::Reindex { config } => {
            let c = config.resolve()?;
            init_logging(&c.log_level, c.log_format);
            let store = crate::open_store(&c)?;
            let jobs = crate::jobs::Jobs::default();
            let started = std::time::Instant::now();
            let search = crate::open_search(&c, &store, &jobs)?;
            let job = match jobs.all().into_iter().next() {
                Some(j) => j,
                None => {
                    let j = jobs.start("reindex").0;
                    search.reindex(j.clone());
                    j
                }
            };
            while job.state() == crate::jobs::JobState::Running {
                std::thread::sleep(std::time::Duration::from_millis(500));
                let v = job.json();
                eprintln!(
                    "reindexing: {} of {} devices and issues",
                    v["done"], v["total"]
                );
            }
            search.stop();
            let v = job.json();
            if job.state() == crate::jobs::JobState::Failed {
                anyhow::bail!(
                    "reindex failed: {}",
                    v["message"].as_str().unwrap_or_default()
                );
            }
            println!(
                "{} ({:.2?} in all)",
                v["message"].as_str().unwrap_or_default(),
                started.elapsed()
            );
            Ok(())
        }
        Command::Project { config, action } => {
            let c = config.resolve()?;
            let store = crate::open_store(&c)?;
            match action {
                ProjectAction::List => {
                    for p in store.projects()? {
                        println!("{}\t{}", p.name, p.device_key);
                    }
                }
                ProjectAction::Create { name } => {
                    let p = store.create_project(&name)?;
                    println!("{}\t{}", p.name, p.device_key);
                }
                ProjectAction::RotateKey { name } => {
                    let p = store.rotate_key(&name)?;
                    println!("{}\t{}", p.name, p.device_key);
                }
            }
            store.flush()?;
            Ok(())
        }
        Command::CheckConfig { config } => {
            let c = config.resolve()?;
            let m = faultline_runtime::manifest::Manifest::load(&c.plugins)?;
            println!(
                "config ok: data {}, listen {}, {} plugin(s) in {}",
                c.data_dir.display(),
                c.listen,
                m.plugins.len(),
                c.plugins.display()
            );
            Ok(())
        }
        Command::Simulate(args) => {
            init_logging("warn", LogFormat::Text);
            let rt = tokio::runtime::Runtime::new()?;
            let report = rt.block_on(crate::simulate::run(args))?;
            println!("{report}");
            Ok(())
        }
        Command::Bridge(args) => {
            // stdout stays free (the bridge may sit in a pipeline); everything goes to stderr.
            let summary = crate::bridge::run(args)?;
            eprintln!("{summary}");
            Ok(())
        }
        Command::Symbolicate { elf, addresses } => symbolicate(&elf, &addresses),
        Command::Plugin { action } => {
            init_logging("warn", LogFormat::Text);
            crate::plugin_cli::run(action)
        }
        Command::UploadSymbols {
            server,
            project,
            token,
            software_type,
            software_version,
            files,
        } => {
            let rt = tokio::runtime::Runtime::new()?;
            rt.block_on(upload_symbols(
                &server,
                &project,
                token.as_deref(),
                software_type.zip(software_version),
                &files,
            ))
        }
    }
}

/// Upload each file; stop at the first refusal with the server's reason.
async fn upload_symbols(
    server: &str,
    project: &str,
    token: Option<&str>,
    version: Option<(String, String)>,
    files: &[PathBuf],
) -> anyhow::Result<()> {
    let client = reqwest::Client::new();
    for path in files {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut query = vec![("name", name)];
        if let Some((t, v)) = &version {
            query.push(("software_type", t.clone()));
            query.push(("software_version", v.clone()));
        }
        let mut req = client
            .post(format!(
                "{}/api/v1/projects/{project}/symbols",
                server.trim_end_matches('/')
            ))
            .query(&query)
            .body(bytes);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let resp = req
            .send()
            .await
            .with_context(|| format!("cannot reach {server}"))?;
        let status = resp.status();
        let body: serde_json::Value = resp.json().await.unwrap_or_default();
        if !status.is_success() {
            anyhow::bail!(
                "{}: refused ({status}): {}",
                path.display(),
                body["message"].as_str().unwrap_or("no reason given")
            );
        }
        println!(
            "{}: stored, build id {}{}",
            path.display(),
            body["build_id"].as_str().unwrap_or("?"),
            if body["debug_info"] == false {
                " (no debug info: function names only)"
            } else {
                ""
            }
        );
    }
    Ok(())
}

fn symbolicate(elf: &std::path::Path, addresses: &[String]) -> anyhow::Result<()> {
    // Parse every address first: a typo fails the command before any output.
    let addrs = addresses
        .iter()
        .map(|a| {
            let hex = a.strip_prefix("0x").or(a.strip_prefix("0X")).unwrap_or(a);
            u64::from_str_radix(hex, 16).with_context(|| format!("not a hex address: {a}"))
        })
        .collect::<anyhow::Result<Vec<u64>>>()?;
    let bytes = std::fs::read(elf).with_context(|| format!("read {}", elf.display()))?;
    let file = faultline_symbols::SymbolFile::parse(bytes)
        .with_context(|| format!("{}", elf.display()))?;
    let symbols = faultline_symbols::Symbolicator::new(&file)
        .with_context(|| format!("{}", elf.display()))?;
    println!(
        "# {} build id {}{}",
        elf.display(),
        file.build_id_hex().as_deref().unwrap_or("none"),
        if file.has_debug_info() {
            ""
        } else {
            " (no debug info: function names only)"
        }
    );
    for a in addrs {
        let frames = symbols.symbolicate(a);
        if frames.is_empty() {
            println!("{a:#010x}: ??");
        }
        for (i, f) in frames.iter().enumerate() {
            // As binutils prints it: the callers an inlined function was inlined into follow.
            let at = if i == 0 {
                format!("{a:#010x}: ")
            } else {
                "  (inlined by) ".to_string()
            };
            println!(
                "{at}{} at {}:{}",
                f.function.as_deref().unwrap_or("??"),
                f.file.as_deref().unwrap_or("??"),
                f.line.map_or("?".to_string(), |l| l.to_string())
            );
        }
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
