// The rule itself, free of WIT imports so node can unit-test it (test/rule.test.mjs); app.js
// wires it to the host.
//
// A window holds one battery metric of one device (or a fleet mean) over time. Two alerts:
//
// - battery-drain: the level falls at `drain_per_hour` or faster (least-squares slope over the
//   window, so one noisy reading neither raises nor hides it). Critical when, at that rate, it
//   reaches `empty_level` within `empty_within_hours`. Windows spanning less than
//   `min_span_minutes` are not evidence of a trend and raise nothing.
// - battery-low: the level went to `low_enter` or below and has not come back to `low_exit`
//   or above (hysteresis: a reading wobbling around one threshold does not flap the state),
//   for at least `low_for_minutes` up to the window's last point.
//
// Units are the metric's own (percent or millivolts alike): thresholds are in the same unit.

export const DEFAULTS = Object.freeze({
  drain_per_hour: 2,
  empty_level: 5,
  empty_within_hours: 12,
  min_span_minutes: 30,
  low_enter: 15,
  low_exit: 20,
  low_for_minutes: 30,
});

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** A setting in `[plugin.config]` the rule cannot use: the operator's mistake. */
export class ConfigError extends Error {}

/**
 * The settings, from `config(key) -> string | undefined` (the host import), over the defaults.
 */
export function readSettings(config) {
  const settings = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS)) {
    const raw = config(key);
    if (raw === undefined) continue;
    const value = Number(raw);
    // Number('') is 0 and Number(' 7 ') is 7: refuse blanks, accept surrounding spaces.
    if (raw.trim() === '' || !Number.isFinite(value)) {
      throw new ConfigError(`config ${key} \`${raw}\`: not a number`);
    }
    settings[key] = value;
  }
  for (const key of ['drain_per_hour', 'empty_within_hours']) {
    if (settings[key] <= 0) {
      throw new ConfigError(`config ${key} must be above 0, is ${settings[key]}`);
    }
  }
  if (settings.low_exit < settings.low_enter) {
    throw new ConfigError(
      `config low_exit (${settings.low_exit}) is below low_enter (${settings.low_enter})`,
    );
  }
  return settings;
}

/** Points as [milliseconds, value], time-ordered, unusable values dropped. */
function series(points) {
  return points
    .map((p) => [Number(p.atMs), p.value])
    .filter(([, v]) => Number.isFinite(v))
    .sort((a, b) => a[0] - b[0]);
}

/** How fast the value falls, in units per hour (negative: rising), by least squares. */
export function drainPerHour(pts) {
  // Times relative to the first point keep the sums far from float precision limits.
  const t0 = pts[0][0];
  const n = pts.length;
  let st = 0;
  let sv = 0;
  for (const [t, v] of pts) {
    st += t - t0;
    sv += v;
  }
  const mt = st / n;
  const mv = sv / n;
  let num = 0;
  let den = 0;
  for (const [t, v] of pts) {
    num += (t - t0 - mt) * (v - mv);
    den += (t - t0 - mt) ** 2;
  }
  return den === 0 ? 0 : (-num / den) * HOUR_MS;
}

/** Since when the level has been low (hysteresis), or null. */
export function lowSince(pts, { low_enter, low_exit }) {
  let since = null;
  for (const [t, v] of pts) {
    if (since === null && v <= low_enter) since = t;
    else if (since !== null && v >= low_exit) since = null;
  }
  return since;
}

const round = (x) => Math.round(x * 10) / 10;

/** The alerts a window raises: WIT `alert` records. */
export function evaluate(window, settings) {
  const pts = series(window.points);
  if (pts.length === 0) return [];
  const metric = window.metric;
  const who = window.deviceCount > 1 ? ` (mean of ${window.deviceCount} devices)` : '';
  const [lastAt, last] = pts[pts.length - 1];
  const alerts = [];

  const spanMs = lastAt - pts[0][0];
  if (pts.length >= 3 && spanMs >= settings.min_span_minutes * MINUTE_MS) {
    const rate = drainPerHour(pts);
    if (rate >= settings.drain_per_hour) {
      const hoursLeft = Math.max(0, (last - settings.empty_level) / rate);
      const critical = hoursLeft <= settings.empty_within_hours;
      alerts.push({
        severity: critical ? 'critical' : 'warning',
        title: critical
          ? `${metric} falls ${round(rate)}/h from ${round(last)}: ${settings.empty_level} in about ${round(hoursLeft)} h${who}`
          : `${metric} falls ${round(rate)}/h (alert at ${settings.drain_per_hour}/h), now ${round(last)}${who}`,
        // One per metric, not per rate: a drain that goes on is one alert, de-duplicated.
        fingerprint: `battery-drain:${metric}`,
      });
    }
  }

  const since = lowSince(pts, settings);
  if (since !== null && lastAt - since >= settings.low_for_minutes * MINUTE_MS) {
    alerts.push({
      severity: 'warning',
      title: `${metric} low for ${Math.round((lastAt - since) / MINUTE_MS)} min, now ${round(last)} (back to normal at ${settings.low_exit})${who}`,
      fingerprint: `battery-low:${metric}`,
    });
  }
  return alerts;
}
