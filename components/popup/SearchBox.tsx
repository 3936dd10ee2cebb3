import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '@/lib/store';
import type { PopupApi } from './api';
import { articleDate } from './dates';
import { type Segment, segments, snippet } from './highlight';
import { STRINGS } from './strings';

/** Results arrive as the reader types, once the keys pause this long. */
export const SEARCH_DEBOUNCE_MS = 120;
const LIMIT = 8;
/** Fields shown as the result's own title and meta line; a match elsewhere gets a snippet. */
const SHOWN_FIELDS = new Set(['title', 'url', 'site', 'siteName']);

interface Results {
  query: string;
  hits: SearchHit[];
}

/** Search over the whole archive: an ARIA 1.2 combobox whose listbox shows the matches, highlighted. */
export function SearchBox({ api }: { api: PopupApi }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  // Every request takes a ticket; an answer whose ticket is no longer the latest is stale and dropped.
  const latest = useRef(0);
  const base = `search-${useId()}`;
  const listId = `${base}-list`;
  const optionId = (i: number) => `${base}-option-${i}`;

  useEffect(() => {
    const q = query.trim();
    const ticket = ++latest.current;
    if (!q) {
      setResults(null);
      setError(null);
      setActive(-1);
      return;
    }
    const timer = setTimeout(async () => {
      const r = await api.searchClips(q, LIMIT);
      if (ticket !== latest.current) return;
      setActive(-1);
      if (r.ok) {
        setResults({ query: q, hits: r.value });
        setError(null);
      } else {
        setResults(null);
        setError(STRINGS.searchError(r.error));
      }
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, query]);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const hits = results?.hits ?? [];
  const expanded = hits.length > 0;

  const openHit = async (hit: SearchHit) => {
    const r = await api.openUrl(hit.clip.url);
    if (!r.ok) setError(STRINGS.openError(r.error));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    switch (e.key) {
      case 'ArrowDown':
        if (!expanded) return;
        e.preventDefault();
        setActive((i) => (i + 1) % hits.length);
        return;
      case 'ArrowUp':
        if (!expanded) return;
        e.preventDefault();
        setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
        return;
      case 'Enter': {
        const hit = hits[active] ?? hits[0];
        if (!hit) return;
        e.preventDefault();
        void openHit(hit);
        return;
      }
      case 'Escape':
        // With nothing to clear, Escape is the browser's: it closes the popup.
        if (!query) return;
        e.preventDefault();
        e.stopPropagation();
        latest.current++;
        setQuery('');
        setResults(null);
        setError(null);
        setActive(-1);
        return;
    }
  };

  return (
    <div class="section search">
      <label class="visually-hidden" for={`${base}-input`}>
        {STRINGS.searchLabel}
      </label>
      <input
        id={`${base}-input`}
        class="search-input"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder={STRINGS.searchPlaceholder}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={active >= 0 && expanded ? optionId(active) : undefined}
        aria-describedby={`${base}-help`}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <span class="visually-hidden" id={`${base}-help`}>
        {STRINGS.searchHelp}
      </span>
      <div class="hits" id={listId} role="listbox" aria-label={STRINGS.searchResultsLabel} hidden={!expanded}>
        {hits.map((hit, i) => (
          // Keys reach the options through the combobox (aria-activedescendant); the pointer clicks them.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input above handles Enter and the arrows
          <div
            key={hit.clip.id}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            class="hit"
            aria-selected={i === active}
            // Keeps focus (and the caret) in the box while the pointer picks a result.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => i !== active && setActive(i)}
            onClick={() => void openHit(hit)}
          >
            <HitBody hit={hit} />
          </div>
        ))}
      </div>
      <div class="status" role="status">
        {error && <p class="error">{error}</p>}
        {!error && results && hits.length === 0 && (
          <p class="teach">
            {STRINGS.searchNoResults(results.query)} <span class="muted">{STRINGS.searchNoResultsHint}</span>
          </p>
        )}
        {!error && hits.length > 0 && <span class="visually-hidden">{STRINGS.searchCount(hits.length)}</span>}
      </div>
    </div>
  );
}

/** The label before a snippet, by the field it comes from; the excerpt needs none. */
const SNIPPET_LABEL: Record<string, string> = {
  tags: STRINGS.matchTag,
  'entities.name': STRINGS.matchEntity,
};

function HitBody({ hit }: { hit: SearchHit }) {
  const { clip, matches } = hit;
  const title = clip.title || clip.url;
  const marked = (key: string, value: string): Segment[] => {
    const m = matches.find((x) => x.key === key && x.value === value);
    return m ? segments(value, m.indices) : [{ text: value, hit: false }];
  };
  const other = matches.find((m) => !SHOWN_FIELDS.has(m.key) && m.indices.length > 0);
  const cut = other ? snippet(other.value, other.indices) : null;
  const label = other ? SNIPPET_LABEL[other.key] : undefined;
  const date = articleDate(clip);
  return (
    <>
      <span class="hit-title">
        <Marked parts={marked('title', title)} />
      </span>
      <span class="hit-meta">
        <Marked parts={marked('site', clip.site)} /> · <time dateTime={date.iso}>{date.text}</time>
      </span>
      {cut && (
        <span class="hit-snippet">
          {label && <span class="hit-label">{label} </span>}
          <Marked parts={segments(cut.text, cut.indices)} />
        </span>
      )}
    </>
  );
}

function Marked({ parts }: { parts: Segment[] }) {
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
