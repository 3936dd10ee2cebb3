/** The browse view's filters as the hash holds them; dates are the reader's calendar days (YYYY-MM-DD). */
export interface BrowseQuery {
  q: string;
  entity: string;
  site: string;
  tag: string;
  from: string;
  to: string;
}

export const EMPTY_QUERY: BrowseQuery = { q: '', entity: '', site: '', tag: '', from: '', to: '' };
const QUERY_KEYS = Object.keys(EMPTY_QUERY) as Array<keyof BrowseQuery>;

export type Route =
  | { view: 'browse'; query: BrowseQuery }
  | { view: 'clip'; id: number }
  | { view: 'entity'; id: string }
  | { view: 'watchlist' }
  | { view: 'settings' }
  | { view: 'missing'; path: string };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * Reads a location hash ("#/clip/12", "#/entity/country%3AAF", "#/?site=bbc.co.uk"). Anything unknown is
 * `missing`, so that a stale bookmark says so instead of showing some other page.
 */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart, search = ''] = raw.split('?', 2) as [string, string?];
  const path = pathPart === '' ? '/' : pathPart;
  if (path === '/') {
    const params = new URLSearchParams(search);
    const query = { ...EMPTY_QUERY };
    for (const key of QUERY_KEYS) query[key] = params.get(key)?.trim() ?? '';
    if (!isDay(query.from)) query.from = '';
    if (!isDay(query.to)) query.to = '';
    return { view: 'browse', query };
  }
  if (path === '/watchlist') return { view: 'watchlist' };
  if (path === '/settings') return { view: 'settings' };
  const clip = /^\/clip\/(\d{1,15})$/.exec(path);
  if (clip) return { view: 'clip', id: Number(clip[1]) };
  const entity = /^\/entity\/(.+)$/.exec(path);
  const id = entity && decode(entity[1] as string);
  if (id) return { view: 'entity', id };
  return { view: 'missing', path };
}

/** The hash of a browse view with these filters; empty ones are left out. */
export function browseHref(query: Partial<BrowseQuery> = {}): string {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const value = query[key]?.trim();
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `#/?${search}` : '#/';
}

export const clipHref = (id: number): string => `#/clip/${id}`;
export const entityHref = (id: string): string => `#/entity/${encodeURIComponent(id)}`;
export const WATCHLIST_HREF = '#/watchlist';
export const SETTINGS_HREF = '#/settings';

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'browse':
      return browseHref(route.query);
    case 'clip':
      return clipHref(route.id);
    case 'entity':
      return entityHref(route.id);
    case 'watchlist':
      return WATCHLIST_HREF;
    case 'settings':
      return SETTINGS_HREF;
    case 'missing':
      return `#${route.path}`;
  }
}

/** Which top-level section a route belongs to, for the navigation's current item. */
export function sectionOf(route: Route): 'browse' | 'watchlist' | 'settings' | null {
  if (route.view === 'browse' || route.view === 'clip') return 'browse';
  if (route.view === 'watchlist' || route.view === 'settings') return route.view;
  return null;
}

function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

/** True when any filter (or the search text) is set. */
export const isFiltered = (query: BrowseQuery): boolean => QUERY_KEYS.some((k) => query[k] !== '');
