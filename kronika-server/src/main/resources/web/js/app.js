// Kronika workbench: a hash router over the views. Each view renders into <main> from the JSON API.
import { api, NotFound } from './api.js';
import { h, notFound, emptyStore, publisherLine, entityTypeLabel, entityName } from './ui.js';
import { filterForm } from './filters.js';
import { articleView } from './article.js';
import { eventsView } from './events.js';
import { networkView } from './network.js';
import { clustersView, clusterView } from './clusters.js';

const main = document.getElementById('main');
let stats = null;

async function loadStats() {
  stats = await api('stats');
  document.getElementById('stats').textContent =
    `${stats.documents} documents · ${stats.events} events · ${stats.clusters} real-world events · ${stats.entities} entities`;
  return stats;
}

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = raw.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(qs || '') };
}

async function route() {
  const { parts, params } = parseHash();
  const view = parts[0] || 'search';
  for (const a of document.querySelectorAll('[data-nav]')) {
    const nav = a.dataset.nav;
    const current = nav === view || (nav === 'search' && (view === 'doc' || view === 'entity')) || (nav === 'clusters' && view === 'cluster');
    if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  document.getElementById('hovercard').hidden = true;
  const started = performance.now();
  try {
    if (location.pathname !== '/' && location.pathname !== '/index.html') {
      main.replaceChildren(notFound(`There is no page at ${location.pathname}.`));
      document.title = 'Not found — Kronika';
      return;
    }
    if (!stats) await loadStats();
    const empty = stats.documents === 0;
    if (empty && ['search', 'events', 'network', 'clusters'].includes(view)) {
      main.replaceChildren(emptyStore());
      document.title = 'Kronika — empty knowledge base';
      return;
    }
    switch (view) {
      case 'search': await searchView(params); break;
      case 'doc': await articleView(main, parts[1] || '', params); break;
      case 'entity': await entityView(parts[1], params); break;
      case 'events': await eventsView(main, params); break;
      case 'timeline': await eventsView(main, params); break;
      case 'network': await networkView(main, params); break;
      case 'clusters': await clustersView(main, params); break;
      case 'cluster': await clusterView(main, parts[1] || ''); break;
      default:
        main.replaceChildren(notFound(`There is no view „${view}”.`));
    }
    const h1 = main.querySelector('h1');
    document.title = `${h1 ? h1.textContent.trim() : 'Kronika'} — Kronika`;
  } catch (e) {
    if (e instanceof NotFound) {
      main.replaceChildren(notFound(e.message));
    } else {
      console.error(e);
      main.replaceChildren(h('section', { class: 'problem', id: 'error' }, h('h1', null, 'Something went wrong'),
        h('p', null, e.message), h('p', null, h('a', { href: '#/' }, 'Back to search'))));
    }
  } finally {
    main.dataset.view = view;
    main.dataset.renderMs = String(Math.round(performance.now() - started));
    if (!document.body.dataset.readyAt) {
      // time from navigation start until the first view is drawn (read by the browser tests)
      document.body.dataset.readyAt = String(Math.round(performance.now()));
    }
    document.body.dataset.ready = 'true';
  }
}

async function searchView(params) {
  const q = params.get('q');
  const filters = {
    type: params.get('type'), actor: params.get('actor'), from: params.get('from'), to: params.get('to'),
    factuality: params.get('factuality'), source: params.get('source'), size: 50,
  };
  const form = await filterForm(params, ['q', 'type', 'actor', 'from', 'to', 'factuality'],
    p => { location.hash = `#/search?${p}`; }, 'Search');
  const list = h('ol', { class: 'results', id: 'results' });
  let heading;
  let page;
  try {
    page = q ? await api('search', { q, ...filters }) : await api('documents', filters);
  } catch (e) {
    if (e.status === 400) {
      main.replaceChildren(h('h1', null, 'Search'), form, h('p', { class: 'problem', id: 'search-problem' }, e.message));
      return;
    }
    throw e;
  }
  heading = q ? `${page.total} document${page.total === 1 ? '' : 's'} for „${q}”` : `${page.total} documents, newest first`;
  for (const d of page.items) {
    const body = (d.snippet || '').startsWith(d.title || '\u0000') ? d.snippet.slice(d.title.length).trim() : (d.snippet || '');
    list.append(h('li', null,
      h('a', { class: 'title', href: `#/doc/${encodeURIComponent(d.id)}` }, d.title || d.id),
      h('div', { class: 'meta' }, `${d.date || 'undated'} · ${publisherLine(d)}`,
        d.events !== undefined ? ` · ${d.events} event${d.events === 1 ? '' : 's'}` : ''),
      body ? h('p', { class: 'snippet' }, body.length > 240 ? body.slice(0, 240) + '…' : body) : null));
  }
  main.replaceChildren(
    h('h1', null, q ? 'Search' : 'Documents'), form,
    h('p', { class: 'muted', id: 'result-count' }, heading,
      page.total > page.items.length ? ` (first ${page.items.length} shown)` : ''),
    page.items.length ? list : h('p', { class: 'empty', id: 'no-results' },
      'Nothing matches. Try fewer words or filters; search matches any inflected form of a word (Korea, Korei, Koreą…).'));
}

async function entityView(id, params) {
  let data;
  if (!id && params.get('name')) {
    const found = (await api('entities', { q: params.get('name'), type: params.get('type') || undefined, size: 50 })).items;
    const exact = found.find(e => e.name === params.get('name')) || found[0];
    if (!exact) {
      main.replaceChildren(notFound(`No entity named „${params.get('name')}” is stored.`));
      return;
    }
    id = exact.id;
  }
  try {
    data = await api(`entities/${encodeURIComponent(id || '')}`, { size: 100 });
  } catch (e) {
    if (e instanceof NotFound) {
      main.replaceChildren(notFound(`There is no entity with id „${id}”.`));
      return;
    }
    throw e;
  }
  const e = data.entity;
  const rows = data.mentions.items.map(m => h('li', null,
    h('a', { href: `#/doc/${encodeURIComponent(m.documentId)}` }, m.documentTitle || m.documentId),
    h('span', { class: 'muted small' }, ` · ${m.documentDate || ''} · „${m.text}”`),
    m.context ? h('p', { class: 'snippet', lang: 'pl' }, m.context) : null));
  main.replaceChildren(
    h('h1', null, entityName(e)),
    h('p', { class: 'muted' }, `${entityTypeLabel(e.type)} · ${e.documents} documents · ${e.mentions} mentions`),
    h('p', null, h('a', { class: 'button', href: `#/events?actor=${encodeURIComponent(e.code || e.id)}` }, 'Events with this actor'), ' ',
      h('a', { class: 'button secondary', href: `#/events?recipient=${encodeURIComponent(e.code || e.id)}` }, 'Events with this recipient')),
    h('h2', null, 'Mentions'), h('ol', { class: 'results' }, rows));
}

window.addEventListener('hashchange', route);
route();
