import type { SearchDoc } from '../../lib/search';
import { realMatcher } from '../support/gazetteer';
import { corpusSentences, random } from './corpus-sentences';

/**
 * Realistic search documents for the search benchmark (and the store's): titles and excerpts made of real
 * sentences from the 39 corpus pages, the entities the real matcher finds in them with names from the
 * gazetteer and a main-subject score, one of 40 news sites, a few tags, clip times over two years.
 * Deterministic: the same n and seed give the same documents.
 */

export const SEARCH_SITES: ReadonlyArray<readonly [host: string, name: string]> = [
  ['reuters.com', 'Reuters'],
  ['apnews.com', 'AP News'],
  ['bbc.co.uk', 'BBC News'],
  ['theguardian.com', 'The Guardian'],
  ['nytimes.com', 'The New York Times'],
  ['washingtonpost.com', 'The Washington Post'],
  ['aljazeera.com', 'Al Jazeera'],
  ['ft.com', 'Financial Times'],
  ['lemonde.fr', 'Le Monde'],
  ['dw.com', 'DW'],
  ['ndtv.com', 'NDTV'],
  ['politico.com', 'Politico'],
  ['qz.com', 'Quartz'],
  ['abcnews.go.com', 'ABC News'],
  ['economist.com', 'The Economist'],
  ['bloomberg.com', 'Bloomberg'],
  ['france24.com', 'France 24'],
  ['scmp.com', 'South China Morning Post'],
  ['thehindu.com', 'The Hindu'],
  ['npr.org', 'NPR'],
  ['cnn.com', 'CNN'],
  ['wsj.com', 'The Wall Street Journal'],
  ['telegraph.co.uk', 'The Telegraph'],
  ['independent.co.uk', 'The Independent'],
  ['spiegel.de', 'Der Spiegel'],
  ['elpais.com', 'El País'],
  ['lefigaro.fr', 'Le Figaro'],
  ['haaretz.com', 'Haaretz'],
  ['dawn.com', 'Dawn'],
  ['tolonews.com', 'TOLOnews'],
  ['japantimes.co.jp', 'The Japan Times'],
  ['straitstimes.com', 'The Straits Times'],
  ['abc.net.au', 'ABC Australia'],
  ['cbc.ca', 'CBC News'],
  ['theafricareport.com', 'The Africa Report'],
  ['dailymaverick.co.za', 'Daily Maverick'],
  ['kyivindependent.com', 'The Kyiv Independent'],
  ['hurriyetdailynews.com', 'Hürriyet Daily News'],
  ['foreignpolicy.com', 'Foreign Policy'],
  ['axios.com', 'Axios'],
];

export const SEARCH_TAGS = [
  'asia',
  'europe',
  'africa',
  'middle-east',
  'americas',
  'elections',
  'sanctions',
  'energy',
  'conflict',
  'trade',
  'climate',
  'to-read',
];

interface Sentence {
  text: string;
  /** Display names of the entities the matcher finds in it. */
  entities: string[];
}

export interface SearchSource {
  pages: Sentence[][];
  /** Entity names the pages mention, most mentioned first. */
  entityNames: string[];
}

let cached: SearchSource | undefined;

/** The corpus pages cut into sentences, each with the entities in it (read once per process). */
export function searchSource(): SearchSource {
  if (cached) return cached;
  const { gazetteer } = realMatcher();
  const counts = new Map<string, number>();
  const pages = corpusSentences().map((page) =>
    page.map(({ text, entities }) => {
      const names = [
        ...new Set(entities.map((id) => gazetteer.byId.get(id)?.name).filter((n) => n !== undefined)),
      ];
      for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
      return { text, entities: names };
    }),
  );
  cached = { pages, entityNames: [...counts].sort((a, b) => b[1] - a[1]).map(([n]) => n) };
  return cached;
}

const DAY = 86_400_000;
export const SEARCH_ARCHIVE_START = Date.UTC(2024, 0, 1);
export const SEARCH_ARCHIVE_DAYS = 730;

/** `n` documents with ids 1..n, clipped over two years (oldest first), the same for the same seed. */
export function generateSearchDocs(n: number, seed = 1): SearchDoc[] {
  const source = searchSource();
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const docs: SearchDoc[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const page = pick(source.pages);
    const length = 3 + Math.floor(rand() * 6);
    const start = Math.floor(rand() * Math.max(1, page.length - length));
    const window = page.slice(start, start + length);
    const mentions = new Map<string, number>();
    for (const s of window) for (const e of s.entities) mentions.set(e, (mentions.get(e) ?? 0) + 1);
    // Spread rarer entities through the archive as passing mentions.
    if (rand() < 0.5) {
      const e = pick(source.entityNames);
      if (!mentions.has(e)) mentions.set(e, 0.5);
    }
    const top = Math.max(1, ...mentions.values());
    const titleSentence = pick(window);
    const title = titleSentence.text
      .split(' ')
      .slice(0, 6 + Math.floor(rand() * 8))
      .join(' ')
      .replace(/[,.;:]$/, '');
    const entities = [...mentions].map(([name, count]) => ({
      name,
      // The entity named in the title, and the most mentioned one, are what the article is about.
      score: Math.min(1, (count / top) * 0.7 + (titleSentence.entities.includes(name) ? 0.3 : 0)),
    }));
    const [host, name] = pick(SEARCH_SITES);
    const tags: string[] = [];
    if (rand() < 0.5) tags.push(pick(SEARCH_TAGS));
    if (rand() < 0.15) {
      const t = pick(SEARCH_TAGS);
      if (!tags.includes(t)) tags.push(t);
    }
    docs[i] = {
      id: i + 1,
      title,
      site: `${name} ${host}`,
      tags,
      entities,
      excerpt: window
        .slice(0, 2)
        .map((s) => s.text)
        .join(' ')
        .slice(0, 300),
      clippedAt: SEARCH_ARCHIVE_START + Math.floor(((i + rand()) / n) * SEARCH_ARCHIVE_DAYS * DAY),
    };
  }
  return docs;
}

/** Misspellings a reader makes, each with the word it stands for. */
export const SEARCH_MISSPELLINGS: ReadonlyArray<readonly [typed: string, meant: string]> = [
  ['Afganistan', 'Afghanistan'],
  ['Pakstan', 'Pakistan'],
  ['Reutres', 'Reuters'],
  ['Isreal', 'Israel'],
  ['Ukrane', 'Ukraine'],
  ['Untied Nations', 'United Nations'],
  ['Phillipines', 'Philippines'],
  ['Nigera', 'Nigeria'],
  ['Venezuala', 'Venezuela'],
  ['Austrailia', 'Australia'],
  ['Guardain', 'Guardian'],
  ['Chinna', 'China'],
];

export type QueryKind = 'entity' | 'misspelt' | 'prefix' | 'site' | 'title word' | 'two words';

export interface SearchQuery {
  query: string;
  kind: QueryKind;
  /** For a misspelling, the word meant: the best hit should hold it. */
  meant?: string;
}

/** `count` queries of the kinds readers type, in a fixed mix, drawn from `docs`. */
export function searchQueries(docs: readonly SearchDoc[], count = 200, seed = 7): SearchQuery[] {
  const source = searchSource();
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const titleWords = (doc: SearchDoc) => doc.title.split(/\s+/).filter((w) => /^[A-Za-z]{5,}$/.test(w));
  const entityNames = source.entityNames.slice(0, 80);
  // Only misspellings of words the archive holds: a miss should mean the search failed, not the corpus.
  const text = docs.map((d) => `${d.title} ${d.site} ${d.entities.map((e) => e.name).join(' ')}`).join(' ');
  const misspellings = SEARCH_MISSPELLINGS.filter(([, meant]) => text.includes(meant));
  let meant: string | undefined;
  const makers: Array<[QueryKind, () => string]> = [
    ['entity', () => pick(entityNames)],
    [
      'misspelt',
      () => {
        const [typed, word] = pick(misspellings);
        meant = word;
        return typed;
      },
    ],
    [
      'prefix',
      () => {
        const word = pick([...entityNames, ...titleWords(pick(docs))].filter((w) => w.length >= 5));
        return word.slice(0, 3 + Math.floor(rand() * 3));
      },
    ],
    ['site', () => pick(SEARCH_SITES)[rand() < 0.5 ? 0 : 1]],
    ['title word', () => pick(titleWords(pick(docs))) ?? 'sanctions'],
    [
      'two words',
      () => {
        const words = titleWords(pick(docs));
        if (words.length < 2) return `${pick(entityNames)} ${pick(SEARCH_TAGS)}`;
        const at = Math.floor(rand() * (words.length - 1));
        return `${words[at]} ${words[at + 1]}`;
      },
    ],
  ];
  return Array.from({ length: count }, (_, i) => {
    const [kind, make] = makers[i % makers.length] as [QueryKind, () => string];
    meant = undefined;
    const query = make();
    return meant ? { query, kind, meant } : { query, kind };
  });
}
