// battery-drain: an alert rule (world `alert-rule` of faultline:plugin@0.1.0) in JavaScript.
// The logic is in rule.js; this module is the WIT boundary.

import { config } from 'faultline:plugin/host@0.1.0';
import { ConfigError, evaluate, readSettings } from './rule.js';

// plugins.toml is read once per server start, so the settings of an instance never change:
// read them on the first call (seven host calls) and keep them. A bad value is not kept, so
// every call reports it.
let settings;

export const alertEvaluate = {
  evaluate(window) {
    try {
      settings ??= readSettings(config);
    } catch (e) {
      // `internal`: the operator's mistake, counted against the plugin and shown in its status.
      if (e instanceof ConfigError) throw { tag: 'internal', val: e.message };
      throw e;
    }
    return evaluate(window, settings);
  },
};
