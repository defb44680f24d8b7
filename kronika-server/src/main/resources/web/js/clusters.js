// Real-world events (clusters of reports): the list, and one cluster with its reports grouped by
// independent origin — a republished wire story is one origin, however many sites carried it.
import { api, NotFound } from './api.js';
import { h, factualityBadge, entityName, notFound, typeOptions } from './ui.js';

function who(c) {
  const names = refs => (refs && refs.length ? refs.map(entityName).join(' + ') : '—');
  return `${names(c.actors)} → ${names(c.recipients)}`;
}

function span(c) {
  const t = c.timeStart ? (c.timeStart === c.timeEnd || !c.timeEnd ? c.timeStart : `${c.timeStart} – ${c.timeEnd}`) : 'time unknown';
  return `${t}; reported ${c.firstDay || '?'}${c.lastDay && c.lastDay !== c.firstDay ? ' – ' + c.lastDay : ''}`;
}

export async function clustersView(main, params) {
  const sort = params.get('sort') || 'origins';
  const type = params.get('type') || '';
  const page = await api('clusters', { sort, type, size: 100 });
  const form = h('form', { class: 'filters' },
    h('label', null, 'Sort by', h('select', { name: 'sort', id: 'c-sort' },
      ['origins', 'reports', 'recent'].map(s => h('option', { value: s, selected: s === sort }, s)))),
    h('label', null, 'Event type', h('select', { name: 'type' }, typeOptions(type))),
    h('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (v) p.set(k, v);
    location.hash = `#/clusters?${p}`;
  });
  const rows = page.items.map(c => h('tr', null,
    h('td', null, h('a', { href: `#/cluster/${encodeURIComponent(c.id)}`, class: 'cluster-link' }, h('span', { class: 'type-tag' }, c.type), c.mode ? ` ${c.mode}` : '')),
    h('td', null, who(c)), h('td', null, span(c)),
    h('td', null, h('span', { class: 'count-pill', title: 'independent origins' }, String(c.origins))),
    h('td', null, String(c.reports))));
  main.replaceChildren(h('h1', null, 'Event clusters'),
    h('p', { class: 'muted' }, 'Each row is one real-world event: reports of the same type with compatible actors and times. ',
      h('strong', null, 'Origins'), ' counts independent corroboration — agency copy republished by other sites counts once.'),
    form,
    page.items.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'clusters-table' },
      h('thead', null, h('tr', null, ['Event', 'Who', 'When', 'Origins', 'Reports'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', null, rows)))
      : h('p', { class: 'empty', id: 'no-clusters' }, 'No real-world events yet: clusters form from event reports once the event layer runs at ingest.'));
}

export async function clusterView(main, id) {
  let data;
  try {
    data = await api(`clusters/${encodeURIComponent(id)}`, { size: 500 });
  } catch (e) {
    if (e instanceof NotFound) {
      main.replaceChildren(notFound(`There is no event cluster with id „${id}”.`));
      return;
    }
    throw e;
  }
  const c = data.cluster;
  const byOrigin = new Map();
  for (const r of data.reports.items) {
    const key = r.origin ? r.origin.key : '?';
    if (!byOrigin.has(key)) byOrigin.set(key, []);
    byOrigin.get(key).push(r);
  }
  const KIND = { source: 'news source or agency', attribution: 'attributed source (quoted in the text)', document: 'single document' };
  const groups = data.origins.map(o => h('section', { class: 'origin', 'data-origin': o.key },
    h('h3', null, o.name),
    h('div', { class: 'muted small' }, `${KIND[o.kind] || o.kind} · ${o.reports} report${o.reports === 1 ? '' : 's'} in ${o.documents.length} document${o.documents.length === 1 ? '' : 's'}`),
    h('ul', null, (byOrigin.get(o.key) || []).map(r => h('li', { class: 'report', 'data-factuality': r.factuality },
      h('div', null, factualityBadge(r.factuality), ' ',
        h('a', { href: `#/doc/${encodeURIComponent(r.documentId)}?event=${encodeURIComponent(r.localId)}` }, r.documentTitle || r.documentId)),
      h('div', { class: 'muted small' }, `${r.documentDate || 'undated'} · ${r.publisher || 'unknown publisher'}`,
        r.attribution && r.attribution.length ? ` · according to ${r.attribution.map(a => a.name).join(' ← ')}` : ''),
      r.evidence && r.evidence[0] ? h('blockquote', { class: 'quote', lang: 'pl' }, r.evidence[0].text) : null)))));
  const facts = {};
  for (const r of data.reports.items) facts[r.factuality] = (facts[r.factuality] || 0) + 1;
  main.replaceChildren(
    h('p', { class: 'small' }, h('a', { href: '#/clusters' }, '← all event clusters')),
    h('h1', null, h('span', { class: 'type-tag' }, c.type), c.mode ? ` ${c.mode}: ` : ': ', who(c)),
    h('p', { class: 'muted' }, span(c)),
    h('p', { id: 'corroboration' }, h('span', { class: 'count-pill' }, String(c.origins)),
      ` independent origin${c.origins === 1 ? '' : 's'} · ${c.reports} report${c.reports === 1 ? '' : 's'} · `,
      Object.entries(facts).map(([f, n]) => [factualityBadge(f), ` ×${n} `])),
    h('h2', null, 'Reports by independent origin'),
    h('div', { class: 'origins', id: 'origins' }, groups),
    h('p', null, h('a', { href: `#/events?cluster=${encodeURIComponent(c.id)}` }, 'These reports in the events table')));
}
