// Offset-based rendering of an annotated text. Spans are half-open [start, end) UTF-16 offsets
// into the text (JavaScript string indices), exactly as the kronika/1 contract writes them.
//
// The text is cut at every span boundary; each piece is wrapped in one element per span that covers
// it, nested in a fixed layer order (evidence, entity, time, quantity, trigger). Overlapping and
// crossing spans therefore work: a span that crosses another is drawn as several fragments that
// share its data attributes. Text goes in through text nodes only, so nothing in it is markup.

const LAYER_ORDER = { evid: 0, ent: 1, time: 2, qty: 3, trig: 4 };

/**
 * @param text the document text
 * @param spans [{start, end, layer, cls, attrs, key}] — key identifies one span across its fragments
 * @param cut optional offset at which to split the output into two parts (title and body)
 * @returns {parts: [DocumentFragment, DocumentFragment], skipped: number}
 */
export function renderSpans(text, spans, cut) {
  const valid = [];
  let skipped = 0;
  for (const s of spans) {
    if (Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end) {
      valid.push(s);
    } else {
      skipped++;
    }
  }
  const points = new Set([0, text.length]);
  if (cut !== undefined && cut !== null && cut > 0 && cut < text.length) points.add(cut);
  for (const s of valid) {
    points.add(s.start);
    points.add(s.end);
  }
  const bounds = [...points].sort((a, b) => a - b);
  // sweep: spans sorted by start; active set updated at each boundary
  const byStart = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts = [document.createDocumentFragment(), document.createDocumentFragment()];
  const seen = new Set();
  let next = 0;
  let active = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i];
    const b = bounds[i + 1];
    active = active.filter(s => s.end > a);
    while (next < byStart.length && byStart[next].start <= a) {
      if (byStart[next].end > a) active.push(byStart[next]);
      next++;
    }
    const covering = active.filter(s => s.start <= a && s.end >= b)
      .sort((x, y) => (LAYER_ORDER[x.layer] - LAYER_ORDER[y.layer]) || (x.start - y.start) || (y.end - x.end));
    let node = document.createTextNode(text.slice(a, b));
    for (let j = covering.length - 1; j >= 0; j--) {
      const s = covering[j];
      const el = document.createElement('span');
      el.className = s.cls;
      const first = !seen.has(s.key);
      seen.add(s.key);
      for (const [k, v] of Object.entries(s.attrs || {})) {
        if (k === 'tabindex' || k === 'role' || k === 'aria-label') {
          if (first) el.setAttribute(k, v); // one tab stop per span, on its first fragment
        } else {
          el.setAttribute(k, v);
        }
      }
      if (!first) el.classList.add('cont');
      el.append(node);
      node = el;
    }
    parts[cut !== undefined && cut !== null && a >= cut ? 1 : 0].append(node);
  }
  return { parts, skipped };
}
