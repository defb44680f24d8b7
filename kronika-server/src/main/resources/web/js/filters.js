// The filter form shared by search, events and network; field names are the API's parameters.
import { api } from './api.js';
import { h, typeOptions, factualityOptions, entityTypeLabel } from './ui.js';

function formParams(form) {
  const out = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) {
    if (String(v).trim() !== '') out.set(k, String(v).trim());
  }
  return out;
}

let entityOptions = null;
async function actorDatalist() {
  if (!entityOptions) {
    entityOptions = h('datalist', { id: 'actor-options' });
    try {
      for (const e of (await api('entities', { size: 200 })).items) {
        entityOptions.append(h('option', { value: e.code || e.id }, `${e.name} · ${entityTypeLabel(e.type)}`));
      }
    } catch (e) { /* suggestions only */ }
  }
  return entityOptions;
}

/** The filter form shared by search, events and network: names match the API parameters. */
export async function filterForm(params, fields, onSubmit, submitLabel) {
  const f = h('form', { class: 'filters', role: 'search' });
  const add = (label, control) => f.append(h('label', null, label, control));
  if (fields.includes('q')) add('Search (any inflected form)', h('input', { type: 'search', name: 'q', id: 'q', value: params.get('q') || '', placeholder: 'np. Koreą Północną, sankcje, dostarczyła' }));
  if (fields.includes('type')) add('Event type', h('select', { name: 'type', id: 'f-type' }, typeOptions(params.get('type'))));
  if (fields.includes('actor')) add('Actor (code or id)', h('input', { type: 'text', name: 'actor', id: 'f-actor', list: 'actor-options', size: 10, value: params.get('actor') || '' }));
  if (fields.includes('recipient')) add('Recipient', h('input', { type: 'text', name: 'recipient', id: 'f-recipient', list: 'actor-options', size: 10, value: params.get('recipient') || '' }));
  if (fields.includes('from')) add('From', h('input', { type: 'date', name: 'from', id: 'f-from', value: params.get('from') || '' }));
  if (fields.includes('to')) add('To', h('input', { type: 'date', name: 'to', id: 'f-to', value: params.get('to') || '' }));
  if (fields.includes('factuality')) add('Factuality', h('select', { name: 'factuality', id: 'f-factuality' }, factualityOptions(params.get('factuality'))));
  if (fields.includes('source')) add('Source', h('input', { type: 'text', name: 'source', id: 'f-source', size: 10, value: params.get('source') || '' }));
  for (const k of ['interval']) if (params.get(k)) f.append(h('input', { type: 'hidden', name: k, value: params.get(k) }));
  f.append(h('button', { type: 'submit' }, submitLabel || 'Apply'));
  f.append(await actorDatalist());
  f.addEventListener('submit', ev => {
    ev.preventDefault();
    onSubmit(formParams(f));
  });
  return f;
}

