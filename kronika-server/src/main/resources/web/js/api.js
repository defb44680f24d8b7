// The JSON API under /api. Problems (RFC 7807) become ApiError; 404 has its own class so views
// can show the "not found" page.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `HTTP ${status}`);
    this.status = status;
  }
}

export class NotFound extends ApiError {}

/** Builds a query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function api(path, params) {
  const res = await fetch(`/api/${path}${query(params)}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    let detail = `HTTP ${res.status}`;
    try {
      const p = await res.json();
      detail = p.detail || p.title || detail;
    } catch (e) { /* not JSON */ }
    throw res.status === 404 ? new NotFound(404, detail) : new ApiError(res.status, detail);
  }
  return res.json();
}
