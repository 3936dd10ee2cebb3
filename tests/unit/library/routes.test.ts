import { describe, expect, it } from 'vitest';
import {
  clipFilterOf,
  dayEnd,
  dayStart,
  matchesFilter,
  rangeIsBackwards,
} from '@/components/library/clip-filter';
import {
  browseHref,
  EMPTY_QUERY,
  entityHref,
  hrefOf,
  isFiltered,
  parseRoute,
  type Route,
  sectionOf,
} from '@/components/library/routes';

describe('library routes', () => {
  it('reads each view from the hash', () => {
    expect(parseRoute('')).toEqual({ view: 'browse', query: EMPTY_QUERY });
    expect(parseRoute('#/')).toEqual({ view: 'browse', query: EMPTY_QUERY });
    expect(parseRoute('#/clip/42')).toEqual({ view: 'clip', id: 42 });
    expect(parseRoute('#/watchlist')).toEqual({ view: 'watchlist' });
    expect(parseRoute('#/settings')).toEqual({ view: 'settings' });
  });

  it('reads entity ids as the background writes them (encoded) and as typed', () => {
    // lib/background/store-handlers.ts briefingPath encodes the id.
    expect(parseRoute(`#/entity/${encodeURIComponent('country:AF')}`)).toEqual({
      view: 'entity',
      id: 'country:AF',
    });
    expect(parseRoute('#/entity/org:taliban')).toEqual({ view: 'entity', id: 'org:taliban' });
    expect(parseRoute('#/entity/watch:ursula-von-der-leyen')).toEqual({
      view: 'entity',
      id: 'watch:ursula-von-der-leyen',
    });
  });

  it('says a page is missing instead of guessing', () => {
    expect(parseRoute('#/clip/abc')).toEqual({ view: 'missing', path: '/clip/abc' });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'missing', path: '/nowhere' });
    expect(parseRoute('#/entity/%E0%A4%A')).toEqual({ view: 'missing', path: '/entity/%E0%A4%A' });
  });

  it('keeps browse filters in the hash, dropping empty ones and invalid dates', () => {
    const href = browseHref({
      entity: 'country:AF',
      site: 'bbc.co.uk',
      tag: 'aid & access',
      from: '2025-01-31',
    });
    expect(href).not.toContain('q=');
    expect(parseRoute(href)).toEqual({
      view: 'browse',
      query: {
        ...EMPTY_QUERY,
        entity: 'country:AF',
        site: 'bbc.co.uk',
        tag: 'aid & access',
        from: '2025-01-31',
      },
    });
    expect(browseHref()).toBe('#/');
    expect(parseRoute('#/?from=2025-02-30&to=yesterday&site=x')).toEqual({
      view: 'browse',
      query: { ...EMPTY_QUERY, site: 'x' },
    });
  });

  it('writes back what it reads', () => {
    const routes: Route[] = [
      { view: 'clip', id: 7 },
      { view: 'entity', id: 'org:un' },
      { view: 'watchlist' },
      { view: 'settings' },
      { view: 'browse', query: { ...EMPTY_QUERY, q: 'Kabul aid', to: '2025-05-01' } },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
    expect(entityHref('country:AF')).toBe('#/entity/country%3AAF');
  });

  it('puts clips under the archive in the navigation', () => {
    expect(sectionOf({ view: 'clip', id: 1 })).toBe('browse');
    expect(sectionOf({ view: 'entity', id: 'x' })).toBeNull();
    expect(sectionOf({ view: 'settings' })).toBe('settings');
  });
});

describe('browse filters', () => {
  it('turns calendar days into inclusive bounds in the reader’s time zone', () => {
    expect(dayStart('2025-03-09')).toBe(new Date(2025, 2, 9).getTime());
    expect(dayEnd('2025-03-09')).toBe(new Date(2025, 2, 10).getTime() - 1);
    expect(
      clipFilterOf({ ...EMPTY_QUERY, q: 'ignored', tag: 'aid', from: '2025-03-09', to: '2025-03-09' }),
    ).toEqual({
      tag: 'aid',
      from: new Date(2025, 2, 9).getTime(),
      to: new Date(2025, 2, 10).getTime() - 1,
    });
    expect(clipFilterOf(EMPTY_QUERY)).toEqual({});
  });

  it('notices a range that runs backwards', () => {
    expect(rangeIsBackwards({ ...EMPTY_QUERY, from: '2025-05-02', to: '2025-05-01' })).toBe(true);
    expect(rangeIsBackwards({ ...EMPTY_QUERY, from: '2025-05-01', to: '2025-05-01' })).toBe(false);
    expect(rangeIsBackwards({ ...EMPTY_QUERY, from: '2025-05-01' })).toBe(false);
    expect(isFiltered(EMPTY_QUERY)).toBe(false);
    expect(isFiltered({ ...EMPTY_QUERY, q: 'x' })).toBe(true);
  });

  it('narrows search results like the store narrows its list', () => {
    const clip = { entityIds: ['country:AF', 'org:un'], site: 'bbc.co.uk', tags: ['aid'], clippedAt: 1000 };
    expect(matchesFilter(clip, {})).toBe(true);
    expect(
      matchesFilter(clip, { entity: 'org:un', site: 'bbc.co.uk', tag: 'aid', from: 1000, to: 1000 }),
    ).toBe(true);
    expect(matchesFilter(clip, { entity: 'country:PK' })).toBe(false);
    expect(matchesFilter(clip, { site: 'reuters.com' })).toBe(false);
    expect(matchesFilter(clip, { tag: 'Aid' })).toBe(false);
    expect(matchesFilter(clip, { from: 1001 })).toBe(false);
    expect(matchesFilter(clip, { to: 999 })).toBe(false);
  });
});
