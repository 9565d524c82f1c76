/**
 * Views of the questionnaire as URL hashes, so back, forward, reload and bookmarks work on a static page:
 * `#/` the start view, `#/a/<id>` the overview of an assessment, `#/a/<id>/<clause>` one clause (`#/a/x/5.2`).
 */

export type Route =
  { view: 'start' } | { view: 'overview'; id: string } | { view: 'clause'; id: string; clause: string };

export const START: Route = { view: 'start' };

/**
 * The route of a hash. Null when the hash is not one of ours (Starlight's `#_top` skip link, a heading
 * anchor): the current view stays. An unknown `#/…` goes to the start view.
 */
export function parseRoute(hash: string): Route | null {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return START;
  if (!path.startsWith('/')) return null;
  const parts = path.slice(1).split('/');
  if (parts[0] !== 'a' || !parts[1]) return START;
  let id: string;
  try {
    id = decodeURIComponent(parts[1]);
  } catch {
    return START;
  }
  if (parts.length === 2 || (parts.length === 3 && parts[2] === '')) return { view: 'overview', id };
  const clause = parts[2];
  if (parts.length === 3 && clause !== undefined && /^\d+\.\d+$/.test(clause)) return { view: 'clause', id, clause };
  return { view: 'overview', id };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'start':
      return '#/';
    case 'overview':
      return `#/a/${encodeURIComponent(route.id)}`;
    case 'clause':
      return `#/a/${encodeURIComponent(route.id)}/${route.clause}`;
  }
}
