import { useEffect, useRef, useState } from 'preact/hooks';
import { ok, type Result, type StoreFacets } from '@/lib/messages';
import type { ClipSummary } from '@/lib/store';
import type { LibraryApi } from './api';
import { ClipList } from './ClipList';
import { clipFilterOf, matchesFilter, rangeIsBackwards } from './clip-filter';
import { Filters } from './Filters';
import { topEntities } from './format';
import type { Navigate } from './LibraryApp';
import { type Loadable, useLoad, useTitle } from './load';
import { loadNames } from './names';
import { type BrowseQuery, browseHref, isFiltered } from './routes';
import { STRINGS } from './strings';

/** Articles per page of the list. */
export const PAGE_SIZE = 25;
/** Search answers at most this many; filters then narrow them here. */
export const SEARCH_LIMIT = 200;

interface Listing {
  clips: ClipSummary[];
  total: number;
  /** Search results not shown yet (search is not paged by the store), or null for a stored list. */
  rest: ClipSummary[] | null;
  /** True when search returned as many as it may, so more might match. */
  capped: boolean;
}

async function firstPage(api: LibraryApi, query: BrowseQuery): Promise<Result<Listing>> {
  if (rangeIsBackwards(query)) return ok({ clips: [], total: 0, rest: null, capped: false });
  const filter = clipFilterOf(query);
  if (query.q) {
    const r = await api.searchClips(query.q, SEARCH_LIMIT);
    if (!r.ok) return r;
    const all = r.value.map((hit) => hit.clip).filter((clip) => matchesFilter(clip, filter));
    return ok({
      clips: all.slice(0, PAGE_SIZE),
      total: all.length,
      rest: all.slice(PAGE_SIZE),
      capped: r.value.length >= SEARCH_LIMIT,
    });
  }
  const r = await api.listClips(filter, 0, PAGE_SIZE);
  return r.ok ? ok({ clips: r.value.clips, total: r.value.total, rest: null, capped: false }) : r;
}

const queryKey = (q: BrowseQuery): string => browseHref(q);

export function BrowseView({
  api,
  query,
  navigate,
  revision,
}: {
  api: LibraryApi;
  query: BrowseQuery;
  navigate: Navigate;
  revision: number;
}) {
  useTitle(STRINGS.browseTitle);
  const key = queryKey(query);
  const [facets] = useLoad<StoreFacets>(() => api.storeFacets(), [api, revision]);
  const [listing, setListing] = useLoad<Listing>(() => firstPage(api, query), [api, key, revision]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [more, setMore] = useState<'idle' | 'loading' | { error: string }>('idle');
  const [focusFrom, setFocusFrom] = useState<number | undefined>(undefined);
  const firstNew = useRef<HTMLAnchorElement>(null);

  const facetValue = facets.status === 'ready' ? facets.value : null;
  const clips = listing.status === 'ready' ? listing.value.clips : [];

  // Names for the entity filter and the chips, asked for once per id.
  const wanted = [
    ...(facetValue?.entities.map((e) => e.id) ?? []),
    ...clips.flatMap((c) => topEntities(c)),
    ...(query.entity ? [query.entity] : []),
  ];
  const missing = [...new Set(wanted)].filter((id) => !(id in names));
  const missingKey = missing.join('\n');
  useEffect(() => {
    if (missing.length === 0) return;
    let live = true;
    void loadNames(api, missing).then((found) => live && setNames((prev) => ({ ...found, ...prev })));
    return () => {
      live = false;
    };
  }, [api, missingKey]);

  useEffect(() => {
    setMore('idle');
    setFocusFrom(undefined);
  }, [key, revision]);

  useEffect(() => {
    if (focusFrom !== undefined) firstNew.current?.focus();
  }, [focusFrom]);

  const loadMore = async () => {
    if (listing.status !== 'ready') return;
    const now = listing.value;
    setMore('loading');
    let next: Listing;
    if (now.rest) {
      next = {
        ...now,
        clips: [...now.clips, ...now.rest.slice(0, PAGE_SIZE)],
        rest: now.rest.slice(PAGE_SIZE),
      };
    } else {
      const r = await api.listClips(clipFilterOf(query), now.clips.length, PAGE_SIZE);
      if (!r.ok) return setMore({ error: r.error });
      const seen = new Set(now.clips.map((c) => c.id));
      next = {
        ...now,
        clips: [...now.clips, ...r.value.clips.filter((c) => !seen.has(c.id))],
        total: r.value.total,
      };
    }
    setListing(next);
    setMore('idle');
    setFocusFrom(now.clips.length);
  };

  const total = facetValue?.total;
  return (
    <>
      <div class="view-head">
        <h1 tabIndex={-1}>{STRINGS.browseTitle}</h1>
        {total !== undefined && total > 0 && <p class="view-sub">{STRINGS.browseTotal(total)}</p>}
      </div>
      {facets.status === 'error' && <p class="notice error">{STRINGS.facetsError(facets.message)}</p>}
      <div class="browse">
        <Filters
          query={query}
          facets={facetValue}
          names={names}
          onChange={(q) => navigate(browseHref(q), { replace: true })}
        />
        <section aria-labelledby="results-heading">
          <div class="results-head">
            <h2 id="results-heading">{STRINGS.resultsHeading}</h2>
            <p class="muted" role="status">
              {listing.status === 'ready' && listing.value.total > 0 && countLine(listing.value, query)}
            </p>
          </div>
          <Results listing={listing} query={query} totalInArchive={total} />
          {listing.status === 'ready' && listing.value.clips.length > 0 && (
            <ClipList clips={listing.value.clips} names={names} focusRef={firstNew} focusFrom={focusFrom} />
          )}
          {listing.status === 'ready' && listing.value.clips.length < listing.value.total && (
            <div class="load-more button-row">
              <button type="button" class="button" disabled={more === 'loading'} onClick={loadMore}>
                {more === 'loading'
                  ? STRINGS.loadingMore
                  : STRINGS.loadMore(listing.value.total - listing.value.clips.length)}
              </button>
              {typeof more === 'object' && (
                <span class="error" role="alert">
                  {STRINGS.listError(more.error)}
                </span>
              )}
            </div>
          )}
          {listing.status === 'ready' &&
            listing.value.capped &&
            listing.value.clips.length >= listing.value.total && (
              <p class="hint load-more">{STRINGS.searchCapped(SEARCH_LIMIT)}</p>
            )}
        </section>
      </div>
    </>
  );
}

function countLine(listing: Listing, query: BrowseQuery): string {
  const shown = listing.clips.length;
  return query.q
    ? STRINGS.searchShowing(shown, listing.total, query.q)
    : STRINGS.showing(shown, listing.total);
}

function Results({
  listing,
  query,
  totalInArchive,
}: {
  listing: Loadable<Listing>;
  query: BrowseQuery;
  totalInArchive: number | undefined;
}) {
  if (listing.status === 'loading') return <p class="muted">{STRINGS.loading}</p>;
  if (listing.status === 'error') return <p class="notice error">{STRINGS.listError(listing.message)}</p>;
  if (listing.value.total > 0) return null;
  if (!isFiltered(query) && (totalInArchive ?? 0) === 0) return <p class="notice">{STRINGS.emptyArchive}</p>;
  return <p class="notice">{query.q ? STRINGS.noSearchMatches(query.q) : STRINGS.noMatches}</p>;
}
