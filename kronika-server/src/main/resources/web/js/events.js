// Events view: the timeline (events per month or week, stacked by type; brushing selects buckets)
// above a sortable, filterable table of event reports. Brushing the timeline filters the table.
import { api, query } from './api.js';
import { h, factualityBadge, entityList, loadScript, LIBS, typeColour } from './ui.js';
import { filterForm } from './filters.js';

const FILTERS = ['type', 'actor', 'recipient', 'from', 'to', 'factuality', 'source', 'cluster'];

export function isoWeek(day) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7)); // the Thursday of its week
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d - yearStart) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function bucketOf(ev, interval) {
  if (!ev.day) return null;
  return interval === 'week' ? isoWeek(ev.day) : ev.day.slice(0, 7);
}

export async function eventsView(main, params) {
  const interval = params.get('interval') === 'week' ? 'week' : 'month';
  const filters = {};
  for (const k of FILTERS) if (params.get(k)) filters[k] = params.get(k);
  const [events, timeline] = await Promise.all([
    api('events', { ...filters, size: 500 }),
    api('timeline', { ...filters, interval }),
  ]);
  const form = await filterForm(params, ['type', 'actor', 'recipient', 'from', 'to', 'factuality', 'source'],
    p => { p.set('interval', interval); location.hash = `#/events?${p}`; }, 'Filter');
  const other = interval === 'week' ? 'month' : 'week';
  const switchParams = new URLSearchParams(params);
  switchParams.set('interval', other);
  const chartEl = h('div', { class: 'chart', id: 'timeline', role: 'img',
    'aria-label': `Events per ${interval}, stacked by type. Drag across the chart to select a period; the table below follows the selection.` });
  const brushNote = h('span', { id: 'brush-note', class: 'muted', 'aria-live': 'polite' }, 'Drag across the timeline to select a period.');
  const clearBrush = h('button', { class: 'secondary', id: 'clear-brush', type: 'button', hidden: true }, 'Clear period');
  const table = new EventTable(events.items, interval);
  const exportQ = query(filters);
  main.replaceChildren(
    h('h1', null, 'Events & timeline'),
    form,
    h('div', { class: 'toolbar' },
      h('strong', null, `Events per ${interval}`),
      h('a', { href: `#/events?${switchParams}`, id: 'interval-switch' }, `per ${other} instead`),
      brushNote, clearBrush),
    chartEl,
    h('div', { class: 'toolbar' },
      h('h2', { style: 'margin:0' }, 'Event reports'),
      h('label', null, 'Quick filter ', h('input', { type: 'search', id: 'quick-filter', placeholder: 'any column', oninput: e => table.setText(e.target.value) })),
      h('span', { id: 'row-count', class: 'muted', 'aria-live': 'polite' }),
      events.total > events.items.length ? h('span', { class: 'muted' }, `(first ${events.items.length} of ${events.total}; narrow the filters)`) : null,
      h('a', { href: `/api/events.csv${exportQ}` }, 'CSV'), h('a', { href: `/api/events.jsonl${exportQ}` }, 'JSONL')),
    events.items.length ? table.element : h('p', { class: 'empty', id: 'no-events' },
      Object.keys(filters).length ? 'No event reports match these filters.'
        : 'No event reports are stored yet. Events appear once the event layer runs at ingest (see docs/WORKBENCH.md).'));
  table.render();
  if (!timeline.buckets.length) {
    chartEl.replaceChildren(h('p', { class: 'muted', style: 'padding:1rem' }, 'No dated events to chart.'));
    return;
  }
  await loadScript(LIBS.echarts);
  drawTimeline(chartEl, timeline.buckets, interval, selected => {
    table.setBuckets(selected);
    clearBrush.hidden = !selected;
    brushNote.textContent = selected ? `Selected: ${selected[0]} – ${selected[selected.length - 1]} (${table.visibleCount()} reports)`
      : 'Drag across the timeline to select a period.';
  }, clearBrush);
}

function drawTimeline(el, buckets, interval, onSelect, clearButton) {
  const names = [...new Set(buckets.map(b => b.bucket))].sort();
  const types = [...new Set(buckets.map(b => b.type))].sort();
  const series = types.map(t => ({
    name: t, type: 'bar', stack: 'events', emphasis: { focus: 'series' },
    itemStyle: { color: typeColour(t, types), borderColor: '#fff', borderWidth: 1 },
    data: names.map(n => {
      const b = buckets.find(x => x.bucket === n && x.type === t);
      return b ? b.events : 0;
    }),
  }));
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    aria: { enabled: true, decal: { show: true } }, // decal patterns: types differ by texture too
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 4, type: 'scroll' },
    grid: { left: 44, right: 60, top: 40, bottom: 30 },
    toolbox: { right: 8, feature: { brush: { type: ['lineX', 'clear'], title: { lineX: 'Select a period', clear: 'Clear' } } } },
    brush: { xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', throttleType: 'debounce', throttleDelay: 150,
      brushStyle: { color: 'rgba(11,92,173,0.15)', borderColor: '#0b5cad', borderWidth: 1 } },
    xAxis: { type: 'category', data: names, name: interval },
    yAxis: { type: 'value', minInterval: 1, name: 'reports' },
    series,
  });
  // brushing is on by default: dragging across the plot selects a period
  chart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX', brushMode: 'single' } });
  chart.on('brushSelected', params => {
    const batch = params.batch && params.batch[0];
    const idx = new Set();
    if (batch && batch.areas && batch.areas.length) {
      for (const s of batch.selected || []) for (const i of s.dataIndex || []) idx.add(i);
      const area = batch.areas[0];
      if (area.coordRange) {
        const [a, b] = area.coordRange;
        for (let i = Math.max(0, a); i <= Math.min(names.length - 1, b); i++) idx.add(i);
      }
    }
    const chosen = [...idx].sort((a, b) => a - b).map(i => names[i]);
    onSelect(chosen.length ? chosen : null);
  });
  clearButton.addEventListener('click', () => chart.dispatchAction({ type: 'brush', areas: [] }));
  new ResizeObserver(() => chart.resize()).observe(el);
  window.kronika = Object.assign(window.kronika || {}, {
    timeline: {
      chart, buckets: names,
      /** Selects buckets first..last as a brush would (for keyboard users and tests). */
      select(first, last) {
        const a = names.indexOf(first);
        const b = names.indexOf(last ?? first);
        chart.dispatchAction({ type: 'brush', areas: [{ brushType: 'lineX', xAxisIndex: 0, coordRange: [a, b] }] });
      },
    },
  });
}

const COLUMNS = [
  { key: 'day', label: 'Date', value: e => e.time || e.day || '' },
  { key: 'type', label: 'Type', value: e => `${e.type}${e.mode ? '/' + e.mode : ''}` },
  { key: 'actors', label: 'Actor', value: e => e.actors.map(a => a.name).join(', ') },
  { key: 'recipients', label: 'Recipient', value: e => e.recipients.map(a => a.name).join(', ') },
  { key: 'factuality', label: 'Factuality', value: e => e.factuality },
  { key: 'evidence', label: 'Evidence', value: e => (e.evidence[0] && e.evidence[0].text) || (e.trigger && e.trigger.text) || '' },
  { key: 'source', label: 'Source', value: e => e.publisher || '' },
  { key: 'origin', label: 'Origin', value: e => (e.origin && e.origin.name) || '' },
];

class EventTable {
  constructor(items, interval) {
    this.items = items;
    this.interval = interval;
    this.sort = { key: 'day', dir: 1 };
    this.text = '';
    this.buckets = null;
    this.tbody = h('tbody');
    this.head = h('tr');
    for (const c of COLUMNS) {
      const th = h('th', { scope: 'col', 'data-col': c.key, 'aria-sort': c.key === 'day' ? 'ascending' : 'none' },
        h('button', { type: 'button', onclick: () => this.sortBy(c.key) }, c.label));
      this.head.append(th);
    }
    this.element = h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'events-table' },
      h('caption', { class: 'muted small', style: 'text-align:left;padding:.3rem .5rem' }, 'Each row is one report of an event in one article; the evidence links to the sentence.'),
      h('thead', null, this.head), this.tbody));
  }

  sortBy(key) {
    this.sort = { key, dir: this.sort.key === key ? -this.sort.dir : 1 };
    for (const th of this.head.children) {
      th.setAttribute('aria-sort', th.dataset.col === key ? (this.sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    }
    this.render();
  }

  setText(t) { this.text = t.trim().toLowerCase(); this.render(); }

  setBuckets(b) { this.buckets = b ? new Set(b) : null; this.render(); }

  rows() {
    const col = COLUMNS.find(c => c.key === this.sort.key);
    return this.items
      .filter(e => !this.buckets || this.buckets.has(bucketOf(e, this.interval)))
      .filter(e => !this.text || COLUMNS.some(c => String(c.value(e)).toLowerCase().includes(this.text)))
      .sort((a, b) => this.sort.dir * String(col.value(a)).localeCompare(String(col.value(b)), 'pl') || a.id - b.id);
  }

  visibleCount() { return this.rows().length; }

  render() {
    const rows = this.rows();
    this.tbody.replaceChildren(...rows.map(e => {
      const href = `#/doc/${encodeURIComponent(e.documentId)}?event=${encodeURIComponent(e.localId)}`;
      const ev = (e.evidence[0] && e.evidence[0].text) || (e.trigger && e.trigger.text) || 'evidence';
      return h('tr', { 'data-event-key': e.key, 'data-bucket': bucketOf(e, this.interval) || '' },
        h('td', null, e.time || e.day || '—', e.time && e.day && e.time !== e.day ? null : null),
        h('td', null, h('span', { class: 'type-tag' }, e.type), e.mode ? h('span', { class: 'muted small' }, ` ${e.mode}`) : null),
        h('td', null, entityList(e.actors)),
        h('td', null, entityList(e.recipients)),
        h('td', null, factualityBadge(e.factuality)),
        h('td', { lang: 'pl' }, h('a', { href, class: 'evidence-link' }, ev.length > 140 ? ev.slice(0, 140) + '…' : ev)),
        h('td', null, e.publisher || '—', h('div', { class: 'muted small' }, e.documentDate || '')),
        h('td', null, e.origin ? e.origin.name : '—',
          e.cluster ? h('div', null, h('a', { class: 'small', href: `#/cluster/${encodeURIComponent(e.cluster)}` }, 'cluster')) : null));
    }));
    const count = document.getElementById('row-count');
    if (count) count.textContent = `${rows.length} of ${this.items.length} shown`;
  }
}
