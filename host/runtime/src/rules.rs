//! Calling alert rules (`alert-rule` world) and anomaly detectors (`anomaly-detector` world).
//!
//! Both run in the same sandbox as decoders (breaker, one reusable instance, CPU budget, memory
//! cap) through [`Runtime::evaluate`] and [`Runtime::inspect`]. Their output is small by nature:
//! it is capped at [`MAX_ITEMS`] alerts or findings, each string at the contract's string limit,
//! and charged against `max_output_bytes` like a decoder's.

use faultline_model::rules::{Alert, Finding, MetricWindow};
use faultline_model::{DeviceContext, Event, PluginFailure};

use crate::v0_1_0::{self, limits};
use crate::{Bindings, CallError, PluginId, PluginKind, Rejection, Runtime, classify, error_text};

/// Most alerts or findings one call may return.
pub const MAX_ITEMS: usize = 1024;

/// Why a rule or detector returned nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    /// The plugin declined the input (its `malformed` / `unsupported` errors).
    #[error("input declined as {}: {detail}", reason.as_str())]
    Rejected { reason: Rejection, detail: String },
    /// The plugin failed.
    #[error("{}: {detail}", failure.as_str())]
    Failed {
        failure: PluginFailure,
        detail: String,
    },
}

impl From<CallError> for RuleError {
    fn from(e: CallError) -> RuleError {
        match e {
            CallError::Rejected { reason, detail } => RuleError::Rejected { reason, detail },
            CallError::Failed { failure, detail } => RuleError::Failed { failure, detail },
        }
    }
}

/// Checks what came back: count, string sizes, the output budget.
fn check_output<'a>(
    strings: impl Iterator<Item = [&'a str; 2]>,
    count: usize,
    max_output_bytes: usize,
) -> Result<(), CallError> {
    if count > MAX_ITEMS {
        return Err(CallError::failed(
            PluginFailure::BadOutput,
            format!("{count} items returned (at most {MAX_ITEMS})"),
        ));
    }
    let mut size = 0usize;
    for pair in strings {
        for s in pair {
            if s.is_empty() || s.len() > limits::MAX_STRING_BYTES {
                return Err(CallError::failed(
                    PluginFailure::BadOutput,
                    format!(
                        "a string is empty or longer than {} bytes",
                        limits::MAX_STRING_BYTES
                    ),
                ));
            }
            size = size.saturating_add(s.len());
        }
        size = size.saturating_add(v0_1_0::ITEM_COST);
    }
    if size > max_output_bytes {
        return Err(CallError::failed(
            PluginFailure::OutputTooLarge,
            format!("output is {size} bytes (limit {max_output_bytes})"),
        ));
    }
    Ok(())
}

impl Runtime {
    /// Evaluate a metric window with an alert rule.
    pub fn evaluate(
        &self,
        plugin: &PluginId,
        window: &MetricWindow,
    ) -> Result<Vec<Alert>, RuleError> {
        let result = self.call(plugin, PluginKind::AlertRule, |p, slot| {
            let inst = self.instance(p, slot)?;
            let Bindings::AlertRule(bindings) = &inst.bindings else {
                return Err(CallError::failed(
                    PluginFailure::PluginError,
                    "instance is not an alert rule".into(),
                ));
            };
            let returned = bindings
                .faultline_plugin_alert_evaluate()
                .call_evaluate(&mut inst.store, &v0_1_0::window_to_wit(window));
            let alerts = match returned {
                Err(e) => {
                    let failure = classify(&e, inst.store.data().limiter.memory_hit);
                    // A trapped instance cannot be entered again: start afresh next call.
                    *slot = None;
                    return Err(CallError::failed(failure, error_text(&e)));
                }
                Ok(Err(e)) => return Err(crate::plugin_error(e)),
                Ok(Ok(alerts)) => alerts,
            };
            check_output(
                alerts
                    .iter()
                    .map(|a| [a.title.as_str(), a.fingerprint.as_str()]),
                alerts.len(),
                p.spec.limits.max_output_bytes,
            )?;
            Ok(alerts
                .into_iter()
                .map(|a| Alert {
                    severity: v0_1_0::severity_to_model(a.severity),
                    title: a.title,
                    fingerprint: a.fingerprint,
                })
                .collect())
        });
        result.map_err(RuleError::from)
    }

    /// Inspect a batch of one device's events with an anomaly detector.
    pub fn inspect(
        &self,
        plugin: &PluginId,
        ctx: &DeviceContext,
        events: &[Event],
    ) -> Result<Vec<Finding>, RuleError> {
        let result = self.call(plugin, PluginKind::AnomalyDetector, |p, slot| {
            let inst = self.instance(p, slot)?;
            let Bindings::AnomalyDetector(bindings) = &inst.bindings else {
                return Err(CallError::failed(
                    PluginFailure::PluginError,
                    "instance is not an anomaly detector".into(),
                ));
            };
            let wit_events: Vec<_> = events.iter().map(v0_1_0::event_to_wit).collect();
            let returned = bindings.faultline_plugin_anomaly_inspect().call_inspect(
                &mut inst.store,
                &v0_1_0::context_to_wit(ctx),
                &wit_events,
            );
            let findings = match returned {
                Err(e) => {
                    let failure = classify(&e, inst.store.data().limiter.memory_hit);
                    *slot = None;
                    return Err(CallError::failed(failure, error_text(&e)));
                }
                Ok(Err(e)) => return Err(crate::plugin_error(e)),
                Ok(Ok(findings)) => findings,
            };
            check_output(
                findings
                    .iter()
                    .map(|f| [f.rule.as_str(), f.description.as_str()]),
                findings.len(),
                p.spec.limits.max_output_bytes,
            )?;
            Ok(findings
                .into_iter()
                .map(|f| Finding {
                    severity: v0_1_0::severity_to_model(f.severity),
                    rule: f.rule,
                    description: f.description,
                })
                .collect())
        });
        result.map_err(RuleError::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_checks_count_size_and_empty_strings() {
        let ok = [["high cpu", "cpu-high"]];
        check_output(ok.iter().map(|p| [p[0], p[1]]), 1, 1024).expect("fits");
        let err = check_output(ok.iter().map(|p| [p[0], p[1]]), 1, 10).expect_err("budget");
        assert!(matches!(
            err,
            CallError::Failed {
                failure: PluginFailure::OutputTooLarge,
                ..
            }
        ));
        let empty = [["", "x"]];
        assert!(check_output(empty.iter().map(|p| [p[0], p[1]]), 1, 1024).is_err());
        assert!(check_output(std::iter::empty(), MAX_ITEMS + 1, usize::MAX).is_err());
    }
}
