// The Rasd web UI: plain ES module, no dependencies. Article text only ever reaches the page
// through text nodes (textContent / createTextNode), never as markup.

const EVENT_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const ENTITY_TYPES = ['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'MISC'];
const ENTITY_NAMES = { PER: 'person', ORG: 'organisation', GPE: 'country / city', LOC: 'place', FAC: 'facility', MISC: 'other name' };
const ROLES = ['trigger', 'actor', 'recipient', 'location', 'time', 'magnitude', 'source'];
const PAGE = 50;
// Written for Rasd (not taken from any news source): a short report with a few clear events.
const EXAMPLE = 'بغداد - أعلن الجيش العراقي يوم الأحد مقتل 12 مسلحاً في غارة جوية قرب الموصل، فيما قالت وزارة الداخلية إن قواتها اعتقلت خمسة مشتبه بهم في كركوك.\n' +
  'وفي واشنطن، قال وزير الخارجية الأمريكي إن بلاده ستفرض عقوبات جديدة على إيران خلال أسبوع، بينما التقى رئيس الوزراء العراقي السفير التركي في بغداد لبحث أمن الحدود.';

// ---------------------------------------------------------------- DOM helpers

/** h('div', {class: 'x'}, 'text', child): strings become text nodes, never markup. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on')) throw new Error('use addEventListener');
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return el;
}

const $ = (sel) => document.querySelector(sel);

function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
}

function showError(msg) {
  const el = $('#error');
  el.textContent = msg;
  el.hidden = !msg;
}

async function api(path, init) {
  let res;
  try {
    res = await fetch(path, init);
  } catch {
    throw new Error('the server did not answer');
  }
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json().catch(() => null) : await res.text();
  if (!res.ok) throw new Error((body && body.error) || `HTTP ${res.status}`);
  return body;
}

function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? '?' + s : '';
}

/** A safe outbound link: only http(s) URLs become hrefs. */
function safeLink(url, label) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return h('a', { href: u.href, rel: 'noopener noreferrer', target: '_blank' }, label ?? url);
  } catch { /* not a URL */ }
  return h('span', null, label ?? url);
}

// ---------------------------------------------------------------- the marked article

/**
 * Splits the text at every span boundary and wraps covered pieces. Each layer is
 * {start, end, cls, label, visible}; visible layers make <mark>s, the others plain <span>s
 * that an event click can light up. Returns the container and the piece index.
 */
function renderMarked(text, layers) {
  const cuts = new Set([0, text.length]);
  const spans = layers.filter((l) => l.end > l.start && l.start >= 0 && l.end <= text.length);
  for (const l of spans) { cuts.add(l.start); cuts.add(l.end); }
  const bounds = [...cuts].sort((a, b) => a - b);
  const at = new Map(bounds.map((b, i) => [b, i]));
  const opens = bounds.map(() => []);
  const closes = bounds.map(() => []);
  for (const l of spans) { opens[at.get(l.start)].push(l); closes[at.get(l.end)].push(l); }
  const active = new Set();
  const root = h('div', { class: 'article', dir: 'rtl', lang: 'ar' });
  const pieces = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    for (const l of closes[i]) active.delete(l);
    for (const l of opens[i]) active.add(l);
    const a = bounds[i];
    const b = bounds[i + 1];
    const s = text.slice(a, b);
    if (active.size === 0) { root.append(document.createTextNode(s)); continue; }
    const vis = [...active].filter((l) => l.visible);
    const el = document.createElement(vis.length ? 'mark' : 'span');
    el.className = ['seg', ...vis.map((l) => l.cls)].join(' ');
    if (vis.length) el.title = vis.map((l) => l.label).join(' · ');
    el.dataset.start = String(a);
    el.dataset.end = String(b);
    el.textContent = s;
    root.append(el);
    pieces.push({ start: a, end: b, el });
  }
  return { root, pieces };
}

/** The pieces inside [start, end), by binary search over the sorted piece list. */
function piecesIn(pieces, start, end) {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (pieces[m].end <= start) lo = m + 1; else hi = m; }
  const out = [];
  for (let i = lo; i < pieces.length && pieces[i].start < end; i++) out.push(pieces[i]);
  return out;
}

function eventSpans(ev) {
  const out = [];
  if (ev.trigger) out.push(['trigger', ev.trigger]);
  for (const a of ev.actor || []) out.push(['actor', a]);
  for (const a of ev.recipient || []) out.push(['recipient', a]);
  for (const a of ev.location || []) out.push(['location', a]);
  if (ev.time) out.push(['time', ev.time]);
  for (const m of ev.magnitude || []) out.push(['magnitude', m]);
  if (ev.source) out.push(['source', ev.source]);
  return out;
}

/** Arguments as nodes: each text, then its country:sector code isolated left to right. */
function argText(args) {
  if (!args || !args.length) return '';
  const out = [];
  args.forEach((a, i) => {
    if (i) out.push('؛ ');
    out.push(a.text);
    const c = a.canonical;
    if (c && (c.country || c.sector)) out.push(' ', h('bdi', { class: 'code', dir: 'ltr' }, `${c.country ?? ''}${c.sector ? ':' + c.sector : ''}`));
  });
  return h('span', null, out);
}

/** Magnitudes as nodes: "dead 12" then the Arabic words isolated, so the numbers stay in place. */
function magText(ms) {
  const out = [];
  (ms || []).forEach((m, i) => {
    if (i) out.push('; ');
    out.push(`${m.kind} ${m.approx ? '≈' : ''}${m.value ?? '?'} `, h('bdi', { class: 'muted', dir: 'rtl' }, `(${m.text})`));
  });
  return out.length ? h('span', { dir: 'ltr' }, out) : '';
}

function typeLabel(ev) {
  return ev.mode ? `${ev.type} · ${ev.mode}` : ev.type;
}

function legend() {
  const items = [
    ...ENTITY_TYPES.map((t) => h('span', { class: 'key' }, h('mark', { class: `seg ent-${t}` }, t), ' ', ENTITY_NAMES[t])),
    h('span', { class: 'key' }, h('mark', { class: 'seg val' }, 'value'), ' number, date, money…'),
    h('span', { class: 'key' }, h('mark', { class: 'seg trig' }, 'trigger'), ' event word'),
  ];
  const roles = ROLES.map((r) => h('span', { class: 'key' }, h('span', { class: `seg lit lit-${r}` }, r)));
  return h('div', { class: 'legend marks-legend' },
    h('div', null, h('strong', null, 'Marks: '), items),
    h('div', null, h('strong', null, 'Selected event: '), roles));
}

/** Renders a rasd/1 record: the marked article, the legend, the event list and its detail. */
function renderRecord(container, record, opts = {}) {
  clear(container);
  const layers = [];
  for (const e of record.entities || []) {
    layers.push({ start: e.start, end: e.end, cls: `ent-${e.type}`, visible: true, label: `${e.type}${e.canonical ? ' · ' + e.canonical.name : ''}: ${e.text}` });
  }
  for (const v of record.values || []) {
    layers.push({ start: v.start, end: v.end, cls: 'val', visible: true, label: `${v.kind}${v.value !== null && v.value !== undefined ? ' = ' + v.value : ''}${v.unit ? ' ' + v.unit : ''}` });
  }
  const events = record.events || [];
  for (const ev of events) {
    layers.push({ start: ev.trigger.start, end: ev.trigger.end, cls: 'trig', visible: true, label: `${typeLabel(ev)} (${ev.status})` });
    for (const [, s] of eventSpans(ev)) layers.push({ start: s.start, end: s.end, cls: 'arg', visible: false, label: '' });
  }
  const { root, pieces } = renderMarked(record.text, layers);
  root.classList.add('doc-text');

  const counts = h('div', { class: 'counts muted' },
    `${(record.sentences || []).length} sentences · ${(record.tokens || []).length} tokens · ${(record.entities || []).length} names · ${(record.values || []).length} values · ${events.length} events`,
    record.documentDate ? ` · dated ${record.documentDate}` : '');

  const detail = h('div', { class: 'event-detail' }, h('p', { class: 'muted' }, events.length ? 'Click an event to light its trigger and arguments in the text.' : ''));
  const list = h('ol', { class: 'event-list' });
  let lit = [];
  const select = (i, item) => {
    for (const el of lit) el.classList.remove('lit', ...ROLES.map((r) => `lit-${r}`));
    lit = [];
    for (const li of list.children) li.classList.toggle('selected', li === item);
    const ev = events[i];
    for (const [role, s] of eventSpans(ev)) {
      for (const p of piecesIn(pieces, s.start, s.end)) { p.el.classList.add('lit', `lit-${role}`); lit.push(p.el); }
    }
    const first = piecesIn(pieces, ev.trigger.start, ev.trigger.end)[0];
    if (first && first.el.scrollIntoView) first.el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    clear(detail);
    detail.append(eventDetail(ev));
  };
  events.forEach((ev, i) => {
    const item = h('li', { class: 'event-item', tabindex: '0', role: 'button', 'data-event': ev.id },
      h('div', { class: 'ev-head' },
        h('span', { class: `badge t-${ev.type}` }, typeLabel(ev)),
        h('span', { class: 'ev-trigger', dir: 'rtl', lang: 'ar' }, ev.trigger.text),
        h('span', { class: `status s-${ev.status}` }, ev.negated ? `${ev.status}, negated` : ev.status)),
      h('div', { class: 'ev-args', dir: 'rtl', lang: 'ar' },
        ev.actor.length ? h('span', { class: 'r-actor' }, argText(ev.actor)) : null,
        ev.actor.length && ev.recipient.length ? ' ← ' : null,
        ev.recipient.length ? h('span', { class: 'r-recipient' }, argText(ev.recipient)) : null));
    item.addEventListener('click', () => select(i, item));
    item.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(i, item); } });
    list.append(item);
  });

  const warnings = (record.warnings || []).length
    ? h('ul', { class: 'warnings' }, record.warnings.map((w) => h('li', null, `${w.code}: ${w.message}`)))
    : null;

  container.append(
    h('div', { class: 'result' },
      h('div', { class: 'panel text-panel' }, legend(), counts, warnings, root),
      h('aside', { class: 'panel side' },
        h('h3', null, `Events (${events.length})`),
        events.length ? list : h('p', { class: 'muted no-events' }, 'No events found in this text.'),
        detail)));
  if (opts.select !== undefined) {
    const i = events.findIndex((e) => e.id === opts.select);
    if (i >= 0) select(i, list.children[i]);
  }
  return { events, select: (i) => select(i, list.children[i]) };
}

function eventDetail(ev) {
  const row = (label, role, value) => value ? h('tr', null, h('th', null, label), h('td', { class: role ? `r-${role}` : null, dir: 'auto' }, value)) : null;
  return h('div', null,
    h('h4', null, h('span', { class: `badge t-${ev.type}` }, typeLabel(ev)), ' ', ev.id),
    h('table', { class: 'fields' }, h('tbody', null,
      row('Trigger', 'trigger', ev.trigger.text),
      row('Actor', 'actor', argText(ev.actor)),
      row('Recipient', 'recipient', argText(ev.recipient)),
      row('Location', 'location', argText(ev.location)),
      row('Time', 'time', ev.time ? h('span', null, ev.time.text, ev.time.value ? ' = ' : '', ev.time.value ? h('bdi', { dir: 'ltr' }, ev.time.value) : '') : ''),
      row('Magnitude', 'magnitude', magText(ev.magnitude)),
      row('Source', 'source', ev.source ? `${ev.source.text} (${ev.source.kind})` : ''),
      row('Status', null, ev.negated ? `${ev.status}, negated` : ev.status),
      row('Context', null, (ev.context || []).join(', ')),
      row('Confidence', null, String(ev.confidence)))),
    h('div', { class: 'why' }, h('strong', null, 'Why: '), h('span', { class: 'event-why', dir: 'auto' }, ev.why)));
}

// ---------------------------------------------------------------- views

const views = ['analyze', 'events', 'search', 'timeline', 'doc'];

function show(view) {
  for (const v of views) $(`#view-${v}`).hidden = v !== view;
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.view === view);
}

async function route() {
  showError('');
  const hash = location.hash || '#/analyze';
  const m = hash.match(/^#\/doc\/([^?]+)(?:\?ev=(.+))?$/);
  try {
    if (m) { show('doc'); await openDocument(decodeURIComponent(m[1]), m[2] ? decodeURIComponent(m[2]) : undefined); return; }
    const view = hash.slice(2) || 'analyze';
    if (!views.includes(view)) { show('analyze'); return; }
    show(view);
    if (view === 'events' && !eventsLoaded) await loadEvents(0);
    if (view === 'search' && !docsLoaded) await loadDocList();
    if (view === 'timeline' && !timelineLoaded) await drawTimeline();
  } catch (err) {
    showError(err.message);
  }
}

async function refreshStats() {
  try {
    const s = await api('/healthz');
    $('#stats').textContent = s.documents !== undefined ? `${s.documents} documents · ${s.events} events` : '';
  } catch { /* the header counts are optional */ }
}

// Analyse -------------------------------------------------------------------

async function analyzeNow() {
  showError('');
  const text = $('#article').value;
  if (!text.trim()) { showError('Paste or upload an article first.'); return; }
  const date = $('#date').value;
  const btn = $('#analyze');
  btn.disabled = true;
  btn.textContent = 'Analysing…';
  try {
    const record = await api('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(date ? { text, date } : { text }),
    });
    renderRecord($('#analyze-result'), record);
  } catch (err) {
    showError(err.message);
  } finally {
    btn.disabled = false;
    btn.textContent = 'Analyse';
  }
}

// Events ----------------------------------------------------------------------

let eventsLoaded = false;
let eventsOffset = 0;

function eventFilters() {
  const f = {};
  for (const k of ['type', 'actor', 'recipient', 'location', 'from', 'to', 'source']) f[k] = $(`#f-${k}`).value.trim();
  return f;
}

async function loadEvents(offset) {
  const f = eventFilters();
  $('#csv-download').href = '/api/events' + qs({ ...f, format: 'csv' });
  const data = await api('/api/events' + qs({ ...f, limit: PAGE, offset }));
  eventsLoaded = true;
  eventsOffset = offset;
  const tbody = $('#events-table tbody');
  clear(tbody);
  for (const e of data.events) {
    const tr = h('tr', { class: 'ev-row', tabindex: '0', 'data-doc': e.docId, title: 'open the document' },
      h('td', null, e.date || ''),
      h('td', null, h('span', { class: `badge t-${e.type}` }, typeLabel(e))),
      h('td', { dir: 'rtl' }, argText(e.actor)),
      h('td', { dir: 'rtl' }, argText(e.recipient)),
      h('td', { dir: 'rtl' }, argText(e.location)),
      h('td', { dir: 'auto' }, magText(e.magnitude)),
      h('td', null, e.negated ? `${e.status}, negated` : e.status),
      h('td', { dir: 'rtl', class: 'trig-cell' }, e.trigger.text),
      h('td', { dir: 'rtl', class: 'sentence' }, e.sentenceText));
    const open = () => { location.hash = `#/doc/${encodeURIComponent(e.docId)}?ev=${encodeURIComponent(e.id)}`; };
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (k) => { if (k.key === 'Enter') open(); });
    tbody.append(tr);
  }
  $('#events-summary').textContent = data.total ? `${data.total} events` : 'No stored events match. Ingest documents with: rasd ingest FILE --db FILE';
  $('#events-page').textContent = data.total ? `${offset + 1}–${offset + data.events.length} of ${data.total}` : '';
  $('#events-prev').disabled = offset === 0;
  $('#events-next').disabled = offset + data.events.length >= data.total;
}

// Search and documents ------------------------------------------------------

let docsLoaded = false;

function docLink(id, title) {
  return h('a', { href: `#/doc/${encodeURIComponent(id)}`, dir: 'auto', class: 'doc-link' }, title || id);
}

async function runSearch() {
  const q = $('#q').value.trim();
  const list = $('#search-results');
  clear(list);
  if (!q) { $('#search-summary').textContent = ''; return; }
  const data = await api('/api/search' + qs({ q, from: $('#s-from').value.trim(), to: $('#s-to').value.trim(), limit: 50 }));
  $('#search-summary').textContent = `${data.total} documents match`;
  for (const hit of data.hits) {
    const snip = h('p', { class: 'snippet', dir: 'rtl', lang: 'ar' });
    const m = hit.match;
    if (m && m.end > m.start) {
      snip.append(hit.snippet.slice(0, m.start), h('mark', { class: 'hit' }, hit.snippet.slice(m.start, m.end)), hit.snippet.slice(m.end));
    } else snip.textContent = hit.snippet;
    list.append(h('li', null, h('div', { class: 'hit-head' }, docLink(hit.id, hit.title), h('span', { class: 'muted' }, hit.date || '')), snip));
  }
}

async function loadDocList() {
  const data = await api('/api/documents' + qs({ limit: 20 }));
  docsLoaded = true;
  const list = $('#doc-list');
  clear(list);
  for (const d of data.documents) {
    list.append(h('li', null, h('div', { class: 'hit-head' }, docLink(d.id, d.title), h('span', { class: 'muted' }, `${d.date || 'undated'} · ${d.events} events${d.source ? ' · ' + d.source : ''}`))));
  }
  if (!data.documents.length) list.append(h('li', { class: 'muted' }, 'The store is empty.'));
}

async function openDocument(id, eventId) {
  const meta = $('#doc-meta');
  clear(meta);
  clear($('#doc-result'));
  const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
  meta.append(
    h('h2', { dir: 'auto' }, doc.title || 'Untitled document'),
    h('div', { class: 'muted' }, [doc.date ? `dated ${doc.date}` : 'undated', doc.source ? ` · ${doc.source}` : '', ` · id ${doc.id}`].join('')));
  if (doc.url) meta.append(h('div', null, safeLink(doc.url)));
  renderRecord($('#doc-result'), doc.record, { select: eventId });
}

// Timeline ------------------------------------------------------------------

let timelineLoaded = false;
const PALETTE = ['#c0392b', '#2471a3', '#239b56', '#af7ac5', '#d68910', '#17a589', '#7f8c8d', '#a04000', '#5d6d7e'];
const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A colour chip; the colour goes through CSSOM (allowed by the page's CSP, unlike style attributes). */
function swatch(colour) {
  const el = h('span', { class: 'swatch' });
  el.style.background = colour;
  return el;
}

async function drawTimeline() {
  const p = { by: $('#t-by').value, type: $('#t-type').value, actor: $('#t-actor').value.trim(), from: $('#t-from').value.trim(), to: $('#t-to').value.trim() };
  const data = await api('/api/timeline' + qs(p));
  timelineLoaded = true;
  const box = $('#timeline');
  clear(box);
  if (!data.dates.length) { box.append(h('p', { class: 'muted' }, data.undated ? `${data.undated} events, none dated.` : 'No dated events to draw.')); return; }
  const n = data.dates.length;
  const totals = data.dates.map((_, i) => data.series.reduce((a, sr) => a + sr.counts[i], 0));
  const max = Math.max(1, ...totals);
  const W = 900, H = 300, L = 40, B = 60, T = 10;
  const bw = Math.min(70, (W - L - 10) / n);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': `events by date, ${data.by}` });
  const y = (v) => H - B - (v / max) * (H - B - T);
  const ticks = Math.min(max, 5);
  for (let k = 0; k <= ticks; k++) {
    const v = Math.round((max * k) / ticks);
    svg.append(s('line', { x1: L, x2: W - 5, y1: y(v), y2: y(v), class: 'grid' }), s('text', { x: L - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, String(v)));
  }
  data.dates.forEach((d, i) => {
    let acc = 0;
    data.series.forEach((sr, j) => {
      const c = sr.counts[i];
      if (!c) return;
      const r = s('rect', { x: L + i * bw + 1, y: y(acc + c), width: Math.max(1, bw - 2), height: y(acc) - y(acc + c), fill: PALETTE[j % PALETTE.length] });
      r.append(s('title', {}, `${d} · ${sr.key}: ${c}`));
      svg.append(r);
      acc += c;
    });
    const every = Math.ceil(n / 12);
    if (i % every === 0) svg.append(s('text', { x: L + i * bw + bw / 2, y: H - B + 16, class: 'axis', 'text-anchor': 'middle' }, d));
  });
  const keys = h('div', { class: 'legend' }, data.series.map((sr, j) => h('span', { class: 'key' }, swatch(PALETTE[j % PALETTE.length]), ` ${sr.key} (${sr.total})`)));
  box.append(svg, keys);
  if (data.undated) box.append(h('p', { class: 'muted' }, `${data.undated} undated events not drawn.`));
}

// ---------------------------------------------------------------- wiring

function init() {
  for (const sel of ['#f-type', '#t-type']) for (const t of EVENT_TYPES) $(sel).append(h('option', { value: t }, t));
  $('#analyze-form').addEventListener('submit', (e) => { e.preventDefault(); void analyzeNow(); });
  $('#article').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void analyzeNow(); } });
  $('#example').addEventListener('click', () => {
    $('#article').value = EXAMPLE;
    $('#date').value = '2024-03-10';
    void analyzeNow();
  });
  $('#file').addEventListener('change', async (e) => {
    const f = e.target.files && e.target.files[0];
    if (!f) return;
    if (f.size > 5 * 1024 * 1024) { showError('That file is larger than 5 MB.'); return; }
    $('#article').value = await f.text();
    void analyzeNow();
  });
  $('#events-form').addEventListener('submit', (e) => { e.preventDefault(); loadEvents(0).catch((err) => showError(err.message)); });
  for (const k of ['type', 'actor', 'recipient', 'location', 'from', 'to', 'source']) {
    $(`#f-${k}`).addEventListener('change', () => { $('#csv-download').href = '/api/events' + qs({ ...eventFilters(), format: 'csv' }); });
  }
  $('#events-prev').addEventListener('click', () => loadEvents(Math.max(0, eventsOffset - PAGE)).catch((err) => showError(err.message)));
  $('#events-next').addEventListener('click', () => loadEvents(eventsOffset + PAGE).catch((err) => showError(err.message)));
  $('#search-form').addEventListener('submit', (e) => { e.preventDefault(); runSearch().catch((err) => showError(err.message)); });
  $('#timeline-form').addEventListener('submit', (e) => { e.preventDefault(); drawTimeline().catch((err) => showError(err.message)); });
  window.addEventListener('hashchange', () => void route());
  void refreshStats();
  void route();
}

init();
