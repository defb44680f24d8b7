// Article view: the document text with entities, times, quantities and event triggers drawn from
// the contract's offsets; hover cards for entities; an event card for each trigger.
import { api, NotFound } from './api.js';
import { renderSpans } from './render.js';
import {
  h, factualityBadge, attributionChain, entityClass, entityTypeLabel, entityName, granularity,
  publisherLine, notFound,
} from './ui.js';

export async function articleView(main, id, params) {
  let doc;
  try {
    doc = await api(`documents/${encodeURIComponent(id)}`);
  } catch (e) {
    if (e instanceof NotFound) {
      main.replaceChildren(notFound(`There is no document with id „${id}” in this knowledge base.`));
      return;
    }
    throw e;
  }
  let stored = [];
  try {
    stored = (await api('events', { document: id, size: 500 })).items;
  } catch (e) { /* the card falls back to the contract */ }
  new ArticleView(main, doc, stored).show(params.get('event'));
}

class ArticleView {
  constructor(main, doc, stored) {
    this.main = main;
    this.doc = doc;
    this.text = doc.text || '';
    this.entities = new Map((doc.entities || []).map(e => [e.id, e]));
    this.events = doc.events || [];
    this.stored = new Map(stored.map(v => [v.localId, v]));
    this.selected = null;
  }

  show(eventId) {
    const d = this.doc;
    this.titleEl = h('h1', { class: 'lead-title', id: 'doc-title' });
    this.bodyEl = h('div', { class: 'body', id: 'doc-text', lang: d.lang || 'pl' });
    this.side = h('aside', { class: 'side', 'aria-label': 'Annotations' });
    this.cardSlot = h('div', { id: 'event-card-slot' });
    const meta = h('div', { class: 'doc-meta' },
      h('span', { id: 'doc-date' }, d.date || 'undated'), ' · ',
      h('span', { id: 'doc-source' }, publisherLine(d)),
      d.url ? [' · ', h('a', { href: d.url, rel: 'noopener noreferrer' }, 'original')] : null,
      d.origin && d.origin.path ? [' · ', h('span', { class: 'muted' }, d.origin.path)] : null,
      ' · ', h('a', { href: `/api/documents/${encodeURIComponent(d.id)}` }, 'contract JSON'));
    const legend = h('div', { class: 'legend', 'aria-label': 'Legend' },
      h('span', null, h('span', { class: 'sample ent ent-place' }, 'place'), ' ',
        h('span', { class: 'sample ent ent-pers' }, 'person'), ' ',
        h('span', { class: 'sample ent ent-org' }, 'organisation'), ' ',
        h('span', { class: 'sample ent ent-geog' }, 'geographic')),
      h('span', null, h('span', { class: 'sample time' }, 'time')),
      h('span', null, h('span', { class: 'sample qty' }, 'quantity')),
      h('span', null, h('span', { class: 'sample trig' }, 'event trigger'), ' (click or Enter for the event card)'),
      h('span', null, h('span', { class: 'sample evid' }, 'evidence')));
    const article = h('article', { class: 'article', 'aria-labelledby': 'doc-title' }, meta, legend, this.titleEl, this.bodyEl);
    this.main.replaceChildren(h('div', { class: 'article-layout' }, article, this.side));
    this.renderText();
    this.renderSide();
    this.wire();
    if (eventId && this.events.some(e => e.id === eventId)) {
      this.select(eventId, true);
    } else if (eventId) {
      this.cardSlot.replaceChildren(h('p', { class: 'problem' }, `This document has no event „${eventId}”.`));
    }
  }

  spans() {
    const spans = [];
    for (const e of this.entities.values()) {
      for (const m of e.mentions || []) {
        spans.push({ start: m.start, end: m.end, layer: 'ent', key: `ent:${e.id}:${m.start}`,
          cls: `ent ${entityClass(e.type)}`, attrs: { 'data-entity': e.id, tabindex: '0' } });
      }
    }
    (this.doc.times || []).forEach((t, i) => spans.push({ start: t.start, end: t.end, layer: 'time', key: `time:${i}`,
      cls: 'time', attrs: { 'data-time': String(i), title: t.value ? `time: ${t.value} (${t.granularity || granularity(t.value)})` : 'time: unresolved' } }));
    (this.doc.quantities || []).forEach((q, i) => spans.push({ start: q.start, end: q.end, layer: 'qty', key: `qty:${i}`,
      cls: 'qty', attrs: { 'data-quantity': String(i), title: `quantity: ${q.qualifier ? q.qualifier + ' ' : ''}${q.value ?? '?'}${q.unit ? ' ' + q.unit : ''}` } }));
    for (const v of this.events) {
      if (!v.trigger) continue;
      spans.push({ start: v.trigger.start, end: v.trigger.end, layer: 'trig', key: `trig:${v.id}`, cls: 'trig',
        attrs: { 'data-event': v.id, role: 'button', tabindex: '0', 'aria-label': `${v.trigger.text}: event ${v.type}, ${v.factuality}; open the event card` } });
    }
    if (this.selected) {
      const v = this.events.find(e => e.id === this.selected);
      (v && v.evidence || []).forEach((s, i) => spans.push({ start: s.start, end: s.end, layer: 'evid',
        key: `evid:${i}`, cls: 'evid', attrs: { 'data-evidence': v.id } }));
    }
    return spans;
  }

  renderText() {
    const title = this.doc.title;
    const cut = title && this.text.startsWith(title) ? title.length : null;
    const { parts, skipped } = renderSpans(this.text, this.spans(), cut);
    if (cut === null) {
      this.titleEl.textContent = title || '(untitled)';
      this.bodyEl.replaceChildren(parts[0]);
    } else {
      this.titleEl.replaceChildren(parts[0]);
      const body = parts[1];
      while (body.firstChild && body.firstChild.nodeType === Node.TEXT_NODE && !body.firstChild.textContent.trim()) {
        body.firstChild.remove();
      }
      if (body.firstChild && body.firstChild.nodeType === Node.TEXT_NODE) {
        body.firstChild.textContent = body.firstChild.textContent.replace(/^\s+/, '');
      }
      this.bodyEl.replaceChildren(body);
    }
    if (skipped) console.warn(`kronika: ${skipped} span(s) outside the text were not drawn`);
    if (this.selected) {
      for (const el of this.main.querySelectorAll(`.trig[data-event="${CSS.escape(this.selected)}"]`)) el.classList.add('selected');
    }
  }

  renderSide() {
    const d = this.doc;
    const layers = h('p', { class: 'muted small' });
    const evList = h('ul', { class: 'results', id: 'doc-events' });
    if (!('events' in d)) {
      layers.append('Event extraction has not run on this document yet (no events layer).');
    } else if (this.events.length === 0) {
      layers.append('No events were found in this document.');
    }
    for (const v of this.events) {
      evList.append(h('li', null, h('button', { class: 'link', 'data-open-event': v.id, onclick: () => this.select(v.id, true) },
        `${v.type}${v.mode ? '/' + v.mode : ''}: ${this.names(v.actors)} → ${this.names(v.recipients)}`), ' ',
        factualityBadge(v.factuality)));
    }
    const entList = h('ul', { class: 'results', id: 'doc-entities' });
    const ents = [...this.entities.values()].sort((a, b) => (b.mentions || []).length - (a.mentions || []).length);
    for (const e of ents) {
      entList.append(h('li', null,
        h('button', { class: 'link', onclick: () => this.flash(e.id) }, e.name), ' ',
        h('span', { class: 'muted small' }, `${entityTypeLabel(e.type)}${e.code ? ' · ' + e.code : ''} · ${(e.mentions || []).length}×`), ' ',
        h('a', { class: 'small', href: `#/entity?name=${encodeURIComponent(e.name)}&type=${encodeURIComponent(e.type || '')}` }, 'across documents')));
    }
    const times = h('ul', { class: 'results small', id: 'doc-times' });
    for (const t of d.times || []) {
      times.append(h('li', null, `„${t.text}” → `, h('code', null, t.value || 'unresolved'),
        t.value ? h('span', { class: 'muted' }, ` (${t.granularity || granularity(t.value)})`) : null));
    }
    this.side.replaceChildren(this.cardSlot,
      h('section', { class: 'card' }, h('h2', null, `Events (${this.events.length})`), layers, evList),
      h('section', { class: 'card' }, h('h2', null, `Entities (${ents.length})`), ents.length ? entList
        : h('p', { class: 'muted small' }, 'No entities in this document.')),
      (d.times || []).length ? h('section', { class: 'card' }, h('h2', null, `Times (${d.times.length})`), times) : null);
  }

  names(ids) {
    if (!ids || ids.length === 0) return '—';
    return ids.map(id => (this.entities.get(id) || { name: id }).name).join(', ');
  }

  wire() {
    const card = document.getElementById('hovercard');
    const showCard = target => {
      const e = this.entities.get(target.dataset.entity);
      if (!e) return;
      for (const el of this.main.querySelectorAll(`.ent[data-entity="${CSS.escape(e.id)}"]`)) el.classList.add('active');
      card.replaceChildren(
        h('div', { class: 'hc-name' }, e.name),
        h('div', { class: 'hc-row' }, `type: ${entityTypeLabel(e.type)} `, h('code', null, e.type || '?')),
        h('div', { class: 'hc-row' }, 'code: ', h('code', null, e.code || '—')),
        h('div', { class: 'hc-row' }, `mentions here: ${(e.mentions || []).length}`));
      card.dataset.entity = e.id;
      card.hidden = false;
      const r = target.getBoundingClientRect();
      card.style.left = `${Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + window.innerWidth - card.offsetWidth - 8))}px`;
      card.style.top = `${window.scrollY + r.bottom + 6}px`;
      target.setAttribute('aria-describedby', 'hovercard');
    };
    const hideCard = () => {
      card.hidden = true;
      for (const el of this.main.querySelectorAll('.ent.active')) el.classList.remove('active');
    };
    const host = this.main.querySelector('.article');
    host.addEventListener('mouseover', ev => {
      const t = ev.target.closest('.ent');
      if (t) showCard(t);
    });
    host.addEventListener('mouseout', ev => {
      const t = ev.target.closest('.ent');
      if (t && !(ev.relatedTarget && t.contains(ev.relatedTarget))) hideCard();
    });
    host.addEventListener('focusin', ev => {
      const t = ev.target.closest('.ent');
      if (t) showCard(t);
    });
    host.addEventListener('focusout', hideCard);
    host.addEventListener('click', ev => {
      const t = ev.target.closest('.trig');
      if (t) this.select(t.dataset.event, false);
    });
    host.addEventListener('keydown', ev => {
      const t = ev.target.closest('.trig');
      if (t && (ev.key === 'Enter' || ev.key === ' ')) {
        ev.preventDefault();
        this.select(t.dataset.event, false);
      }
    });
    this.keyHandler = ev => {
      if (ev.key === 'Escape' && this.selected) this.close();
    };
    document.addEventListener('keydown', this.keyHandler);
    window.addEventListener('hashchange', () => document.removeEventListener('keydown', this.keyHandler), { once: true });
  }

  flash(entityId) {
    const first = this.main.querySelector(`.ent[data-entity="${CSS.escape(entityId)}"]`);
    if (first) {
      first.scrollIntoView({ block: 'center' });
      first.focus();
    }
  }

  select(eventId, scroll) {
    this.selected = eventId;
    this.renderText();
    const v = this.events.find(e => e.id === eventId);
    this.cardSlot.replaceChildren(eventCard(v, this.stored.get(eventId), this.doc, () => this.close()));
    const base = location.hash.split('?')[0];
    history.replaceState(null, '', `${base}?event=${encodeURIComponent(eventId)}`);
    if (scroll) {
      const ev = this.main.querySelector('.evid') || this.main.querySelector(`.trig[data-event="${CSS.escape(eventId)}"]`);
      if (ev) ev.scrollIntoView({ block: 'center' });
    }
    this.cardSlot.querySelector('.event-card').focus({ preventScroll: true });
  }

  close() {
    const id = this.selected;
    this.selected = null;
    this.cardSlot.replaceChildren();
    this.renderText();
    history.replaceState(null, '', location.hash.split('?')[0]);
    const t = this.main.querySelector(`.trig[data-event="${CSS.escape(id)}"]`);
    if (t) t.focus();
  }
}

/**
 * The event card: actor → type/mode → recipient, time and its granularity, location, quantities,
 * the attribution chain as a path, the factuality badge, origin and cluster.
 *
 * @param v the contract event (may be null when only the stored view is known)
 * @param s the stored event view from /api/events (may be null)
 * @param doc the contract document (for entity names, quantities, text and source)
 */
export function eventCard(v, s, doc, onClose) {
  const ents = new Map(((doc && doc.entities) || []).map(e => [e.id, e]));
  const refs = (stored, local) => {
    if (stored && stored.length) return stored;
    return (local || []).map(id => { const e = ents.get(id); return e ? { name: e.name, code: e.code } : { name: id }; });
  };
  const type = (v && v.type) || (s && s.type);
  const mode = (v && v.mode) || (s && s.mode);
  const factuality = (v && v.factuality) || (s && s.factuality) || 'unknown';
  const actors = refs(s && s.actors, v && v.actors);
  const recipients = refs(s && s.recipients, v && v.recipients);
  const time = (v && v.time) || (s && s.time);
  let location = s && s.location ? entityName(s.location) : null;
  if (!location && v && v.location) location = (ents.get(v.location) || { name: v.location }).name;
  const quantities = ((v && v.quantities) || []).map(i => (doc.quantities || [])[i]).filter(Boolean);
  const attribution = (v && v.attribution) || (s && s.attribution) || [];
  const evidence = (v && v.evidence && doc.text) ? v.evidence.map(e => doc.text.slice(e.start, e.end))
    : ((s && s.evidence) || []).map(e => e.text);
  const trigger = (v && v.trigger) || (s && s.trigger);
  const confidence = (v && v.confidence) ?? (s && s.confidence);
  const node = list => h('span', { class: 'node' }, list.length ? list.map(entityName).join(' + ') : '—');
  const card = h('section', { class: 'card event-card', id: 'event-card', tabindex: '-1', role: 'region',
    'aria-label': `Event card ${type}`, 'data-event': (v && v.id) || (s && s.localId) || '' },
    h('header', null, h('h2', null, 'Event ', h('span', { class: 'type-tag' }, type || '?')),
      h('span', null, factualityBadge(factuality),
        onClose ? h('button', { class: 'secondary', style: 'margin-left:.5rem', onclick: onClose, 'aria-label': 'Close the event card' }, '×') : null)),
    h('div', { class: 'who', 'aria-label': 'Who did what to whom' },
      h('span', { class: 'actors' }, node(actors)), h('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'),
      h('span', { class: 'verb' }, `${type || '?'}${mode ? ' / ' + mode : ''}`), h('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'),
      h('span', { class: 'recipients' }, node(recipients))),
    h('dl', { class: 'facts' },
      h('dt', null, 'Trigger'), h('dd', null, trigger ? [`„${trigger.text}”`, trigger.lemma ? h('span', { class: 'muted' }, ` (${trigger.lemma})`) : null] : '—'),
      h('dt', null, 'Time'), h('dd', { class: 'event-time' }, time ? [h('code', null, time), h('span', { class: 'muted' }, ` — ${granularity(time)}`)]
        : h('span', { class: 'muted' }, 'not stated (the document date applies)')),
      h('dt', null, 'Location'), h('dd', null, location || h('span', { class: 'muted' }, '—')),
      h('dt', null, 'Quantities'), h('dd', null, quantities.length ? quantities.map((q, i) => [i ? '; ' : '', `„${q.text}”`,
        h('span', { class: 'muted' }, ` (${q.qualifier ? q.qualifier + ' ' : ''}${q.value ?? '?'}${q.unit ? ' ' + q.unit : ''})`)])
        : h('span', { class: 'muted' }, '—')),
      h('dt', null, 'Factuality'), h('dd', null, factualityBadge(factuality), confidence !== undefined && confidence !== null
        ? h('span', { class: 'muted small' }, ` confidence ${Number(confidence).toFixed(2)}`) : null),
      s && s.origin ? [h('dt', null, 'Independent origin'), h('dd', { class: 'event-origin' }, s.origin.name,
        h('span', { class: 'muted small' }, ` (${s.origin.kind})`))] : null,
      s && s.cluster ? [h('dt', null, 'Real-world event'), h('dd', null,
        h('a', { href: `#/cluster/${encodeURIComponent(s.cluster)}`, class: 'cluster-link' }, 'all reports of this event'))] : null),
    h('h3', null, 'According to'),
    attributionChain(doc ? doc.source : (s ? { publisher: s.publisher, credits: [] } : null), attribution),
    attribution.length === 0 ? h('p', { class: 'muted small' }, 'No attribution in the text: the article states this in its own (or its agency’s) voice.') : null,
    evidence.length ? [h('h3', null, 'Evidence'), evidence.map(t => h('blockquote', { class: 'quote', lang: 'pl' }, t))] : null);
  return card;
}
