//! Alert rules and anomaly detectors through the runtime: results, and the sandbox's verdicts
//! on misbehaving ones (the bundled `misbehave` plugin loaded as either kind).

use std::path::Path;

use faultline_model::rules::{MetricPoint, MetricWindow, Severity};
use faultline_model::{Event, EventKind, PluginFailure};
use faultline_plugin_build::{DECODER_V1, MISBEHAVE, bundled};
use faultline_runtime::{Manifest, PluginId, RuleError, Runtime};

use crate::ctx;

fn entry(id: &str, kind: &str, mode: &str) -> String {
    format!(
        "[[plugin]]\nid = \"{id}\"\nkind = \"{kind}\"\npath = {:?}\n[plugin.limits]\ntimeout_ms = 30\nmax_memory_bytes = 4194304\nbreaker_failures = 100\n[plugin.config]\nmode = \"{mode}\"\n",
        bundled(MISBEHAVE)
    )
}

fn window(metric: &str) -> MetricWindow {
    MetricWindow {
        metric: metric.into(),
        device_count: 3,
        start_ms: 0,
        end_ms: 3_600_000,
        points: (0..4)
            .map(|i| MetricPoint {
                at_ms: i * 1000,
                value: i as f64,
            })
            .collect(),
    }
}

fn reboot() -> Event {
    Event {
        captured_at_ms: None,
        kind: EventKind::Reboot {
            reason: 10,
            unexpected: true,
            pc: None,
            lr: None,
            crash_count: 1,
        },
    }
}

#[test]
fn rules_and_detectors_return_their_results_and_misbehaviour_is_classified() {
    let cache = tempfile::tempdir().expect("tempdir");
    let mut entries = Vec::new();
    for mode in [
        "ok",
        "trap",
        "loop",
        "memory-bomb",
        "garbage",
        "error",
        "from-metric",
    ] {
        entries.push(entry(&format!("rule-{mode}"), "alert-rule", mode));
        entries.push(entry(&format!("det-{mode}"), "anomaly-detector", mode));
    }
    let text = format!("version = 1\n{}", entries.join("\n"));
    let rt = Runtime::new(
        Manifest::from_toml_str(&text, Path::new("/")).expect("manifest"),
        cache.path(),
    )
    .expect("runtime");
    let id = |s: &str| PluginId::new(s.to_string());

    let alerts = rt.evaluate(&id("rule-ok"), &window("cpu")).expect("alerts");
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].title, "misbehave cpu: 4 points");
    assert_eq!(alerts[0].fingerprint, "misbehave-cpu");
    assert_eq!(alerts[0].severity, Severity::Warning);
    let events = [reboot(), reboot()];
    let findings = rt
        .inspect(&id("det-ok"), &ctx(), &events)
        .expect("findings");
    assert_eq!(findings.len(), 2);
    assert_eq!(findings[1].rule, "reboot");
    assert_eq!(findings[1].description, "event 1 of SN-0001");

    let failure = |r: Result<usize, RuleError>| match r {
        Err(RuleError::Failed { failure, .. }) => failure,
        other => panic!("expected a failure, got {other:?}"),
    };
    for (mode, want) in [
        ("trap", PluginFailure::Trap),
        ("loop", PluginFailure::Timeout),
        ("memory-bomb", PluginFailure::MemoryLimit),
        ("garbage", PluginFailure::BadOutput),
        ("error", PluginFailure::PluginError),
    ] {
        let got = failure(
            rt.evaluate(&id(&format!("rule-{mode}")), &window("cpu"))
                .map(|a| a.len()),
        );
        assert_eq!(got, want, "alert rule, {mode}");
        let got = failure(
            rt.inspect(&id(&format!("det-{mode}")), &ctx(), &events)
                .map(|f| f.len()),
        );
        assert_eq!(got, want, "detector, {mode}");
    }
    // The same instance fails, then works: the trapped one was replaced.
    assert_eq!(
        failure(
            rt.evaluate(&id("rule-from-metric"), &window("trap"))
                .map(|a| a.len())
        ),
        PluginFailure::Trap
    );
    let alerts = rt
        .evaluate(&id("rule-from-metric"), &window("fine"))
        .expect("after a trap");
    assert_eq!(alerts[0].fingerprint, "misbehave-fine");
    // A rule is not a detector.
    assert!(matches!(
        rt.inspect(&id("rule-ok"), &ctx(), &events),
        Err(RuleError::Failed {
            failure: PluginFailure::PluginError,
            ..
        })
    ));
}

#[test]
fn a_decoder_component_is_not_an_alert_rule() {
    let cache = tempfile::tempdir().expect("tempdir");
    let text = format!(
        "version = 1\n[[plugin]]\nid = \"r\"\nkind = \"alert-rule\"\npath = {:?}\n",
        bundled(DECODER_V1)
    );
    let m = Manifest::from_toml_str(&text, Path::new("/")).expect("valid");
    let err = Runtime::new(m, cache.path()).err().expect("refused");
    assert!(
        err.to_string()
            .ends_with("does not export `faultline:plugin/alert-evaluate@0.1.0`"),
        "{err}"
    );
}
