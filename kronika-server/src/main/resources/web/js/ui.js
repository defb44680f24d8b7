// Small DOM helpers and the shared widgets: factuality badge, attribution chain, entity labels.

/** Creates an element: h('a', {href: '#/'}, 'text', child…). Strings become text nodes (escaped). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'OTHER'];

export const FACTUALITY = {
  fact: { icon: '✔', label: 'fact', help: 'stated as fact by its innermost source' },
  probable: { icon: '◕', label: 'probable', help: 'hedged as probable (e.g. "prawdopodobnie", "miał" + infinitive)' },
  possible: { icon: '◑', label: 'possible', help: 'possible, feared or planned (e.g. "może")' },
  negated: { icon: '✕', label: 'negated', help: 'denied or negated (e.g. "zaprzeczył", "zdementował")' },
  unknown: { icon: '?', label: 'unknown', help: 'certainty not determined' },
};

export function factualityBadge(value) {
  const f = FACTUALITY[value] || FACTUALITY.unknown;
  const key = FACTUALITY[value] ? value : 'unknown';
  return h('span', { class: `badge f-${key}`, title: f.help, 'data-factuality': key },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, f.icon), f.label);
}

export function factualityOptions(selected) {
  return [h('option', { value: '' }, 'any'),
    ...Object.keys(FACTUALITY).map(k => h('option', { value: k, selected: k === selected }, k))];
}

export function typeOptions(selected) {
  return [h('option', { value: '' }, 'any type'),
    ...PLOVER_TYPES.map(t => h('option', { value: t, selected: t === selected }, t))];
}

const TYPE_LABELS = {
  persName: 'person', orgName: 'organisation', placeName: 'place', geogName: 'geographic feature',
  'placeName.country': 'country', 'placeName.settlement': 'settlement', 'placeName.region': 'region',
  'placeName.district': 'district', 'placeName.bloc': 'bloc of states',
};

export function entityTypeLabel(type) {
  if (!type) return 'entity';
  return TYPE_LABELS[type] || TYPE_LABELS[type.split('.')[0]] || type;
}

/** CSS class of an entity type: ent-pers, ent-org, ent-place, ent-geog or ent-other. */
export function entityClass(type) {
  const root = (type || '').split('.')[0];
  return { persName: 'ent-pers', orgName: 'ent-org', placeName: 'ent-place', geogName: 'ent-geog' }[root] || 'ent-other';
}

/** "Korea Północna (PRK)" */
export function entityName(ref) {
  if (!ref) return '—';
  return ref.code && ref.code !== ref.name ? `${ref.name} (${ref.code})` : ref.name;
}

export function entityList(refs) {
  if (!refs || refs.length === 0) return h('span', { class: 'muted' }, '—');
  return refs.map((r, i) => [i > 0 ? ', ' : '', r.id && r.id.startsWith('e')
    ? h('a', { href: `#/entity/${encodeURIComponent(r.id)}` }, entityName(r)) : entityName(r)]);
}

/** Granularity of an ISO value as the contract writes it: 2023 / 2023-10 / 2023-W45 / 2023-10-05 / interval. */
export function granularity(value) {
  if (!value) return null;
  if (value.includes('/')) {
    const [a, b] = value.split('/');
    return `interval, ${granularity(a)} to ${granularity(b)}`;
  }
  if (/^P/.test(value)) return 'duration';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value)) return 'second';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return 'minute';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}/.test(value)) return 'hour';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return 'other';
}

const SVG = 'http://www.w3.org/2000/svg';

function arrowLeft() {
  // a drawn link of the path: a line with an arrow head pointing to the reporter on the left
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'link');
  svg.setAttribute('viewBox', '0 0 36 20');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M34 10 H6 M13 4 L5 10 L13 16');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', '#4e6a85');
  path.setAttribute('stroke-width', '2.5');
  svg.append(path);
  return svg;
}

/**
 * The attribution chain as a path, outermost reporter first: publisher ← credited agencies ←
 * attributed speakers. The last hop is the innermost source, the one the factuality belongs to.
 */
export function attributionChain(source, attribution) {
  const hops = [];
  if (source && source.publisher) hops.push({ role: 'publisher', name: source.publisher });
  for (const c of (source && source.credits) || []) hops.push({ role: 'agency', name: c });
  for (const a of attribution || []) hops.push({ role: 'speaker', name: a.name, cue: a.cue, entity: a.entity });
  const list = h('ol', { class: 'chain', 'aria-label': 'Attribution chain, outermost reporter first' });
  hops.forEach((hop, i) => {
    if (i > 0) list.append(arrowLeft());
    const inner = i === hops.length - 1;
    const li = h('li', { class: `hop hop-${hop.role}${inner ? ' hop-source' : ''}`, 'data-role': hop.role },
      h('span', { class: 'role' }, inner && i > 0 ? `${hop.role} · source` : hop.role),
      hop.name, hop.cue ? h('span', { class: 'muted small' }, ` („${hop.cue}”)`) : null);
    list.append(li);
  });
  return list;
}

export function publisherLine(doc) {
  const credits = (doc.credits || (doc.source && doc.source.credits) || []);
  const publisher = doc.publisher || (doc.source && doc.source.publisher);
  return [publisher || 'unknown publisher', ...credits.map(c => ` / ${c}`)].join('');
}

export function emptyStore() {
  return h('section', { class: 'empty', id: 'empty-state' },
    h('h1', null, 'The knowledge base is empty'),
    h('p', null, 'Nothing has been ingested into this store yet. Add articles (seed text, .txt, .html, .jsonl, WARC or RSS/Atom) and reload this page:'),
    h('pre', { class: 'cmd' }, './kronika ingest articles/          # into ~/.kronika/store\n./kronika serve                     # then open http://127.0.0.1:7070/'),
    h('p', null, 'Or try the bundled sample story: ', h('code', null, './kronika demo'), '.'));
}

export function notFound(what) {
  return h('section', { class: 'notfound card', id: 'not-found' },
    h('p', { class: 'code', 'aria-hidden': 'true' }, '404'),
    h('h1', null, 'Not found'),
    h('p', null, what || 'There is no such page.'),
    h('p', null, h('a', { href: '#/' }, 'Back to search'), ' · ', h('a', { href: '#/events' }, 'Events'),
      ' · ', h('a', { href: '#/clusters' }, 'Event clusters')));
}

/** Loads a classic (UMD) script once; resolves when it has run. */
const loaded = new Map();
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error(`cannot load ${src}`));
      document.head.append(s);
    }));
  }
  return loaded.get(src);
}

export const LIBS = {
  echarts: '/webjars/echarts/5.3.1/dist/echarts.min.js',
  cytoscape: '/webjars/cytoscape/3.33.1/dist/cytoscape.min.js',
};

/** Okabe–Ito colours for event types (repeats after eight; the legend names every series). */
const TYPE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
export function typeColour(type, present) {
  // colours go to the types on screen in order, so up to eight types never share one
  const order = present && present.includes(type) ? present : PLOVER_TYPES;
  const i = order.indexOf(type);
  return TYPE_COLOURS[(i < 0 ? order.length : i) % TYPE_COLOURS.length];
}
