import type { ClipOutcome, QuickClip, Result, TabReport } from '@/lib/messages';
import {
  applyChange,
  DEFAULT_SETTINGS,
  type MarkSettings,
  marksEnabledOn,
  mutedEntities,
} from '@/lib/settings';
import { type ClipSummary, cleanTags, reclippedNote, type SearchHit, type WatchEntity } from '@/lib/store';
import type { EntityNames, PageSummary, PopupApi, PopupTab } from './api';

/** What the fake extension holds: a tab, its report, an archive and the reader's settings. */
export interface FakeWorld {
  tab: PopupTab | null;
  report: TabReport | null;
  names: EntityNames;
  watchlist: WatchEntity[];
  clips: ClipSummary[];
  settings: MarkSettings;
  /** When true, clipping the page finds no article (unless asked for a bookmark). */
  noArticle: boolean;
  /** The tab's last clip from the context menu or keyboard shortcut, as the background kept it. */
  quickClip: QuickClip | null;
  /** Milliseconds before a call answers, by method (default 0: the next task). */
  delays: Partial<Record<keyof PopupApi, number>>;
  /** Calls that answer `{ok:false, error}` with this message. */
  failures: Partial<Record<keyof PopupApi, string>>;
  /** URLs the popup asked to open, in order (articles, the library). */
  opened: string[];
}

const DAY = 86_400_000;
const T0 = Date.parse('2026-07-22T09:00:00Z');

function clip(id: number, fields: Partial<ClipSummary> & Pick<ClipSummary, 'title' | 'url'>): ClipSummary {
  const site = new URL(fields.url).hostname.replace(/^www\./, '');
  return {
    id,
    byline: null,
    siteName: null,
    publishedAt: null,
    lang: 'en',
    excerpt: '',
    entities: [],
    entityIds: (fields.entities ?? []).map((e) => e.id),
    wordCount: 800,
    kind: 'article',
    site,
    tags: [],
    note: '',
    clippedAt: T0 - id * DAY,
    updatedAt: T0 - id * DAY,
    ...fields,
  };
}

const mention = (id: string, sentence: string, score = 0.6) => ({
  id,
  count: 2,
  score,
  sentences: [sentence],
});

/** A small archive about Afghanistan and its neighbours (fictional articles, illustrative events). */
export const SAMPLE_CLIPS: ClipSummary[] = [
  clip(1, {
    url: 'https://apnews.example/article/afghanistan-aid-winter',
    title: 'Taliban tighten restrictions on aid workers as winter approaches',
    publishedAt: '2026-07-20',
    excerpt: 'Aid agencies say new rules make it harder to reach families in the north before the snow.',
    entities: [
      mention(
        'country:AF',
        'The UN mission in Afghanistan said the new rules would make it harder to reach families.',
      ),
      mention('org:taliban', 'The Taliban administration issued the decree on Sunday.'),
    ],
    tags: ['aid', 'winter'],
  }),
  clip(2, {
    url: 'https://reuters.example/world/asia/torkham-reopens',
    title: 'Pakistan and Afghanistan reopen Torkham crossing after week-long closure',
    publishedAt: '2026-07-18',
    excerpt: 'Trucks queued for kilometres on both sides of the border.',
    entities: [
      mention(
        'country:AF',
        'Trucks queued for kilometres on both sides of the border between Pakistan and Afghanistan.',
      ),
      mention('country:PK', 'Pakistan closed the crossing after an exchange of fire.'),
    ],
  }),
  clip(3, {
    url: 'https://guardian.example/world/unama-civilian-casualties',
    title: 'What the UNAMA report says about civilian casualties',
    publishedAt: '2026-07-11',
    excerpt: 'Afghanistan recorded fewer conflict deaths than in any year since 2009, the report found.',
    entities: [
      mention(
        'country:AF',
        'Afghanistan recorded fewer conflict deaths than in any year since 2009, the report found.',
      ),
      mention('org:unama', 'UNAMA counted 1,200 civilian casualties in the first half of the year.'),
    ],
    tags: ['un'],
  }),
];

export const SAMPLE_TAB: PopupTab = { id: 42, url: 'https://www.bbc.example/news/world-asia-kabul' };

export const SAMPLE_REPORT: TabReport = {
  tabId: 42,
  url: 'https://www.bbc.example/news/world-asia-kabul',
  textLength: 5400,
  receivedAt: T0,
  entities: [
    { id: 'country:AF', count: 9 },
    { id: 'org:taliban', count: 4 },
    { id: 'country:PK', count: 3 },
    { id: 'org:unama', count: 2 },
    { id: 'country:IR', count: 1 },
  ],
};

export const SAMPLE_NAMES: EntityNames = {
  'country:AF': { name: 'Afghanistan', kind: 'country' },
  'country:PK': { name: 'Pakistan', kind: 'country' },
  'country:IR': { name: 'Iran', kind: 'country' },
  'org:taliban': { name: 'Taliban', kind: 'organisation' },
  'org:unama': { name: 'UN Assistance Mission in Afghanistan', kind: 'organisation' },
};

export function sampleWorld(overrides: Partial<FakeWorld> = {}): FakeWorld {
  return {
    tab: SAMPLE_TAB,
    report: SAMPLE_REPORT,
    names: SAMPLE_NAMES,
    watchlist: [],
    clips: SAMPLE_CLIPS.map((c) => ({ ...c })),
    settings: DEFAULT_SETTINGS,
    noArticle: false,
    quickClip: null,
    delays: {},
    failures: {},
    opened: [],
    ...overrides,
  };
}

/** Where `needle` occurs in `value`, case-insensitive, as inclusive index pairs. */
function occurrences(value: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const hay = value.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0 && needle; at = hay.indexOf(needle, at + needle.length))
    out.push([at, at + needle.length - 1]);
  return out;
}

/**
 * A PopupApi over a world in memory: the popup's tests, and previews of the popup without an extension.
 * Search is a plain substring search over the fields the real index reads, with real match indices.
 */
export function createFakePopupApi(world: FakeWorld = sampleWorld()): PopupApi & { world: FakeWorld } {
  let nextId = 1000;
  const answer = async <T>(method: keyof PopupApi, value: () => T): Promise<Result<T>> => {
    await new Promise((r) => setTimeout(r, world.delays[method] ?? 0));
    const failure = world.failures[method];
    return failure === undefined ? { ok: true, value: value() } : { ok: false, error: failure };
  };
  const byUrl = (url: string) => world.clips.find((c) => c.url === url) ?? null;
  const opened = (what: string): null => {
    world.opened.push(what);
    return null;
  };
  const about = (id: string) => world.clips.filter((c) => c.entityIds.includes(id));
  const countsOf = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, about(id).length]));

  return {
    world,
    // As the background answers it: the counts fail beside the names when the archive cannot be read.
    pageSummary: () =>
      answer('pageSummary', (): PageSummary => {
        const report = world.tab ? world.report : null;
        const ids = report?.entities.map((e) => e.id) ?? [];
        const names: EntityNames = {};
        for (const id of ids) if (world.names[id]) names[id] = world.names[id];
        for (const w of world.watchlist)
          if (ids.includes(w.id)) names[w.id] ??= { name: w.name, kind: 'organisation' };
        const failed = world.failures.entityCounts;
        return {
          tab: world.tab,
          report,
          names,
          counts: failed === undefined ? { ok: true, value: countsOf(ids) } : { ok: false, error: failed },
        };
      }),
    entityCounts: (ids) => answer('entityCounts', () => countsOf(ids)),
    entityInStore: (id, latest) =>
      answer('entityInStore', () => {
        const clips = about(id).sort((a, b) => b.clippedAt - a.clippedAt);
        return {
          id,
          count: clips.length,
          latest: clips.slice(0, latest).map((c) => ({
            clip: c,
            sentence: c.entities.find((e) => e.id === id)?.sentences[0] ?? null,
          })),
        };
      }),
    openBriefing: (id) => answer('openBriefing', () => opened(`briefing:${id}`)),
    searchClips: (query, limit) =>
      answer('searchClips', () => {
        const needle = query.trim().toLowerCase();
        const hits: SearchHit[] = [];
        for (const c of world.clips) {
          const matches: SearchHit['matches'] = [];
          const look = (key: string, value: string) => {
            const indices = occurrences(value, needle);
            if (indices.length > 0) matches.push({ key, value, indices });
          };
          look('title', c.title);
          look('site', c.site);
          for (const t of c.tags) look('tags', t);
          look('excerpt', c.excerpt);
          if (matches.length > 0) hits.push({ clip: c, score: 1 / (1 + matches.length), matches });
        }
        return hits.sort((a, b) => a.score - b.score).slice(0, limit);
      }),
    storeTotal: () => answer('storeTotal', () => world.clips.length),
    clipForUrl: (url) => answer('clipForUrl', () => byUrl(url)),
    quickClip: (_tabId, url) =>
      answer('quickClip', () => (world.quickClip?.tabUrl === url ? world.quickClip : null)),
    // As the store re-clips (lib/store's own rules): tags merged, the stored note kept, a new one added to it.
    clipTab: ({ tags = [], note = '', asBookmark }) =>
      answer('clipTab', (): ClipOutcome => {
        // As the clipper files it: under the canonical address the page declares.
        const url = world.report?.canonicalUrl ?? world.tab?.url ?? world.report?.url ?? '';
        if (world.noArticle && !asBookmark)
          return { saved: false, reason: 'no-article', url, title: 'Search' };
        const existing = byUrl(url);
        const kind = asBookmark ? 'bookmark' : 'article';
        if (existing) {
          Object.assign(existing, {
            tags: cleanTags([...existing.tags, ...tags]),
            note: reclippedNote(existing.note, note),
            kind,
            updatedAt: Date.now(),
          });
          return { saved: true, clip: { ...existing }, created: false };
        }
        const created = clip(nextId++, {
          url,
          title: 'Kabul: what we know',
          tags,
          note,
          kind,
          clippedAt: T0,
        });
        world.clips.unshift(created);
        return { saved: true, clip: { ...created }, created: true };
      }),
    updateClip: ({ id, tags, note }) =>
      answer('updateClip', () => {
        const found = world.clips.find((c) => c.id === id);
        if (!found) throw new Error(`no clip ${id}`);
        Object.assign(found, { tags, note });
        return { ...found };
      }),
    markSettings: (url) =>
      answer('markSettings', () => ({
        settings: world.settings,
        enabledHere: marksEnabledOn(world.settings, url),
        muted: [...mutedEntities(world.settings, url)],
      })),
    changeSettings: (change) =>
      answer('changeSettings', () => {
        world.settings = applyChange(world.settings, change);
        return world.settings;
      }),
    openUrl: (url) => answer('openUrl', () => opened(url)),
    openLibrary: () => answer('openLibrary', () => opened('library')),
  };
}
