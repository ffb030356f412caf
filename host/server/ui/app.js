// Faultline web UI: plain JavaScript, no framework, no build step. Reads the HTTP API
// (docs/api.md) with the session token kept in sessionStorage. Every piece of server text goes
// into the page as a text node (h() below); nothing is ever parsed as HTML.
'use strict';

(() => {
  // ---------------------------------------------------------------- DOM helpers
  const SVGNS = 'http://www.w3.org/2000/svg';
  const enc = encodeURIComponent;

  function fill(el, attrs, kids) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'value' || k === 'checked') el[k] = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    const add = (c) => {
      if (c === null || c === undefined || c === false) return;
      if (Array.isArray(c)) c.forEach(add);
      else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    };
    add(kids);
    return el;
  }
  const h = (tag, attrs, ...kids) => fill(document.createElement(tag), attrs, kids);
  const svg = (tag, attrs, ...kids) => fill(document.createElementNS(SVGNS, tag), attrs, kids);
  const put = (el, ...kids) => fill(el, null, kids);
  const set = (el, ...kids) => { el.replaceChildren(); return fill(el, null, kids); };
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

  // ---------------------------------------------------------------- formatting
  const pad = (n) => String(n).padStart(2, '0');
  function localTime(ms) {
    const d = new Date(ms);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }
  function ago(ms) {
    const s = (Date.now() - ms) / 1000, a = Math.abs(s);
    const [n, u] = a < 60 ? [a, 's'] : a < 3600 ? [a / 60, 'min'] : a < 86400 ? [a / 3600, 'h']
      : a < 86400 * 60 ? [a / 86400, 'd'] : a < 86400 * 730 ? [a / 86400 / 30.4, 'mo'] : [a / 86400 / 365, 'y'];
    if (a < 10) return 'just now';
    return s >= 0 ? `${Math.floor(n)} ${u} ago` : `in ${Math.floor(n)} ${u}`;
  }
  // A date as local time with "3 h ago" beside it; the full date and time on hover.
  function when(ms) {
    if (ms === null || ms === undefined) return h('span', { class: 'muted' }, '—');
    const d = new Date(ms);
    return h('time', { datetime: d.toISOString(), title: d.toString() },
      localTime(ms), ' ', h('span', { class: 'muted' }, ago(ms)));
  }
  function num(v, digits) {
    if (v === null || v === undefined || Number.isNaN(v)) return '—';
    if (typeof v !== 'number') return String(v);
    const d = digits !== undefined ? digits : Number.isInteger(v) ? 0 : Math.abs(v) < 10 ? 2 : 1;
    return v.toLocaleString(undefined, { maximumFractionDigits: d });
  }
  const plural = (n, word) => `${num(n)} ${word}${n === 1 ? '' : 's'}`;
  const hex = (v, width = 8) => (typeof v === 'number' ? '0x' + v.toString(16).padStart(width, '0') : String(v ?? '—'));
  const bytes = (n) => (n >= 1048576 ? num(n / 1048576, 1) + ' MiB' : n >= 1024 ? num(n / 1024, 1) + ' KiB' : num(n) + ' B');
  const vcmp = (a, b) => String(a).localeCompare(String(b), undefined, { numeric: true });
  const isWallClock = (ms) => typeof ms === 'number' && ms >= 946684800000;
  const eventTime = (e) => (isWallClock(e.event.captured_at_ms) ? e.event.captured_at_ms : e.received_ms);

  // A byte offset of a UTF-8 string (what the server's query errors give) as a JS string index.
  function byteToIndex(s, b) {
    const te = new TextEncoder();
    let n = 0, i = 0;
    for (const ch of s) {
      if (n >= b) break;
      n += te.encode(ch).length;
      i += ch.length;
    }
    return i;
  }
  const utf8len = (s) => new TextEncoder().encode(s).length;

  // ---------------------------------------------------------------- state and API
  const S = {
    token: sessionStorage.getItem('faultline.token'),
    me: null,
    project: sessionStorage.getItem('faultline.project'),
    nav: 0,        // number of the current render; older renders drop their results
    routes: 0,     // renders in this tab (Esc goes back only when there is somewhere to go)
    g: 0,          // time of a pending `g` of a two-key shortcut
    focusSearch: false,
  };

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.message) || `HTTP ${status}`);
      this.status = status;
      this.code = (body && body.error) || 'http_' + status;
      this.position = body && body.position;
    }
  }

  async function api(path, opts = {}) {
    const headers = {};
    if (S.token) headers.Authorization = 'Bearer ' + S.token;
    let body = opts.body;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
    let r;
    try {
      r = await fetch('/api/v1' + path, { method: opts.method || 'GET', headers, body });
    } catch (e) {
      throw new ApiError(0, { error: 'network', message: 'The server cannot be reached: ' + e.message });
    }
    const text = await r.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { data = { message: text }; }
    if (r.status === 401 && !opts.signin) {
      signedOut('Your session ended: sign in again.');
      const e = new ApiError(401, data);
      e.handled = true;
      throw e;
    }
    if (!r.ok) throw new ApiError(r.status, data);
    return data;
  }

  function qs(params) {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, v);
    const s = u.toString();
    return s ? '?' + s : '';
  }
  const P = (p) => `/projects/${enc(p)}`;
  const canWrite = () => S.me && (S.me.admin || S.me.role === 'write' || S.me.role === undefined);

  // ---------------------------------------------------------------- routing
  function parseHash() {
    const raw = location.hash.replace(/^#/, '') || '/';
    const q = raw.indexOf('?');
    const path = q < 0 ? raw : raw.slice(0, q);
    const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
    let segs;
    try { segs = path.split('/').filter(Boolean).map(decodeURIComponent); } catch { segs = []; }
    return { segs, params };
  }
  const link = (path, params) => '#' + path + (params ? qs(params) : '');
  const projectLink = (p, rest, params) => link(`/p/${enc(p)}/${rest}`, params);
  const deviceLink = (p, serial) => projectLink(p, 'devices/' + enc(serial));
  const issueLink = (p, id) => projectLink(p, 'issues/' + enc(id));

  function go(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  }

  const PAGES = {
    issues: (r, p) => (r.segs[3] ? pageIssue(p, r.segs[3]) : pageIssues(p, r.params)),
    devices: (r, p) => (r.segs[3] ? pageDevice(p, r.segs[3], r.params) : pageFleet(p, r.params)),
    fleet: (r, p) => pageFleet(p, r.params),
    logs: (r, p) => pageLogs(p, r.params),
  };

  async function route() {
    const nav = ++S.nav;
    document.body.dataset.ready = '0';
    closeDialogs();
    if (!S.me && !(await boot())) return;
    const r = parseHash();
    const projects = S.me.projects || [];
    if (r.segs[0] === 'p' && r.segs[1]) S.project = r.segs[1];
    if (!S.project || (!projects.includes(S.project) && r.segs[0] !== 'p')) S.project = projects[0] || 'default';
    sessionStorage.setItem('faultline.project', S.project);
    let render;
    if (r.segs[0] === 'p' && PAGES[r.segs[2]]) render = () => PAGES[r.segs[2]](r, r.segs[1]);
    else if (r.segs[0] === 'plugins') render = pagePlugins;
    else if (r.segs[0] === 'admin') render = pageAdmin;
    else {
      location.replace(projectLink(S.project, 'issues'));
      return;
    }
    header(r);
    const main = $('#main');
    let node;
    try {
      node = await render();
    } catch (e) {
      if (e.handled) return;
      node = h('div', {}, errorBanner(e));
    }
    if (nav !== S.nav) return;
    const lost = !document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected
      || main.contains(document.activeElement);
    set(main, node);
    const path = location.hash.split('?')[0];
    if (path !== S.path) window.scrollTo(0, 0);
    S.path = path;
    S.routes++;
    if (lost) main.focus({ preventScroll: true });
    if (S.focusSearch) {
      S.focusSearch = false;
      const s = $('[data-test=search]');
      if (s) { s.focus(); s.setSelectionRange(s.value.length, s.value.length); }
    }
    document.body.dataset.ready = '1';
  }

  function errorBanner(e) {
    const what = e.status === 403 ? 'Not allowed: ' : e.status === 404 ? 'Not found: ' : '';
    return h('div', { class: 'banner error', role: 'alert', 'data-test': 'error' }, what + e.message);
  }
  // Shows an error of an action at the top of the page (the page itself stays).
  function flash(e) {
    $$('.banner.error').forEach((b) => b.remove());
    if (!e.handled) $('#main').prepend(errorBanner(e));
  }

  // ---------------------------------------------------------------- session
  async function boot() {
    try {
      S.me = await api('/session', { signin: true });
      if (!S.me.projects || !S.me.projects.length) {
        const r = await api('/projects').catch(() => ({ projects: [] }));
        S.me.projects = r.projects.map((p) => p.name);
      }
      return true;
    } catch (e) {
      if (e.status === 401) signedOut(S.token ? 'Your session ended: sign in again.' : null);
      else {
        set($('#main'), errorBanner(e));
        document.body.dataset.ready = '1';
      }
      return false;
    }
  }

  function signedOut(why) {
    S.token = null;
    S.me = null;
    sessionStorage.removeItem('faultline.token');
    closeDialogs();
    set($('#top'), h('span', { class: 'brand' }, 'Faultline'));
    const err = h('div', { class: 'signin-error' });
    const user = h('input', { id: 'si-user', name: 'user', autocomplete: 'username', 'data-test': 'signin-user' });
    const pass = h('input', { id: 'si-pass', name: 'password', type: 'password', autocomplete: 'current-password', 'data-test': 'signin-password' });
    const token = h('input', { id: 'si-token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false', 'data-test': 'signin-token' });
    const form = h('form', { class: 'signin card', onsubmit: async (ev) => {
      ev.preventDefault();
      const body = token.value.trim() ? { token: token.value.trim() } : { user: user.value, password: pass.value };
      try {
        const r = await api('/session', { method: 'POST', body, signin: true });
        S.token = r.token;
        sessionStorage.setItem('faultline.token', r.token);
        S.me = null;
        route();
      } catch (e) {
        set(err, errorBanner(e.status === 401 ? new Error('Wrong user name, password or token.') : e));
      }
    } },
    h('h1', {}, 'Sign in to Faultline'),
    why ? h('p', { class: 'muted' }, why) : null,
    err,
    h('fieldset', {}, h('legend', {}, 'User and password'),
      h('label', { for: 'si-user' }, 'User'), user,
      h('label', { for: 'si-pass' }, 'Password'), pass),
    h('fieldset', {}, h('legend', {}, 'Or an API token'),
      h('label', { for: 'si-token' }, 'API token'), token,
      h('p', { class: 'muted small' }, 'A new server writes an administrator token to <data>/admin-token.')),
    h('button', { type: 'submit', class: 'primary', 'data-test': 'signin-submit' }, 'Sign in'));
    set($('#main'), form);
    user.focus();
    document.body.dataset.ready = '1';
  }

  async function signOut() {
    try { await api('/session', { method: 'DELETE' }); } catch { /* signed out either way */ }
    signedOut('Signed out.');
  }

  // ---------------------------------------------------------------- header
  function header(r) {
    const p = S.project;
    const at = r.segs[0] === 'p' ? (r.segs[2] === 'devices' && !r.segs[3] ? 'fleet' : r.segs[2]) : r.segs[0];
    const nav = (key, href, label, short) =>
      h('a', { href, 'aria-current': at === key ? 'page' : null, title: `${label} (g ${short})` }, label);
    const picker = h('select', { id: 'project', 'aria-label': 'Project', onchange: () => {
      const page = ['issues', 'logs', 'fleet'].includes(at) ? at : 'issues';
      go(projectLink(picker.value, page));
    } }, (S.me.projects || []).map((n) => h('option', { value: n, selected: n === p }, n)));
    set($('#top'), 
      h('span', { class: 'brand' }, 'Faultline'),
      h('nav', { 'aria-label': 'Pages' },
        nav('issues', projectLink(p, 'issues'), 'Issues', 'i'),
        nav('logs', projectLink(p, 'logs'), 'Logs', 'l'),
        nav('fleet', projectLink(p, 'fleet'), 'Fleet', 'f'),
        nav('plugins', '#/plugins', 'Plugins', 'p'),
        S.me.admin ? nav('admin', '#/admin', 'Admin', 'a') : null),
      h('span', { class: 'spacer' }),
      h('label', { for: 'project', class: 'small muted' }, 'Project'), picker,
      h('button', { type: 'button', class: 'link', onclick: showHelp, title: 'Keyboard shortcuts (?)' }, '?'),
      h('span', { class: 'small muted' }, S.me.user || ''),
      h('button', { type: 'button', onclick: signOut }, 'Sign out'));
  }

  // ---------------------------------------------------------------- shared widgets
  // A search form. The query lives in the URL: submitting navigates. `bad_query` errors are
  // shown under the box with the character they point at marked.
  function searchForm(value, label, placeholder, onSubmit) {
    const id = 'q-' + Math.random().toString(36).slice(2, 8);
    const input = h('input', { id, type: 'search', value, placeholder, autocomplete: 'off', spellcheck: 'false', 'data-test': 'search', class: 'mono' });
    const box = h('div', { class: 'qerr-box' });
    const form = h('form', { class: 'search', role: 'search', onsubmit: (ev) => {
      ev.preventDefault();
      S.focusSearch = true;
      onSubmit(input.value.trim());
    } }, h('label', { for: id }, label), input, h('button', { type: 'submit' }, 'Search'), box);
    form.showQueryError = (e, shift = 0) => {
      const q = input.value;
      const pos = Math.max(0, Math.min(utf8len(q), (e.position || 0) - shift));
      const i = byteToIndex(q, pos);
      const ch = q.slice(i, i + 1);
      set(box, h('div', { class: 'qerr', role: 'alert', 'data-test': 'error' },
        h('div', {}, `${e.message} (at character ${i + 1})`),
        h('pre', { class: 'mono' }, q.slice(0, i), h('mark', {}, ch || ' '), q.slice(i + 1))));
      requestAnimationFrame(() => { input.focus(); input.setSelectionRange(i, i + (ch ? 1 : 0)); });
    };
    return form;
  }

  function table(head, rows, attrs = {}) {
    return h('table', attrs, h('thead', {}, h('tr', {}, head.map((c) => (c instanceof Node ? c : h('th', { scope: 'col' }, c))))),
      h('tbody', {}, rows));
  }
  const N = (label, title) => h('th', { scope: 'col', class: 'num', title }, label);
  const badge = (text, kind, test) => h('span', { class: `badge ${kind || text}`, 'data-test': test }, text);
  const section = (title, ...kids) => h('section', { class: 'card' }, h('h2', {}, title), ...kids);
  const empty = (text) => h('p', { class: 'empty muted' }, text);
  const dl = (pairs) => h('dl', { class: 'facts' }, pairs.filter(Boolean).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));

  // ---------------------------------------------------------------- charts (inline SVG)
  function extent(vals) {
    let lo = Infinity, hi = -Infinity;
    for (const v of vals) { if (v < lo) lo = v; if (v > hi) hi = v; }
    if (lo === hi) { lo -= lo === 0 ? 0 : Math.abs(lo) * 0.1 || 1; hi += Math.abs(hi) * 0.1 || 1; }
    return [lo, hi];
  }
  // The smallest of 1, 2, 2.5, 5 × 10^n that holds v: bar axes end on a round number.
  function niceMax(v) {
    if (!(v > 0)) return 1;
    const m = 10 ** Math.floor(Math.log10(v));
    return [1, 2, 2.5, 5, 10].map((f) => f * m).find((x) => x >= v);
  }
  const shortTime = (ms, span) => {
    const d = new Date(ms);
    return span > 2 * 86400000 ? `${d.getMonth() + 1}/${d.getDate()}` + (span < 10 * 86400000 ? ` ${pad(d.getHours())}h` : '')
      : `${pad(d.getHours())}:${pad(d.getMinutes())}` + (span > 600000 ? '' : `:${pad(d.getSeconds())}`);
  };

  // One numeric series over time: [{t, v}] sorted by t.
  function lineChart(pts, o = {}) {
    const W = o.w || 420, H = o.h || 130, L = 48, R = 10, T = 10, B = 20;
    const [x0, x1] = o.x || extent(pts.map((p) => p.t));
    const [y0, y1] = extent(pts.map((p) => p.v).concat(o.zero ? [0] : []));
    const X = (t) => L + ((t - x0) / (x1 - x0)) * (W - L - R);
    const Y = (v) => T + (1 - (v - y0) / (y1 - y0)) * (H - T - B);
    const d = pts.map((p, i) => (i ? 'L' : 'M') + X(p.t).toFixed(1) + ' ' + Y(p.v).toFixed(1)).join('');
    const ticks = [y0, (y0 + y1) / 2, y1];
    return svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'chart', role: 'img', 'aria-label': o.label, 'data-test': o.test },
      svg('title', {}, o.label),
      ticks.map((v) => [svg('line', { x1: L, x2: W - R, y1: Y(v), y2: Y(v), class: 'grid' }),
        svg('text', { x: L - 4, y: Y(v) + 3, class: 'axis', 'text-anchor': 'end' }, num(v))]),
      svg('text', { x: L, y: H - 5, class: 'axis' }, shortTime(x0, x1 - x0)),
      svg('text', { x: W - R, y: H - 5, class: 'axis', 'text-anchor': 'end' }, shortTime(x1, x1 - x0)),
      svg('path', { d, class: 'line' }),
      pts.length <= 80 ? pts.map((p) => svg('circle', { cx: X(p.t), cy: Y(p.v), r: 2.2, class: 'dot' },
        svg('title', {}, `${num(p.v)}${o.unit ? ' ' + o.unit : ''} at ${localTime(p.t)}`))) : null);
  }

  // Vertical bars: [{label, value, title, href}]; labels under every bar when they fit.
  function barChart(items, o = {}) {
    const W = o.w || 640, H = o.h || 180, L = 48, R = 10, T = 14, B = 24;
    const max = niceMax(Math.max(0, ...items.map((i) => i.value || 0)));
    const slot = (W - L - R) / Math.max(1, items.length), bw = Math.max(1, Math.min(60, slot * 0.7));
    const Y = (v) => T + (1 - v / max) * (H - T - B);
    const every = Math.ceil(items.length / Math.max(1, Math.floor((W - L - R) / 70)));
    return svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'chart', role: 'img', 'aria-label': o.label, 'data-test': o.test },
      svg('title', {}, o.label),
      [0, max / 2, max].map((v) => [svg('line', { x1: L, x2: W - R, y1: Y(v), y2: Y(v), class: 'grid' }),
        svg('text', { x: L - 4, y: Y(v) + 3, class: 'axis', 'text-anchor': 'end' }, num(v, v < 10 ? 2 : 0))]),
      items.map((it, i) => {
        const x = L + i * slot + (slot - bw) / 2;
        const bar = svg('rect', { x, y: Y(it.value || 0), width: bw, height: Math.max(0, H - B - Y(it.value || 0)), class: 'bar' },
          svg('title', {}, it.title || `${it.label}: ${num(it.value)}`));
        return [it.href ? svg('a', { href: it.href }, bar) : bar,
          items.length <= 12 && it.value ? svg('text', { x: x + bw / 2, y: Y(it.value) - 3, class: 'axis', 'text-anchor': 'middle' }, num(it.value)) : null,
          i % every === 0 || i === items.length - 1 ? svg('text', { x: x + bw / 2, y: H - 7, class: 'axis', 'text-anchor': 'middle' }, it.label) : null];
      }));
  }

  // A horizontal meter for a ratio in a table cell.
  const meter = (ratio, kind) => h('span', { class: 'meter ' + (kind || '') },
    h('span', { style: `width:${Math.round(Math.max(0, Math.min(1, ratio)) * 100)}%` }));

  // ---------------------------------------------------------------- list selection (j/k)
  function moveSelection(delta) {
    const rows = $$('#main .navrow');
    if (!rows.length) return;
    let i = rows.findIndex((r) => r.classList.contains('sel'));
    rows.forEach((r) => r.classList.remove('sel'));
    i = i < 0 ? (delta > 0 ? 0 : rows.length - 1) : Math.max(0, Math.min(rows.length - 1, i + delta));
    rows[i].classList.add('sel');
    rows[i].scrollIntoView({ block: 'nearest' });
  }
  function openSelection() {
    const row = $('#main .navrow.sel');
    const a = row && $('a[href]', row);
    if (a) { a.click(); return true; }
    return false;
  }

  // ---------------------------------------------------------------- issues list
  const STATES = ['unresolved', 'resolved', 'ignored', 'all'];
  const SORTS = { last_seen: 'Last seen', first_seen: 'First seen', occurrences: 'Events', devices: 'Devices' };

  async function pageIssues(p, params) {
    const q = params.get('q') || '';
    const st = STATES.includes(params.get('state')) ? params.get('state') : 'unresolved';
    const sort = SORTS[params.get('sort')] ? params.get('sort') : 'last_seen';
    const order = params.get('order') === 'asc' ? 'asc' : 'desc';
    const offset = Math.max(0, parseInt(params.get('offset'), 10) || 0);
    const limit = 50;
    const here = (change) => projectLink(p, 'issues', { q, state: st === 'unresolved' ? '' : st, sort: sort === 'last_seen' ? '' : sort, order: order === 'desc' ? '' : order, offset: offset || '', ...change });
    // The state tab is one more condition, ANDed with the user's query.
    const prefix = st === 'all' || !q ? '' : `is:${st} AND (`;
    const full = st === 'all' ? q : q ? `${prefix}${q})` : `is:${st}`;

    const form = searchForm(q, 'Search issues', 'function:i2c_* release:>=1.2 OR kind:bus_fault', (text) => go(here({ q: text, offset: '' })));
    const tabs = h('nav', { class: 'tabs', 'aria-label': 'Issue state' },
      STATES.map((s) => h('a', { href: here({ state: s === 'unresolved' ? '' : s, offset: '' }), 'aria-current': s === st ? 'page' : null }, s)));
    const page = h('div', {}, h('h1', {}, 'Issues'), form, tabs);
    let data;
    try {
      data = await api(`${P(p)}/issues${qs({ q: full, sort, order, limit, offset })}`);
    } catch (e) {
      if (e.code !== 'bad_query') throw e;
      form.showQueryError(e, utf8len(prefix));
      return page;
    }
    const th = (key) => {
      const active = key === sort;
      const next = active && order === 'desc' ? 'asc' : 'desc';
      return h('th', { scope: 'col', class: 'num', 'aria-sort': active ? (order === 'asc' ? 'ascending' : 'descending') : null },
        h('a', { href: here({ sort: key === 'last_seen' ? '' : key, order: next === 'desc' ? '' : next, offset: '' }) },
          SORTS[key], active ? (order === 'asc' ? ' ▲' : ' ▼') : ''));
    };
    const rows = data.issues.map((i) => h('tr', { class: 'navrow', 'data-test': 'issue-row', 'data-id': i.id },
      h('td', {}, h('a', { href: issueLink(p, i.id), class: 'title' }, i.title),
        h('div', { class: 'small muted' }, `#${i.id}`, i.culprit ? ` · ${i.culprit}` : '', ` · ${i.reason}`,
          i.symbolicated ? '' : ' · not symbolicated')),
      h('td', {}, badge(i.state), i.resolved_in ? h('div', { class: 'small muted' }, 'in ' + i.resolved_in) : null),
      h('td', { class: 'small' }, Object.entries(i.versions || {}).sort((a, b) => vcmp(b[0], a[0])).slice(0, 3)
        .map(([v, n]) => h('div', {}, v, h('span', { class: 'muted' }, ` ×${num(n)}`)))),
      h('td', { class: 'num' }, num(i.occurrences)),
      h('td', { class: 'num' }, num(i.devices)),
      h('td', { class: 'nowrap' }, when(i.first_seen_ms)),
      h('td', { class: 'nowrap' }, when(i.last_seen_ms))));
    put(page, 
      h('p', { class: 'small muted' }, plural(data.total, 'issue'),
        data.total > limit ? ` · ${offset + 1}–${Math.min(data.total, offset + limit)}` : ''),
      rows.length ? table(['Issue', 'State', 'Releases', th('occurrences'), th('devices'), th('first_seen'), th('last_seen')], rows, { class: 'list' })
        : empty(q ? 'No issue matches this search.' : `No ${st === 'all' ? '' : st + ' '}issues.`),
      h('nav', { class: 'pager', 'aria-label': 'Pages' },
        offset > 0 ? h('a', { href: here({ offset: Math.max(0, offset - limit) || '' }) }, '← Newer page') : null,
        offset + limit < data.total ? h('a', { href: here({ offset: offset + limit }) }, 'Next page →') : null));
    return page;
  }

  // ---------------------------------------------------------------- issue detail
  const REG_ORDER = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'sp', 'lr', 'pc', 'xpsr'];

  async function pageIssue(p, id) {
    const d = await api(`${P(p)}/issues/${enc(id)}`);
    const page = h('div', { class: 'issue' });
    const stateBox = h('span');
    const buttons = {};
    const act = (key, label, title, fn) => (buttons[key] = h('button', { type: 'button', 'data-test': 'action-' + key, title, onclick: fn }, label));
    const historyBox = h('div');

    const paint = () => {
      set(stateBox, badge(d.state, d.state, 'issue-state'),
        d.resolved_in ? h('span', { class: 'small muted' }, ` in ${d.resolved_in} and later`) : null);
      const ro = !canWrite();
      buttons.resolve.disabled = ro || (d.state === 'resolved' && !d.resolved_in);
      buttons['resolve-version'].disabled = ro;
      buttons.ignore.disabled = ro || d.state === 'ignored';
      buttons.reopen.disabled = ro || d.state === 'unresolved';
      buttons.merge.disabled = ro;
      set(historyBox, historyList(d.history || []));
    };
    const change = async (body) => {
      document.body.dataset.ready = '0';
      try {
        Object.assign(d, await api(`${P(p)}/issues/${d.id}/state`, { method: 'POST', body }));
        paint();
        const again = await api(`${P(p)}/issues/${d.id}`);
        d.history = again.history;
        paint();
      } catch (e) { flash(e); }
      document.body.dataset.ready = '1';
    };
    act('resolve', 'Resolve', 'Resolve (r)', () => change({ state: 'resolved' }));
    act('resolve-version', 'Resolve in version…', 'Resolved from a version on: older versions do not reopen it', async () => {
      const v = await ask('Resolve in version', 'First version with the fix', (d.latest && d.latest.software_version) || '');
      if (v) change({ state: 'resolved', in_version: v });
    });
    act('ignore', 'Ignore', 'Ignore (i)', () => change({ state: 'ignored' }));
    act('reopen', 'Reopen', 'Reopen (u)', () => change({ state: 'unresolved' }));
    act('merge', 'Merge into…', 'Move this issue’s crashes into another issue', async () => {
      const into = await ask(`Merge #${d.id} into`, 'Issue number that stays', '');
      if (!into) return;
      try {
        const m = await api(`${P(p)}/issues/${d.id}/merge`, { method: 'POST', body: { into: parseInt(into, 10) } });
        go(issueLink(p, m.id));
      } catch (e) { flash(e); }
    });

    const latest = d.latest;
    const bt = latest && latest.backtrace;
    put(page, 
      h('p', { class: 'small' }, h('a', { href: projectLink(p, 'issues') }, '← Issues')),
      d.alias_of ? h('div', { class: 'banner' }, `Issue #${id} was merged into #${d.alias_of}.`) : null,
      h('h1', { 'data-test': 'issue-title' }, h('span', { class: 'muted' }, `#${d.id} `), d.title),
      h('div', { class: 'issue-head' }, stateBox,
        h('span', { class: 'muted' }, d.reason, d.culprit ? ` · in ${d.culprit}` : '', d.symbolicated ? '' : ' · not symbolicated'),
        h('span', { class: 'spacer' }),
        h('span', { class: 'actions' }, Object.values(buttons))),
      dl([['Events', num(d.occurrences)], ['Devices', num(d.devices)], ['First seen', when(d.first_seen_ms)],
        ['Last seen', when(d.last_seen_ms)], ['Fingerprint', h('code', { class: 'small' }, d.fingerprint || '—')]]));
    paint();

    const byDay = d.occurrences_by_day || [];
    const grid = h('div', { class: 'grid2' },
      section('Occurrences per day', byDay.length
        ? barChart(byDay.map((b) => ({ label: `${new Date(b.day_ms).getUTCMonth() + 1}/${new Date(b.day_ms).getUTCDate()}`, value: b.count, title: `${new Date(b.day_ms).toISOString().slice(0, 10)}: ${b.count}` })),
          { label: 'Crashes per day (UTC)', h: 150, test: 'occurrences-chart' })
        : empty('No daily counts.')),
      section('Releases', versionsTable(d.versions || {}, d.occurrences)));
    put(page, grid);
    put(page, bt ? backtraceSection(p, latest, bt) : section('Backtrace', empty('No crash stored for this issue.')));
    put(page, h('div', { class: 'grid2' },
      section(`Devices (${num((d.device_list || []).length)})`, deviceList(p, d.device_list || [])),
      section('Recent crashes', samplesTable(p, d.samples || []))));
    if (d.logs) {
      put(page, section(latest ? `Logs of ${latest.serial} around the crash` : 'Logs',
        d.logs.length ? logTable(p, d.logs) : empty('No log lines around the crash.')));
    }
    put(page, section('History', historyBox));
    return page;
  }

  function backtraceSection(p, latest, bt) {
    const rows = [];
    (bt.frames || []).forEach((f, n) => {
      const syms = f.symbols && f.symbols.length ? f.symbols : [null];
      syms.forEach((s, j) => {
        // A frame's symbols list the innermost first: all but the last were inlined into it.
        const inlined = s && (j < syms.length - 1 || s.inlined);
        const loc = s && s.file ? `${s.file}${s.line ? ':' + s.line : ''}` : '';
        rows.push(h('tr', { class: inlined ? 'inlined' : j === 0 && n > 0 ? 'frame-start' : '' },
          h('td', { class: 'num muted' }, j === 0 ? n : ''),
          h('td', { class: 'mono' }, s && typeof s.function === 'string'
            ? h('span', { 'data-test': 'frame-function' }, s.function, inlined ? ' ' : '', inlined ? badge('inlined', 'inl') : null)
            : h('span', { class: 'muted' }, '??')),
          h('td', { class: 'mono small loc', title: loc }, loc.length > 60 ? '…' + loc.slice(-59) : loc),
          h('td', { class: 'mono small' }, j === 0 ? hex(f.pc) : ''),
          h('td', { class: 'small muted' }, j === 0 ? f.status : '', s && s.source && s.source !== 'dwarf' ? ` · ${s.source}` : '')));
      });
    });
    const sym = bt.symbols || {};
    const regs = Object.entries(bt.registers || {}).sort((a, b) => {
      const ia = REG_ORDER.indexOf(a[0]), ib = REG_ORDER.indexOf(b[0]);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a[0].localeCompare(b[0]);
    });
    return h('div', { class: 'grid-bt' },
      section(`Backtrace of the latest crash`,
        h('p', { class: 'small muted' }, 'On ', h('a', { href: deviceLink(p, latest.serial) }, latest.serial),
          ` running ${latest.software_version || '?'}, received `, when(latest.received_ms),
          ` · unwinding ended: ${bt.end || '?'}`, bt.truncated ? ' · the device could not capture all its memory' : ''),
        sym.status && sym.status !== 'found'
          ? h('div', { class: 'banner' }, sym.status === 'missing'
            ? `No symbol file for build ${sym.build_id || '?'} yet: upload its ELF (Admin page or faultline upload-symbols) and the crash is analysed again.`
            : `The symbol file cannot be used: ${sym.error || sym.status}`)
          : null,
        bt.fault && bt.fault.length ? h('ul', { class: 'fault' }, bt.fault.map((l) => h('li', {}, l))) : null,
        table([N('#'), 'Function', 'File:line', 'PC', 'How'], rows, { class: 'frames' })),
      section('Registers', regs.length
        ? h('table', { class: 'regs mono small' }, h('tbody', {}, regs.filter((_, i) => i % 2 === 0).map((_, i) =>
          h('tr', {}, regs.slice(2 * i, 2 * i + 2).map(([k, v]) => [h('th', { scope: 'row' }, k), h('td', {}, v)])))))
        : empty('No registers.')));
  }

  function versionsTable(versions, total) {
    const rows = Object.entries(versions).sort((a, b) => vcmp(b[0], a[0]));
    if (!rows.length) return empty('No releases.');
    return table(['Release', N('Events'), ''], rows.map(([v, n]) => h('tr', {}, h('td', {}, v), h('td', { class: 'num' }, num(n)),
      h('td', { class: 'wide' }, meter(n / Math.max(1, total))))), { class: 'list' });
  }

  function deviceList(p, list) {
    if (!list.length) return empty('No devices.');
    const rows = list.slice().sort((a, b) => b.occurrences - a.occurrences).slice(0, 100)
      .map((x) => h('tr', { class: 'navrow' }, h('td', {}, h('a', { href: deviceLink(p, x.serial) }, x.serial)), h('td', { class: 'num' }, num(x.occurrences))));
    return table(['Device', N('Events')], rows, { class: 'list' });
  }

  function samplesTable(p, samples) {
    if (!samples.length) return empty('No crashes.');
    return table(['Device', 'Release', 'Received'], samples.map((c) => h('tr', {},
      h('td', {}, h('a', { href: deviceLink(p, c.serial) }, c.serial), h('span', { class: 'muted small' }, ` event ${c.event_id}`)),
      h('td', {}, c.software_version), h('td', { class: 'nowrap' }, when(c.received_ms)))), { class: 'list' });
  }

  function historyList(hist) {
    if (!hist.length) return empty('No state changes yet.');
    return h('ul', { class: 'history' }, hist.slice(-30).reverse().map((x) => h('li', {}, when(x.at_ms), ' ', badge(x.state),
      x.in_version ? ` in ${x.in_version}` : '', h('span', { class: 'muted' }, ` by ${x.user || x.by}`), x.detail ? ` — ${x.detail}` : '')));
  }

  // ---------------------------------------------------------------- logs
  function logTable(p, lines) {
    return table(['Time', 'Device', 'Level', 'Message', 'Release'], lines.map((l) => h('tr', { class: 'navrow', 'data-test': 'log-row' },
    h('td', { class: 'nowrap small' }, when(l.time_ms)),
    h('td', { class: 'nowrap' }, h('a', { href: deviceLink(p, l.serial) }, l.serial)),
    h('td', {}, badge(l.level, 'lvl-' + l.level)),
    h('td', { class: 'mono msg' }, l.message),
    h('td', { class: 'small' }, l.version || ''))), { class: 'list logs' });
  }

  async function pageLogs(p, params) {
    const q = params.get('q') || '';
    const form = searchForm(q, 'Search logs', 'device:sn-0042 level:[warn,error] time:-1h "i2c timeout"',
      (text) => go(projectLink(p, 'logs', { q: text })));
    const page = h('div', {}, h('h1', {}, 'Logs'), form);
    let data;
    try {
      data = await api(`${P(p)}/logs${qs({ q, limit: 200 })}`);
    } catch (e) {
      if (e.code !== 'bad_query') throw e;
      form.showQueryError(e);
      return page;
    }
    put(page, h('p', { class: 'small muted' }, `${plural(data.total, 'line')} in ${num(data.took_ms, 1)} ms`,
      data.total > data.lines.length ? ` · the newest ${data.lines.length} shown` : ''),
    data.lines.length ? logTable(p, data.lines) : empty(q ? 'No line matches this search.' : 'No log lines yet.'));
    return page;
  }

  // ---------------------------------------------------------------- device
  const RANGES = { '1h': 3600e3, '24h': 86400e3, '7d': 7 * 86400e3, '30d': 30 * 86400e3, all: 0 };
  const MAX_EVENT_PAGES = 10;

  async function pageDevice(p, serial, params) {
    const range = RANGES[params.get('range')] !== undefined ? params.get('range') : '7d';
    const now = Date.now();
    const since = RANGES[range] ? now - RANGES[range] : undefined;
    const base = `${P(p)}/devices/${enc(serial)}`;
    const [dev, attrs] = await Promise.all([api(base), api(base + '/attributes').catch(() => null)]);
    const events = [];
    let after, more = false;
    for (let i = 0; i < MAX_EVENT_PAGES; i++) {
      const r = await api(`${base}/events${qs({ limit: 1000, since_ms: since, after_id: after })}`);
      events.push(...r.events);
      after = r.next_after_id;
      if (after === null || after === undefined) break;
      if (i === MAX_EVENT_PAGES - 1) more = true;
    }
    // Which issue the newest crashes belong to (each is analysed on demand, so only a few).
    const crashes = events.filter((e) => e.event.type === 'coredump').slice(-10);
    const issueOf = new Map();
    await Promise.all(crashes.map((e) => api(`${base}/events/${e.id}/backtrace`)
      .then((b) => issueOf.set(e.id, b)).catch(() => null)));

    const page = h('div', { class: 'device' },
      h('h1', {}, h('span', { class: 'muted' }, 'Device '), serial),
      dl([['Software', `${dev.software_type || '?'} ${dev.software_version || '?'}`], ['Hardware', dev.hardware_version || '—'],
        ['First seen', when(dev.first_seen_ms)], ['Last seen', when(dev.last_seen_ms)],
        ['Chunks', num(dev.chunks_received)], ['Events', num(dev.events_stored)],
        ['Outcomes', Object.entries(dev.outcomes || {}).map(([k, n]) => h('span', { class: k === 'accepted' ? '' : 'warn' }, `${k} ${num(n)} `))],
        dev.pending_chunks ? ['Pending chunks', num(dev.pending_chunks)] : null]),
      h('nav', { class: 'tabs', 'aria-label': 'Time range' }, h('span', { class: 'small muted' }, 'Received in the last '),
        Object.keys(RANGES).map((k) => h('a', { href: projectLink(p, 'devices/' + enc(serial), { range: k }), 'aria-current': k === range ? 'page' : null }, k))),
      more ? h('div', { class: 'banner' }, `Only the first ${num(events.length)} events of this range are shown: pick a shorter range.`) : null,
      section('Timeline', timeline(p, events, issueOf, since, now)));

    const { charts, strings, skipped } = metricCharts(events);
    put(page, section('Metrics', skipped ? h('p', { class: 'small muted' }, skipped) : null,
      charts.length ? h('div', { class: 'charts' }, charts) : empty('No named numeric metrics in this range.'),
      strings.length ? table(['Text metric', 'Latest value'], strings.map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', { class: 'mono' }, v))), { class: 'list' }) : null));
    put(page, h('div', { class: 'grid2' },
      section('Recent events', eventsTable(p, events, issueOf)),
      section('Attributes', attributesForm(base, attrs))));
    const logs = [];
    for (const e of events) if (e.event.type === 'logs') for (const r of e.event.records) logs.push({ ...r, time_ms: eventTime(e), serial, version: e.software_version });
    put(page, section('Logs', logs.length ? logTable(p, logs.slice(-200).reverse()) : empty('No logs in this range.')));
    return page;
  }

  // One lane per kind of event; crashes link to their issue.
  function timeline(p, events, issueOf, since, now) {
    const lanes = ['heartbeat', 'reboot', 'coredump', 'logs', 'trace', 'context'];
    const names = { heartbeat: 'Heartbeats', reboot: 'Reboots', coredump: 'Crashes', logs: 'Logs', trace: 'Trace', context: 'Context' };
    const W = 1000, L = 90, R = 12, lane = 22, H = lanes.length * lane + 24;
    const times = events.map(eventTime);
    let x0 = times.reduce((a, t) => Math.min(a, t), Infinity), x1 = times.reduce((a, t) => Math.max(a, t), -Infinity);
    if (!times.length) [x0, x1] = [since || now - 86400e3, now];
    const margin = Math.max((x1 - x0) * 0.03, 30000);
    x0 -= margin; x1 += margin;
    const X = (t) => L + ((t - x0) / (x1 - x0)) * (W - L - R);
    const paths = {};
    const marks = [];
    events.forEach((e, i) => {
      const k = e.event.type, li = lanes.indexOf(k);
      if (li < 0) return;
      const x = X(times[i]).toFixed(1), y = li * lane + 6;
      if (k === 'reboot' || k === 'coredump') {
        const ev = e.event, bt = issueOf.get(e.id);
        const label = k === 'reboot' ? `reboot, reason ${ev.reason}${ev.unexpected ? ' (unexpected)' : ''}` : `crash: ${bt ? bt.title : 'reason ' + ev.reason}`;
        const shape = k === 'reboot'
          ? svg('circle', { cx: x, cy: y + 6, r: 4.5, class: ev.unexpected ? 'mk bad' : 'mk' })
          : svg('rect', { x: x - 4.5, y: y + 1.5, width: 9, height: 9, transform: `rotate(45 ${x} ${y + 6})`, class: 'mk bad' });
        shape.append(svg('title', {}, `${localTime(times[i])} — ${label}`));
        marks.push(bt && bt.issue ? svg('a', { href: issueLink(p, bt.issue), 'aria-label': label }, shape) : shape);
      } else {
        const cls = k === 'logs' && e.event.records.some((r) => r.level === 'error') ? 'logs-error' : k;
        paths[cls] = (paths[cls] || '') + `M${x} ${y}v12`;
      }
    });
    const ticks = 6;
    return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart timeline', role: 'img', 'aria-label': 'Device timeline', 'data-test': 'timeline' },
      lanes.map((k, i) => [svg('line', { x1: L, x2: W - R, y1: i * lane + 12, y2: i * lane + 12, class: 'grid' }),
        svg('text', { x: L - 8, y: i * lane + 16, class: 'axis', 'text-anchor': 'end' }, names[k])]),
      Object.entries(paths).map(([cls, d]) => svg('path', { d, class: 'tick ' + cls })),
      marks,
      Array.from({ length: ticks }, (_, i) => x0 + ((x1 - x0) * i) / (ticks - 1)).map((t, i) =>
        svg('text', { x: X(t), y: H - 4, class: 'axis', 'text-anchor': i === 0 ? 'start' : i === ticks - 1 ? 'end' : 'middle' }, shortTime(t, x1 - x0))));
  }

  function metricCharts(events) {
    const series = new Map(), strings = new Map();
    let missing = 0, mismatch = 0;
    let x0 = Infinity, x1 = -Infinity;
    for (const e of events) {
      if (e.event.type !== 'heartbeat') continue;
      if (!e.metrics) { missing++; continue; }
      if (e.schema === 'mismatch') { mismatch++; continue; }
      const t = eventTime(e);
      x0 = Math.min(x0, t); x1 = Math.max(x1, t);
      for (const [id, m] of Object.entries(e.metrics)) {
        if (typeof m.value === 'number') {
          if (!series.has(id)) series.set(id, { unit: m.unit, kind: m.kind, pts: [] });
          series.get(id).pts.push({ t, v: m.value });
        } else strings.set(id, String(m.value));
      }
    }
    const x = x0 === x1 ? [x0 - 1000, x1 + 1000] : [x0, x1];
    const charts = [...series.keys()].sort().map((id) => {
      const s = series.get(id), last = s.pts[s.pts.length - 1].v;
      return h('figure', { class: 'metric' },
        h('figcaption', {}, h('b', {}, id), h('span', { class: 'muted small' }, ` ${s.kind || ''}${s.unit ? ', ' + s.unit : ''} · latest ${num(last)}`)),
        lineChart(s.pts, { label: `${id} over time`, unit: s.unit, test: 'metric-chart', x }));
    });
    const skipped = [missing ? `${plural(missing, 'heartbeat')} without their build's metric schema yet (upload the ELF)` : '',
      mismatch ? `${plural(mismatch, 'heartbeat')} not fitting their build's schema, left out` : ''].filter(Boolean).join(' · ');
    return { charts, strings: [...strings].sort(), skipped };
  }

  function eventSummary(p, e, issueOf) {
    const ev = e.event;
    switch (ev.type) {
      case 'heartbeat': return `${ev.values.length} values over ${num(ev.duration_ms / 60000)} min` + (e.schema && e.schema !== 'ok' ? ` (schema ${e.schema})` : '');
      case 'reboot': return [`reason ${ev.reason}`, ev.unexpected ? ' · unexpected' : '', ev.pc !== null && ev.pc !== undefined ? ` · pc ${hex(ev.pc)}` : ''];
      case 'coredump': {
        const bt = issueOf.get(e.id);
        return bt ? [bt.title, ' ', bt.issue ? h('a', { href: issueLink(p, bt.issue) }, `issue #${bt.issue}`) : null]
          : `reason ${ev.reason}, ${ev.registers.length} registers, ${ev.regions.length} regions`;
      }
      case 'logs': return [ev.records[0] ? ev.records[0].message : '', ev.records.length > 1 ? h('span', { class: 'muted' }, ` (+${ev.records.length - 1} lines)`) : ''];
      case 'trace': return `reason ${ev.reason} · pc ${hex(ev.pc)} · lr ${hex(ev.lr)}` + (ev.status_code !== null && ev.status_code !== undefined ? ` · status ${ev.status_code}` : '');
      case 'context': return `${ev.software_type} ${ev.software_version} on ${ev.hardware_version} · build ${(ev.build_id || '').slice(0, 12)}`;
      default: return `${ev.type_name || ev.type} · ${((ev.data || '').length / 2) | 0} bytes`;
    }
  }

  function eventsTable(p, events, issueOf) {
    if (!events.length) return empty('No events in this range.');
    const recent = events.slice(-100).reverse();
    return table(['Time', 'Kind', 'What', 'Release'], recent.map((e) => h('tr', {},
      h('td', { class: 'nowrap small' }, when(eventTime(e))),
      h('td', {}, badge(e.event.type === 'coredump' ? 'crash' : e.event.type, 'ev-' + e.event.type)),
      h('td', { class: 'small' }, eventSummary(p, e, issueOf)),
      h('td', { class: 'small' }, e.software_version))), { class: 'list' });
  }

  function attributesForm(base, attrs) {
    const assigned = (attrs && attrs.assigned) || { cohort: null, custom: {} };
    const rec = attrs && attrs.device;
    const cohort = h('input', { id: 'attr-cohort', value: assigned.cohort || '', placeholder: 'none' });
    const custom = h('textarea', { id: 'attr-custom', rows: 3, placeholder: 'site=lab-3', class: 'mono' },
      Object.entries(assigned.custom || {}).map(([k, v]) => `${k}=${v}`).join('\n'));
    const status = h('span', { class: 'small muted', role: 'status' });
    const form = h('form', { class: 'attrs', onsubmit: async (ev) => {
      ev.preventDefault();
      const kv = {};
      for (const line of custom.value.split('\n')) {
        const i = line.indexOf('=');
        if (line.trim() && i > 0) kv[line.slice(0, i).trim()] = line.slice(i + 1).trim();
      }
      try {
        await api(base + '/attributes', { method: 'PUT', body: { cohort: cohort.value.trim() || null, custom: kv } });
        status.textContent = 'Saved.';
      } catch (e) { status.textContent = e.message; }
    } },
    h('label', { for: 'attr-cohort' }, 'Cohort'), cohort,
    h('label', { for: 'attr-custom' }, 'Custom attributes (key=value per line)'), custom,
    h('div', {}, h('button', { type: 'submit', disabled: !canWrite() }, 'Save'), ' ', status));
    return [rec ? dl([['Reported', Object.entries(rec.custom || {}).map(([k, v]) => `${k}=${v}`).join(', ') || '—'],
      ['Cohort', rec.cohort || '—']]) : null, form];
  }

  // ---------------------------------------------------------------- fleet
  async function pageFleet(p, params) {
    const range = ['24h', '7d', '30d'].includes(params.get('range')) ? params.get('range') : '7d';
    const groupBy = ['software_version', 'hardware_version', 'cohort', 'none'].includes(params.get('group_by')) ? params.get('group_by') : 'software_version';
    const q = params.get('q') || '';
    const to = Date.now() + 1, from = to - RANGES[range];
    const here = (change) => projectLink(p, 'fleet', { metric: params.get('metric'), range, group_by: groupBy, q, ...change });
    const span = { from, to };
    const [health, adoption, found] = await Promise.all([
      api(`${P(p)}/fleet/health${qs({ ...span, group_by: groupBy })}`),
      api(`${P(p)}/fleet/adoption${qs({ ...span, bucket_ms: range === '24h' ? 3600e3 : 86400e3 })}`),
      api(`${P(p)}/fleet/devices${qs({ q, limit: 100 })}`).catch((e) => ({ error: e })),
    ]);
    const metricNames = new Set();
    for (const d of found.devices || []) for (const [k, v] of Object.entries(d.metrics || {})) if (typeof v === 'number') metricNames.add(k);
    const names = [...metricNames].sort((a, b) => (a.startsWith('fl_') - b.startsWith('fl_')) || a.localeCompare(b));
    const metric = params.get('metric') || names[0];
    if (metric && !names.includes(metric)) names.unshift(metric);
    const agg = metric ? await api(`${P(p)}/fleet/aggregate${qs({ metric, ...span, group_by: groupBy })}`).catch((e) => ({ error: e })) : null;

    const select = (id, label, value, options, key) => [h('label', { for: id }, label), h('select', { id, onchange: (ev) => go(here({ [key]: ev.target.value })) },
      options.map(([v, t]) => h('option', { value: v, selected: v === value }, t)))];
    const sortGroups = (gs) => gs.slice().sort((a, b) => vcmp(a.key, b.key));
    const page = h('div', {}, h('h1', {}, 'Fleet'),
      h('div', { class: 'controls' },
        select('f-metric', 'Metric', metric, names.map((n) => [n, n]), 'metric'),
        select('f-group', 'By', groupBy, [['software_version', 'release'], ['hardware_version', 'hardware'], ['cohort', 'cohort'], ['none', 'whole fleet']], 'group_by'),
        select('f-range', 'Over', range, [['24h', 'last 24 h'], ['7d', 'last 7 days'], ['30d', 'last 30 days']], 'range')));

    let aggBody;
    if (!metric) aggBody = empty('No device has reported a numeric metric yet.');
    else if (agg.error) aggBody = errorBanner(agg.error);
    else if (!agg.groups.length) aggBody = empty(`No values of ${metric} in this range.`);
    else {
      const gs = sortGroups(agg.groups);
      const counter = gs.some((g) => g.per_1000_devices !== null && g.per_1000_devices !== undefined);
      aggBody = h('div', { class: 'grid2' }, barChart(gs.map((g) => ({ label: g.key || '(none)', value: g.mean, title: `${g.key}: mean ${num(g.mean)}, p50 ${num(g.p50)}, p90 ${num(g.p90)} over ${g.devices} devices` })),
        { label: `${metric}: mean per device by ${groupBy}`, test: 'fleet-chart', w: 560, h: 220 }),
      table(['Group', ...['Devices', 'Mean', 'p50', 'p90', 'p99', 'Min', 'Max'].map((c) => N(c)), counter ? N('Per 1,000', 'The sum per 1,000 devices') : null], gs.map((g) => h('tr', {},
        h('td', {}, g.key || '(none)'), [g.devices, g.mean, g.p50, g.p90, g.p99, g.min, g.max].concat(counter ? [g.per_1000_devices] : []).map((v) => h('td', { class: 'num' }, num(v))))),
      { class: 'list' }));
    }
    put(page, section(metric ? `${metric} by ${groupBy === 'none' ? 'fleet' : groupBy.replace('_', ' ')}` : 'Metric', aggBody));

    const hg = sortGroups(health.groups || []);
    put(page, h('div', { class: 'grid2' },
      section('Crash-free hours', hg.length ? table(['Group', N('Devices'), N('Device-hours'), N('Crash-free hours'), N('Crash-free'), N('Resets / 1k h', 'Unexpected reboots per 1,000 device-hours')],
        hg.map((g) => h('tr', {}, h('td', {}, g.key || '(none)'), h('td', { class: 'num' }, num(g.devices)), h('td', { class: 'num' }, num(g.device_hours, 1)),
          h('td', { class: 'num' }, num(g.crash_free_hours, 1)),
          h('td', { class: 'num' }, num(g.crash_free_ratio * 100, 2) + ' %', meter(g.crash_free_ratio, g.crash_free_ratio < 0.99 ? 'bad' : 'good')),
          h('td', { class: 'num' }, num(g.unexpected_reboots_per_1000_device_hours, 2)))), { class: 'list', 'data-test': 'crash-free' })
        : h('p', { class: 'empty muted', 'data-test': 'crash-free' }, 'No heartbeats in this range.')),
      section('Adoption', adoptionChart(adoption.buckets || [], range))));

    const devForm = searchForm(q, 'Search devices', 'software_version:1.4.2 battery_pct:<20 last_seen:>-1d', (text) => go(here({ q: text })));
    if (found.error) {
      if (found.error.status === 400) devForm.showQueryError({ message: found.error.message, position: (/at (\d+)/.exec(found.error.message) || [])[1] | 0 });
      else put(devForm, errorBanner(found.error));
    }
    const devs = found.devices || [];
    put(page, section(`Devices${found.total !== undefined ? ` (${num(found.total)})` : ''}`, devForm,
      devs.length ? table(['Device', 'Release', 'Hardware', 'Cohort', metric || 'Metric', 'Last seen'], devs.map((d) => h('tr', { class: 'navrow', 'data-test': 'device-row' },
        h('td', {}, h('a', { href: deviceLink(p, d.serial) }, d.serial)), h('td', {}, d.software_version), h('td', {}, d.hardware_version),
        h('td', {}, d.cohort || ''), h('td', { class: 'num' }, num(d.metrics && d.metrics[metric])), h('td', { class: 'nowrap' }, when(d.last_seen_ms)))),
      { class: 'list' }) : found.error ? null : empty('No device matches.'),
      found.total > devs.length ? h('p', { class: 'small muted' }, `The first ${devs.length} by serial are shown.`) : null));
    return page;
  }

  const PALETTE = ['#4c78a8', '#f58518', '#54a24b', '#e45756', '#72b7b2', '#b279a2', '#eeca3b', '#9d755d', '#bab0ac'];
  function adoptionChart(buckets, range) {
    const versions = [...new Set(buckets.flatMap((b) => Object.keys(b.versions)))].sort(vcmp);
    if (!versions.length) return empty('No heartbeats in this range.');
    const W = 480, H = 160, L = 40, R = 8, T = 8, B = 20;
    const max = Math.max(1, ...buckets.map((b) => Object.values(b.versions).reduce((a, n) => a + n, 0)));
    const slot = (W - L - R) / buckets.length, bw = slot * 0.75;
    const Y = (v) => ((H - T - B) * v) / max;
    const color = (v) => PALETTE[versions.indexOf(v) % PALETTE.length];
    return [svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'chart', role: 'img', 'aria-label': 'Devices per release over time' },
      svg('text', { x: L - 4, y: T + 8, class: 'axis', 'text-anchor': 'end' }, num(max)),
      svg('line', { x1: L, x2: W - R, y1: H - B, y2: H - B, class: 'grid' }),
      buckets.map((b, i) => {
        let y = H - B;
        const x = L + i * slot + (slot - bw) / 2;
        return [versions.filter((v) => b.versions[v]).map((v) => {
          const hgt = Y(b.versions[v]);
          y -= hgt;
          return svg('rect', { x, y, width: bw, height: hgt, fill: color(v) }, svg('title', {}, `${localTime(b.start_ms)}: ${v} on ${b.versions[v]} devices`));
        }), i % Math.ceil(buckets.length / 8) === 0 ? svg('text', { x: x + bw / 2, y: H - 6, class: 'axis', 'text-anchor': 'middle' }, shortTime(b.start_ms, range === '24h' ? 86400e3 : 30 * 86400e3)) : null];
      })),
    h('div', { class: 'legend small' }, versions.map((v) => h('span', {}, h('i', { style: `background:${color(v)}` }), v)))];
  }

  // ---------------------------------------------------------------- plugins
  function routeText(route) {
    if (route === null || route === undefined) return '—';
    if (typeof route !== 'object') return String(route);
    return Object.entries(route).map(([k, v]) => {
      if (!Array.isArray(v)) return `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`;
      return `${k}: ${v.length > 6 ? `${v.slice(0, 3).join(', ')} … ${v[v.length - 1]} (${v.length})` : v.join(', ')}`;
    }).join('; ');
  }
  const sumValues = (o) => Object.values(o || {}).reduce((a, n) => a + n, 0);
  const nonzero = (o) => Object.entries(o || {}).filter(([, n]) => n).map(([k, n]) => `${k}: ${n}`).join(', ');

  async function pagePlugins() {
    const data = await api('/plugins');
    const rows = data.plugins.map((x) => h('tr', { class: 'navrow', 'data-test': 'plugin-row' },
      h('td', {}, h('b', {}, x.id), h('div', { class: 'small muted mono' }, x.label)),
      h('td', {}, x.kind),
      h('td', { class: 'small' }, x.source, x.version ? ` ${x.version}` : '', x.signed_by ? h('div', { class: 'muted' }, 'signed by ' + x.signed_by) : null,
        x.vendor ? h('div', { class: 'muted' }, x.vendor) : null),
      h('td', { class: 'small route', title: JSON.stringify(x.route) }, routeText(x.route)),
      h('td', {}, badge(x.state, x.state === 'enabled' ? 'resolved' : 'unresolved')),
      h('td', { class: 'num' }, num(x.calls)),
      h('td', { class: 'num' }, x.call_ms_p50 === null ? '—' : num(x.call_ms_p50, 2) + ' ms'),
      h('td', { class: 'num' }, x.call_ms_p99 === null ? '—' : num(x.call_ms_p99, 2) + ' ms'),
      h('td', { class: 'num', title: nonzero(x.failures) || 'none' }, num(sumValues(x.failures)), x.consecutive_failures ? h('div', { class: 'small warn' }, `${x.consecutive_failures} in a row`) : null),
      h('td', { class: 'num', title: nonzero(x.rejections) || 'none' }, num(sumValues(x.rejections))),
      h('td', { class: 'num' }, x.memory_bytes ? bytes(x.memory_bytes) : '—')));
    return h('div', {}, h('h1', {}, 'Plugins'),
      rows.length ? table(['Plugin', 'Kind', 'Source', 'Route', 'State', ...['Calls', 'p50', 'p99', 'Failures', 'Rejections', 'Memory'].map((c) => N(c))], rows, { class: 'list' })
        : empty('No plugins loaded.'),
      h('p', { class: 'small muted' }, 'Hover failures and rejections for the reasons. Install or roll back bundles with `faultline plugin install`.'));
  }

  // ---------------------------------------------------------------- admin
  async function pageAdmin() {
    if (!S.me.admin) return h('div', {}, h('h1', {}, 'Admin'), errorBanner({ status: 403, message: 'administrators only.' }));
    const p = S.project;
    const jobList = h('div'), symbolList = h('div');
    // The lists are read again when a job ends or an upload is stored.
    const refresh = async () => {
      const [jobs, symbols] = await Promise.all([api('/jobs').catch(() => ({ jobs: [] })), api(`${P(p)}/symbols`).catch(() => ({ symbols: [] }))]);
      set(jobList, (jobs.jobs || []).length ? table([N('Job'), 'Kind', 'State', N('Progress'), 'Started', 'Message'], jobs.jobs.slice().sort((a, b) => b.id - a.id).slice(0, 10).map((j) => h('tr', {},
        h('td', { class: 'num' }, j.id), h('td', {}, j.kind), h('td', {}, badge(j.state, j.state === 'done' ? 'resolved' : j.state === 'failed' ? 'unresolved' : 'ignored')),
        h('td', { class: 'num' }, `${num(j.done)} / ${num(j.total)}`), h('td', { class: 'nowrap' }, when(j.started_ms)), h('td', { class: 'small' }, j.message || ''))), { class: 'list' }) : null);
      set(symbolList, symbols.symbols.length
        ? table(['Build id', 'Name', 'Software', N('Size'), 'Debug info', 'Uploaded'], symbols.symbols.map((x) => h('tr', {},
          h('td', { class: 'mono small' }, x.build_id), h('td', {}, x.name), h('td', {}, [x.software_type, x.software_version].filter(Boolean).join(' ') || '—'),
          h('td', { class: 'num' }, bytes(x.size)), h('td', { class: 'small' }, x.debug_info === true ? 'DWARF' : x.debug_info === false ? 'symbols only' : JSON.stringify(x.debug_info ?? null)),
          h('td', { class: 'nowrap' }, when(x.uploaded_ms)))), { class: 'list' })
        : empty('No symbol files uploaded to this project.'));
      return jobs.jobs || [];
    };
    const [jobs, projects] = await Promise.all([refresh(), api('/projects').catch(() => ({ projects: [] }))]);
    const [tokens, users] = await Promise.all([tokensSection(projects.projects), usersSection(projects.projects)]);
    const jobBox = h('div', { class: 'job' });
    const startJob = async (kind, warning) => {
      if (warning && !(await confirmDialog(warning))) return;
      try {
        const r = await api('/' + kind, { method: 'POST' });
        watchJob(r.job, jobBox, refresh);
      } catch (e) { set(jobBox, errorBanner(e)); }
    };
    const running = jobs.find((j) => j.state === 'running');
    if (running) watchJob(running.id, jobBox, refresh);

    return h('div', {}, h('h1', {}, 'Admin'),
      section('Long operations',
        h('p', { class: 'small muted' }, 'Reindex rebuilds the search index from the stored events and issues. Reprocess runs the whole raw log through the current plugins again (devices, events and fleet statistics are rebuilt; issues stay).'),
        h('div', { class: 'actions' },
          h('button', { type: 'button', 'data-test': 'action-reindex', onclick: () => startJob('reindex') }, 'Reindex search'),
          h('button', { type: 'button', 'data-test': 'action-reprocess', onclick: () => startJob('reprocess', 'Reprocess the whole raw log? Derived data is rebuilt while the server keeps taking chunks.') }, 'Reprocess raw log…')),
        jobBox, jobList),
      section(`Symbol files of ${p}`, uploadForm(p, refresh), symbolList),
      section('Projects', table(['Project', N('Devices'), 'Device key', 'Created'], projects.projects.map((x) => h('tr', {},
        h('td', {}, h('a', { href: projectLink(x.name, 'issues') }, x.name)), h('td', { class: 'num' }, num(x.devices)),
        h('td', { class: 'mono small' }, x.device_key), h('td', { class: 'nowrap' }, when(x.created_ms)))), { class: 'list' })),
      section('API tokens', h('p', { class: 'small muted' }, 'A project token reads (read) or also changes (write) one project; a token without a project is an administrator token.'), tokens),
      section('Users', h('p', { class: 'small muted' }, 'Users sign in with name and password. Saving an existing name replaces its password and access.'), users));
  }

  // API tokens: the secret of a new token is shown once, in a read-only field to copy.
  function tokensSection(projects) {
    const list = h('div'), out = h('div', { role: 'status' });
    const refresh = async () => {
      const r = await api('/tokens');
      set(list, r.tokens.length ? table(['Name', 'Project', 'Role', 'Prefix', 'Created', ''], r.tokens.map((t) => h('tr', { 'data-test': 'token-row' },
        h('td', {}, t.name), h('td', {}, t.project ?? h('span', { class: 'muted' }, 'every project (administrator)')),
        h('td', {}, roleBadge(t.role)), h('td', { class: 'mono small' }, t.prefix + '…'),
        h('td', { class: 'nowrap' }, when(t.created_ms)),
        h('td', { class: 'num' }, h('button', { type: 'button', 'data-test': 'token-revoke', 'aria-label': `Revoke token ${t.name}`,
          onclick: () => adminAction(out, `Revoke the token "${t.name}" (${t.prefix}…)? Clients using it get 401 from then on.`,
            () => api(`/tokens/${enc(t.id)}`, { method: 'DELETE' }), refresh) }, 'Revoke…')))), { class: 'list' })
        : empty('No API tokens.'));
    };
    const name = h('input', { id: 'tok-name', required: true, autocomplete: 'off', placeholder: 'ci-uploader' });
    const project = h('select', { id: 'tok-project' }, projects.map((x) => h('option', { value: x.name }, x.name)),
      h('option', { value: '' }, 'none: administrator'));
    const role = roleSelect('tok-role');
    const form = h('form', { class: 'upload', onsubmit: (ev) => {
      ev.preventDefault();
      const body = { name: name.value.trim(), role: role.value };
      if (project.value) body.project = project.value;
      adminAction(out, null, async () => {
        const r = await api('/tokens', { method: 'POST', body });
        name.value = '';
        const secret = h('input', { id: 'tok-secret', readonly: true, value: r.token, class: 'mono', size: r.token.length + 2, 'data-test': 'token-secret', onfocus: () => secret.select() });
        set(out, h('div', { class: 'banner' },
          h('p', {}, h('b', {}, `Token "${body.name}" created. `), 'Copy the secret now: it is shown once and cannot be read again.'),
          h('label', { for: 'tok-secret' }, 'Secret'), ' ', secret, ' ',
          h('button', { type: 'button', onclick: () => { secret.select(); (navigator.clipboard ? navigator.clipboard.writeText(r.token) : Promise.reject()).catch(() => document.execCommand('copy')); } }, 'Copy')));
        secret.focus();
      }, refresh);
    } },
    h('label', { for: 'tok-name' }, 'Name'), name, h('label', { for: 'tok-project' }, 'Project'), project,
    h('label', { for: 'tok-role' }, 'Role'), role, h('button', { type: 'submit', class: 'primary', 'data-test': 'token-create' }, 'Create token'));
    return refresh().then(() => [form, out, list]);
  }

  function usersSection(projects) {
    const list = h('div'), out = h('div', { role: 'status' });
    let users = [];
    const refresh = async () => {
      users = (await api('/users')).users;
      set(list, users.length ? table(['User', 'Access', 'Created', ''], users.map((u) => h('tr', { 'data-test': 'user-row' },
        h('td', {}, h('b', {}, u.name)),
        h('td', {}, u.admin ? badge('administrator', 'lvl-warn') : [roleBadge(u.role), ' ', u.projects.join(', ') || h('span', { class: 'muted' }, 'no projects')]),
        h('td', { class: 'nowrap' }, when(u.created_ms)),
        h('td', { class: 'num' }, h('button', { type: 'button', 'data-test': 'user-delete', 'aria-label': `Delete user ${u.name}`,
          onclick: () => adminAction(out, `Delete the user "${u.name}"?${u.name === S.me.user ? ' That is you: this session ends too.' : ''}`,
            () => api(`/users/${enc(u.name)}`, { method: 'DELETE' }), refresh) }, 'Delete…')))), { class: 'list' })
        : empty('No users yet: sign-in is by token only.'));
    };
    const name = h('input', { id: 'user-name', required: true, autocomplete: 'off' });
    const pass = h('input', { id: 'user-pass', type: 'password', required: true, minlength: 8, autocomplete: 'new-password' });
    const role = roleSelect('user-role');
    const boxes = projects.map((x) => h('label', {}, h('input', { type: 'checkbox', value: x.name, checked: projects.length === 1 }), ' ', x.name));
    const scope = h('fieldset', {}, h('legend', {}, 'Projects'), boxes);
    const admin = h('input', { id: 'user-admin', type: 'checkbox', onchange: () => { scope.disabled = role.disabled = admin.checked; } });
    const form = h('form', { class: 'upload', onsubmit: (ev) => {
      ev.preventDefault();
      const body = { name: name.value.trim(), password: pass.value, admin: admin.checked, role: role.value,
        projects: admin.checked ? [] : $$('input:checked', scope).map((c) => c.value) };
      const replace = users.some((u) => u.name === body.name) ? `A user "${body.name}" exists: replace its password and access?` : null;
      adminAction(out, replace, async () => {
        await api('/users', { method: 'POST', body });
        pass.value = '';
        set(out, h('p', { class: 'ok' }, `User "${body.name}" saved.`));
      }, refresh);
    } },
    h('label', { for: 'user-name' }, 'User'), name, h('label', { for: 'user-pass' }, 'Password (8 or more characters)'), pass,
    h('label', {}, admin, ' Administrator'), h('label', { for: 'user-role' }, 'Role'), role, scope,
    h('button', { type: 'submit', class: 'primary', 'data-test': 'user-create' }, 'Save user'));
    return refresh().then(() => [form, out, list]);
  }

  const roleBadge = (role) => badge(role, role === 'write' ? 'lvl-info' : 'role');
  const roleSelect = (id) => h('select', { id }, h('option', { value: 'read' }, 'read'), h('option', { value: 'write' }, 'write'));

  // An admin action: confirm (when asked to), run, show an error in `out`, read the list again.
  async function adminAction(out, question, run, refresh) {
    if (question && !(await confirmDialog(question))) return;
    document.body.dataset.ready = '0';
    try {
      set(out);
      await run();
      await refresh();
    } catch (e) { if (!e.handled) put(out, errorBanner(e)); }
    document.body.dataset.ready = '1';
  }

  // Polls a job every 300 ms until it ends or the page is left.
  function watchJob(id, box, done) {
    const bar = h('progress', { 'data-test': 'job-progress', max: 1, 'aria-label': 'Job progress' });
    const text = h('span', { class: 'small', role: 'status' }, 'Starting…');
    set(box, bar, ' ', text);
    const tick = async () => {
      if (!box.isConnected && document.body.dataset.ready === '1') return;
      let j;
      try { j = await api(`/jobs/${id}`); } catch (e) { set(box, errorBanner(e)); return; }
      if (j.total > 0) { bar.max = j.total; bar.value = j.done; } else bar.removeAttribute('value');
      const pct = j.total ? ` (${num((100 * j.done) / j.total, 0)} %)` : '';
      text.textContent = `${j.kind} #${j.id}: ${j.state}, ${num(j.done)} of ${num(j.total)}${pct}${j.message ? ' — ' + j.message : ''}`;
      box.dataset.state = j.state;
      if (j.state === 'running') setTimeout(tick, 300);
      else { bar.max = 1; bar.value = 1; bar.classList.toggle('failed', j.state === 'failed'); if (done) done(); }
    };
    tick();
  }

  function uploadForm(p, stored) {
    const file = h('input', { id: 'sym-file', type: 'file', required: true });
    const type = h('input', { id: 'sym-type', placeholder: 'main', size: 10 });
    const version = h('input', { id: 'sym-version', placeholder: '1.4.2', size: 10 });
    const bar = h('progress', { 'data-test': 'upload-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Upload progress' });
    const out = h('div', { role: 'status' });
    const button = h('button', { type: 'submit', class: 'primary' }, 'Upload');
    return h('form', { class: 'upload', onsubmit: (ev) => {
      ev.preventDefault();
      const f = file.files[0];
      if (!f) return;
      const x = new XMLHttpRequest();
      x.open('POST', `/api/v1${P(p)}/symbols${qs({ name: f.name, software_type: type.value.trim(), software_version: version.value.trim() })}`);
      if (S.token) x.setRequestHeader('Authorization', 'Bearer ' + S.token);
      x.setRequestHeader('Content-Type', 'application/octet-stream');
      bar.hidden = false; bar.value = 0; button.disabled = true;
      set(out, `Uploading ${f.name} (${bytes(f.size)})…`);
      x.upload.onprogress = (e) => { if (e.lengthComputable) { bar.max = e.total; bar.value = e.loaded; } };
      x.onloadend = () => {
        button.disabled = false;
        let body = null;
        try { body = JSON.parse(x.responseText); } catch { /* not JSON */ }
        if (x.status === 401) return signedOut('Your session ended: sign in again.');
        if (x.status < 200 || x.status >= 300) {
          set(out, errorBanner(new ApiError(x.status || 0, body || { message: x.status ? x.statusText : 'the upload failed (network)' })));
          return;
        }
        bar.value = bar.max;
        const ms = body.metric_schema || {};
        set(out, h('p', { class: 'ok' }, `Stored ${body.name}: build id `, h('code', { 'data-test': 'build-id' }, body.build_id),
          body.software_version ? ` (${body.software_type} ${body.software_version})` : '',
          ` · metric schema: ${ms.status || 'none'}${ms.metrics ? ` (${ms.metrics} metrics)` : ''}${ms.error ? ' — ' + ms.error : ''}`));
        if (stored) stored();
      };
      x.send(f);
    } },
    h('label', { for: 'sym-file' }, 'Firmware ELF'), file,
    h('label', { for: 'sym-type' }, 'Software type'), type,
    h('label', { for: 'sym-version' }, 'version'), version,
    button, h('span', { class: 'small muted' }, 'Type and version only for an ELF without a GNU build id.'), bar, out);
  }

  // ---------------------------------------------------------------- dialogs
  function closeDialogs() { $$('dialog[open]').forEach((d) => d.close()); }

  function modal(title, body, buttons) {
    const d = h('dialog', { 'aria-label': title }, h('h2', {}, title), body, h('div', { class: 'actions' }, buttons));
    d.addEventListener('close', () => d.remove());
    document.body.append(d);
    d.showModal();
    return d;
  }

  // A small replacement for window.prompt: resolves with the text, or null when cancelled.
  function ask(title, label, value) {
    return new Promise((resolve) => {
      const input = h('input', { id: 'ask-input', value, 'data-test': 'prompt-input', autocomplete: 'off' });
      let answer = null;
      const form = h('form', { method: 'dialog', onsubmit: () => { answer = input.value.trim() || null; } },
        h('label', { for: 'ask-input' }, label), input,
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-test': 'prompt-ok' }, 'OK'),
          h('button', { type: 'button', onclick: () => d.close() }, 'Cancel')));
      const d = modal(title, form, []);
      d.addEventListener('close', () => resolve(answer));
      input.select();
    });
  }
  function confirmDialog(text) {
    return new Promise((resolve) => {
      let yes = false;
      const d = modal('Are you sure?', h('p', {}, text), [
        h('button', { type: 'button', class: 'primary', onclick: () => { yes = true; d.close(); } }, 'Go ahead'),
        h('button', { type: 'button', onclick: () => d.close() }, 'Cancel')]);
      d.addEventListener('close', () => resolve(yes));
    });
  }

  const SHORTCUTS = [['/', 'Search'], ['j / k', 'Next / previous row'], ['Enter', 'Open the selected row'],
    ['Esc', 'Clear the search box, close, or go back'], ['r / i / u', 'On an issue: resolve / ignore / reopen'],
    ['g i', 'Issues'], ['g l', 'Logs'], ['g f', 'Fleet'], ['g p', 'Plugins'], ['g a', 'Admin'], ['?', 'This help']];
  function showHelp() {
    if ($('dialog.help')) return;
    const d = modal('Keyboard shortcuts', table(['Key', 'Does'], SHORTCUTS.map(([k, t]) => h('tr', {}, h('td', {}, h('kbd', {}, k)), h('td', {}, t)))),
      [h('button', { type: 'button', onclick: () => d.close() }, 'Close')]);
    d.classList.add('help');
  }

  // ---------------------------------------------------------------- keyboard
  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || !S.me) return;
    const t = ev.target;
    const typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if (ev.key === 'Escape') {
      if ($('dialog[open]')) return; // the dialog closes itself
      if (typing) {
        if (t.dataset.test === 'search' && t.value) { t.value = ''; ev.preventDefault(); } else t.blur();
        return;
      }
      const sel = $('#main .navrow.sel');
      if (sel) { sel.classList.remove('sel'); return; }
      const r = parseHash();
      if (r.segs[0] === 'p' && r.segs[3]) {
        if (S.routes > 1) history.back();
        else go(projectLink(r.segs[1], r.segs[2] === 'devices' ? 'fleet' : r.segs[2]));
      }
      return;
    }
    if (typing || $('dialog[open]')) return;
    const key = ev.key;
    if (S.g && Date.now() - S.g < 1500) {
      S.g = 0;
      const to = { i: 'issues', l: 'logs', f: 'fleet' }[key];
      if (to) go(projectLink(S.project, to));
      else if (key === 'p') go('#/plugins');
      else if (key === 'a' && S.me.admin) go('#/admin');
      ev.preventDefault();
      return;
    }
    const click = (sel) => { const b = $(sel); if (b && !b.disabled) b.click(); };
    switch (key) {
      case 'g': S.g = Date.now(); break;
      case '/': { const s = $('[data-test=search]'); if (s) { s.focus(); s.select(); } break; }
      case 'j': moveSelection(1); break;
      case 'k': moveSelection(-1); break;
      case 'Enter': if (t.closest('a,button') || !openSelection()) return; break;
      case '?': showHelp(); break;
      case 'r': click('[data-test=action-resolve]'); break;
      case 'i': click('[data-test=action-ignore]'); break;
      case 'u': click('[data-test=action-reopen]'); break;
      default: return;
    }
    ev.preventDefault();
  }

  // ---------------------------------------------------------------- start
  document.addEventListener('keydown', onKey);
  window.addEventListener('hashchange', route);
  $('#skip').addEventListener('click', (ev) => { ev.preventDefault(); $('#main').focus(); });
  route();
})();
