// Actor network: entities (countries, people, organisations) as nodes, one directed edge per
// actor → recipient pair and event type, its width by the number of reports. Cytoscape draws it;
// the same edges are listed in a table for keyboard and screen-reader users.
import { api } from './api.js';
import { h, loadScript, LIBS, typeColour, entityName, entityTypeLabel } from './ui.js';
import { filterForm } from './filters.js';

const NODE_STYLE = {
  'placeName.country': { shape: 'round-rectangle', color: '#0072B2' },
  persName: { shape: 'ellipse', color: '#CC79A7' },
  orgName: { shape: 'diamond', color: '#009E73' },
};

function nodeStyle(type) {
  return NODE_STYLE[type] || (type && type.startsWith('placeName') ? { shape: 'hexagon', color: '#56B4E9' } : { shape: 'triangle', color: '#78848e' });
}

export async function networkView(main, params) {
  const filters = {};
  for (const k of ['type', 'from', 'to', 'factuality', 'source', 'actor']) if (params.get(k)) filters[k] = params.get(k);
  const graph = await api('graph', { ...filters, limit: 300 });
  const form = await filterForm(params, ['type', 'actor', 'from', 'to', 'factuality', 'source'],
    p => { location.hash = `#/network?${p}`; }, 'Filter');
  const names = new Map(graph.nodes.map(n => [n.id, n]));
  const el = h('div', { class: 'graph', id: 'graph', role: 'img',
    'aria-label': `Actor network with ${graph.nodes.length} actors and ${graph.edges.length} typed links; the table below lists every link.` });
  const rows = graph.edges.slice().sort((a, b) => b.events - a.events).map(e => h('tr', null,
    h('td', null, entityName(names.get(e.source))), h('td', null, h('span', { class: 'type-tag' }, e.type)),
    h('td', null, entityName(names.get(e.target))), h('td', null, String(e.events)), h('td', null, String(e.clusters)),
    h('td', null, h('a', { href: `#/events?actor=${encodeURIComponent(e.source)}&recipient=${encodeURIComponent(e.target)}&type=${e.type}` }, 'reports'))));
  const legend = h('p', { class: 'legend' },
    ...Object.entries({ country: NODE_STYLE['placeName.country'], person: NODE_STYLE.persName, organisation: NODE_STYLE.orgName })
      .map(([label, s]) => h('span', null, h('span', { style: `display:inline-block;width:.9em;height:.9em;background:${s.color};border-radius:${s.shape === 'ellipse' ? '50%' : '2px'}` }), ` ${label} (${s.shape})`)),
    h('span', null, 'Edge: actor → recipient, labelled with the event type; thicker = more reports. Click a node or edge to see its events.'));
  main.replaceChildren(h('h1', null, 'Actor network'), form, legend,
    graph.nodes.length ? el : h('p', { class: 'empty', id: 'no-graph' }, 'No events with both an actor and a recipient are stored (or none match the filters).'),
    h('h2', null, `Links (${graph.edges.length})`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'edges-table' },
      h('thead', null, h('tr', null, ['Actor', 'Type', 'Recipient', 'Reports', 'Real-world events', ''].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', null, rows))));
  if (!graph.nodes.length) return;
  await loadScript(LIBS.cytoscape);
  const max = Math.max(1, ...graph.edges.map(e => e.events));
  const edgeTypes = [...new Set(graph.edges.map(e => e.type))].sort();
  const cy = cytoscape({
    container: el,
    wheelSensitivity: 0.3,
    minZoom: 0.3,
    maxZoom: 1.3, // a small graph is not blown up to fill the box
    elements: [
      ...graph.nodes.map(n => ({ data: { id: n.id, label: n.code && n.type === 'placeName.country' ? `${n.name} (${n.code})` : n.name,
        kind: entityTypeLabel(n.type), events: n.events, shape: nodeStyle(n.type).shape, color: nodeStyle(n.type).color } })),
      ...graph.edges.map((e, i) => ({ data: { id: `x${i}`, source: e.source, target: e.target, label: `${e.type} ×${e.events}`,
        type: e.type, events: e.events, width: 1.5 + 8 * Math.sqrt(e.events / max), color: typeColour(e.type, edgeTypes) } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', shape: 'data(shape)', 'background-color': 'data(color)',
        width: 'mapData(events, 0, 20, 26, 60)', height: 'mapData(events, 0, 20, 26, 60)', 'font-size': 13,
        'text-valign': 'bottom', 'text-margin-y': 4, color: '#1d2329', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 11,
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2 } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#ffbf47' } },
    ],
    layout: { name: graph.nodes.length > 2 ? 'cose' : 'circle', animate: false, randomize: false, nodeRepulsion: 400000,
      idealEdgeLength: 160, componentSpacing: 120, nodeOverlap: 40, padding: 40 },
  });
  cy.on('tap', 'node', ev => { location.hash = `#/events?actor=${encodeURIComponent(ev.target.id())}`; });
  cy.on('tap', 'edge', ev => {
    const d = ev.target.data();
    location.hash = `#/events?actor=${encodeURIComponent(d.source)}&recipient=${encodeURIComponent(d.target)}&type=${d.type}`;
  });
  window.kronika = Object.assign(window.kronika || {}, { network: cy });
}
