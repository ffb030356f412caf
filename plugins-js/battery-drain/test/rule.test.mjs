// Unit checks of the rule under plain node (`node --test test/`): the same module the
// component is built from, with windows shaped as the WIT bindings hand them over (BigInt
// times, camelCase fields).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ConfigError, DEFAULTS, drainPerHour, evaluate, readSettings } from '../src/rule.js';

const T0 = 1_767_225_600_000;
const HOUR = 3_600_000;

function window(values, { stepMs = HOUR, metric = 'battery_pct', deviceCount = 1 } = {}) {
  return {
    metric,
    deviceCount,
    startMs: BigInt(T0),
    endMs: BigInt(T0 + stepMs * values.length),
    points: values.map((value, i) => ({ atMs: BigInt(T0 + i * stepMs), value })),
  };
}

const config = (values) => (key) => values[key];
const defaults = readSettings(config({}));

test('defaults apply when nothing is configured', () => {
  assert.deepEqual(defaults, { ...DEFAULTS });
});

test('the slope is per hour and positive while draining', () => {
  const pts = [80, 77, 74, 71].map((v, i) => [i * HOUR, v]);
  assert.equal(drainPerHour(pts), 3);
  assert.equal(drainPerHour(pts.map(([t, v]) => [t, 100 - v])), -3);
});

test('a steady drain far from empty is a warning', () => {
  const alerts = evaluate(window([80, 77, 74, 71]), defaults);
  assert.deepEqual(alerts, [
    {
      severity: 'warning',
      title: 'battery_pct falls 3/h (alert at 2/h), now 71',
      fingerprint: 'battery-drain:battery_pct',
    },
  ]);
});

test('a drain that empties the battery soon is critical', () => {
  const [alert] = evaluate(window([41, 37.2, 32.9, 29.1]), defaults);
  assert.equal(alert.severity, 'critical');
  // 3.99/h from 29.1 to 5: about 6 hours.
  assert.equal(alert.title, 'battery_pct falls 4/h from 29.1: 5 in about 6 h');
});

test('charging, a flat level and slow drains raise nothing', () => {
  assert.deepEqual(evaluate(window([30, 45, 60, 75]), defaults), []);
  assert.deepEqual(evaluate(window([50, 50, 50]), defaults), []);
  assert.deepEqual(evaluate(window([80, 79, 78, 77]), defaults), []);
});

test('one bad reading does not make a trend', () => {
  // A single dip to 60 in a flat series: the least-squares slope stays under 2/h.
  assert.deepEqual(evaluate(window([80, 80, 60, 80, 80, 80]), defaults), []);
});

test('too short a window is not evidence', () => {
  // A 20-minute span, though falling 30/h.
  assert.deepEqual(evaluate(window([80, 75, 70], { stepMs: 10 * 60_000 }), defaults), []);
});

test('points out of order are sorted by time', () => {
  const w = window([80, 77, 74, 71]);
  w.points.reverse();
  assert.equal(evaluate(w, defaults)[0].title, 'battery_pct falls 3/h (alert at 2/h), now 71');
});

test('a low level wobbling inside the hysteresis band stays low', () => {
  // Enters low at 14 and never gets back to 20: wobbling around 15 does not reset it. The
  // level does not fall overall, so no drain alert.
  const alerts = evaluate(window([16, 14, 16, 14.5, 17, 16], { stepMs: 15 * 60_000 }), defaults);
  assert.deepEqual(alerts, [
    {
      severity: 'warning',
      title: 'battery_pct low for 60 min, now 16 (back to normal at 20)',
      fingerprint: 'battery-low:battery_pct',
    },
  ]);
});

test('coming back to low_exit clears the low state', () => {
  const w = window([14, 13, 21, 18, 19], { stepMs: 15 * 60_000 });
  assert.deepEqual(evaluate(w, defaults), []);
});

test('a fleet mean says so', () => {
  const [alert] = evaluate(window([80, 77, 74, 71], { deviceCount: 12 }), defaults);
  assert.match(alert.title, /\(mean of 12 devices\)$/);
});

test('config overrides the defaults and bad values are refused', () => {
  const s = readSettings(config({ drain_per_hour: ' 4 ', low_enter: '10' }));
  assert.equal(s.drain_per_hour, 4);
  assert.equal(s.low_enter, 10);
  assert.deepEqual(evaluate(window([80, 77, 74, 71]), s), []);
  for (const [values, message] of [
    [{ drain_per_hour: 'fast' }, 'config drain_per_hour `fast`: not a number'],
    [{ empty_level: '' }, 'config empty_level ``: not a number'],
    [{ drain_per_hour: '0' }, 'config drain_per_hour must be above 0, is 0'],
    [{ low_exit: '10' }, 'config low_exit (10) is below low_enter (15)'],
  ]) {
    assert.throws(() => readSettings(config(values)), (e) => {
      assert.ok(e instanceof ConfigError);
      assert.equal(e.message, message);
      return true;
    });
  }
});
