import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { StoreFacets } from '@/lib/messages';
import { rangeIsBackwards } from './clip-filter';
import { type BrowseQuery, EMPTY_QUERY, entityHref, isFiltered } from './routes';
import { STRINGS } from './strings';

/** Typing pauses this long before the list follows the search box. */
const SEARCH_SETTLE_MS = 300;

interface FiltersProps {
  query: BrowseQuery;
  facets: StoreFacets | null;
  names: Record<string, string>;
  onChange: (query: BrowseQuery) => void;
}

function FacetSelect({
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  label: string;
  anyLabel: string;
  value: string;
  options: Array<{ value: string; label: string; count: number }>;
  onChange: (value: string) => void;
}) {
  const id = useId();
  // A value from a link (an entity chip) may lie outside the facet list, which holds the most used only.
  const listed = value === '' || options.some((o) => o.value === value);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} class="input" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{anyLabel}</option>
        {!listed && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {STRINGS.facetOption(o.label, o.count)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The browse view's filters: search text, entity, site, tag and a range of clip dates. */
export function Filters({ query, facets, names, onChange }: FiltersProps) {
  const ids = {
    search: useId(),
    searchHint: useId(),
    from: useId(),
    to: useId(),
    range: useId(),
    heading: useId(),
  };
  const [text, setText] = useState(query.q);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const searchBox = useRef<HTMLInputElement>(null);
  const latest = useRef(query);
  latest.current = query;

  // The hash is the truth: clearing the filters or going back puts its text in the box.
  useEffect(() => {
    setText(query.q);
  }, [query.q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const set = (patch: Partial<BrowseQuery>) => onChange({ ...latest.current, ...patch });
  const searchNow = (value: string) => {
    clearTimeout(timer.current);
    if (value.trim() !== latest.current.q) set({ q: value.trim() });
  };
  const backwards = rangeIsBackwards(query);

  return (
    <section class="panel filters" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{STRINGS.filtersHeading}</h2>
      <search>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            searchNow(text);
          }}
        >
          <div class="field">
            <label for={ids.search}>{STRINGS.searchLabel}</label>
            <input
              ref={searchBox}
              id={ids.search}
              class="input"
              type="search"
              value={text}
              aria-describedby={ids.searchHint}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setText(value);
                clearTimeout(timer.current);
                timer.current = setTimeout(() => searchNow(value), SEARCH_SETTLE_MS);
              }}
            />
            <span id={ids.searchHint} class="hint">
              {STRINGS.searchHint}
            </span>
          </div>
        </form>
      </search>
      <div>
        <FacetSelect
          label={STRINGS.entityFilter}
          anyLabel={STRINGS.anyEntity}
          value={query.entity}
          options={(facets?.entities ?? []).map((e) => ({
            value: e.id,
            label: names[e.id] ?? e.id,
            count: e.count,
          }))}
          onChange={(entity) => set({ entity })}
        />
        {query.entity && (
          <a class="facet-link" href={entityHref(query.entity)}>
            {STRINGS.briefingOn(names[query.entity] ?? query.entity)}
          </a>
        )}
      </div>
      <FacetSelect
        label={STRINGS.siteFilter}
        anyLabel={STRINGS.anySite}
        value={query.site}
        options={(facets?.sites ?? []).map((s) => ({ value: s.site, label: s.site, count: s.count }))}
        onChange={(site) => set({ site })}
      />
      <FacetSelect
        label={STRINGS.tagFilter}
        anyLabel={STRINGS.anyTag}
        value={query.tag}
        options={(facets?.tags ?? []).map((t) => ({ value: t.tag, label: t.tag, count: t.count }))}
        onChange={(tag) => set({ tag })}
      />
      <div class="date-range">
        <div class="field">
          <label for={ids.from}>{STRINGS.fromFilter}</label>
          <input
            id={ids.from}
            class="input"
            type="date"
            value={query.from}
            aria-invalid={backwards || undefined}
            aria-describedby={backwards ? ids.range : undefined}
            onChange={(e) => set({ from: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={ids.to}>{STRINGS.toFilter}</label>
          <input
            id={ids.to}
            class="input"
            type="date"
            value={query.to}
            aria-invalid={backwards || undefined}
            aria-describedby={backwards ? ids.range : undefined}
            onChange={(e) => set({ to: e.currentTarget.value })}
          />
        </div>
      </div>
      {backwards && (
        <p id={ids.range} class="error hint" role="alert">
          {STRINGS.rangeBackwards}
        </p>
      )}
      {isFiltered(query) && (
        <div class="button-row">
          <button
            type="button"
            class="button"
            onClick={() => {
              // The button goes with the filters; the search box is where the reader starts again.
              onChange(EMPTY_QUERY);
              searchBox.current?.focus();
            }}
          >
            {STRINGS.clearFilters}
          </button>
        </div>
      )}
    </section>
  );
}
