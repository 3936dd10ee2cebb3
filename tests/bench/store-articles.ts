import type { Clip, ClipEntity } from '../../lib/store';
import { realMatcher } from '../support/gazetteer';
import { type CorpusSentence, corpusSentences, random } from './corpus-sentences';

export { random };

/**
 * Realistic clips for the store benchmark: windows of real sentences from the 39 corpus pages, the entities
 * the real matcher finds in them (with their sentences and names from the gazetteer), news sites, tags and
 * two years of clip times. Deterministic: the same seed gives the same archive.
 */

const SITES: Array<[host: string, name: string]> = [
  ['www.reuters.com', 'Reuters'],
  ['apnews.com', 'AP News'],
  ['www.bbc.co.uk', 'BBC News'],
  ['www.theguardian.com', 'The Guardian'],
  ['www.nytimes.com', 'The New York Times'],
  ['www.washingtonpost.com', 'The Washington Post'],
  ['www.aljazeera.com', 'Al Jazeera'],
  ['www.ft.com', 'Financial Times'],
  ['www.lemonde.fr', 'Le Monde'],
  ['www.dw.com', 'DW'],
  ['www.ndtv.com', 'NDTV'],
  ['www.politico.com', 'Politico'],
  ['qz.com', 'Quartz'],
  ['abcnews.go.com', 'ABC News'],
  ['www.economist.com', 'The Economist'],
  ['www.bloomberg.com', 'Bloomberg'],
  ['www.france24.com', 'France 24'],
  ['www.scmp.com', 'South China Morning Post'],
  ['www.thehindu.com', 'The Hindu'],
  ['www.npr.org', 'NPR'],
];
const TAGS = [
  'asia',
  'europe',
  'africa',
  'elections',
  'sanctions',
  'energy',
  'conflict',
  'trade',
  'climate',
  'to-read',
];
export const MISSPELT = [
  'Afganistan',
  'Pakistn',
  'Untied Nations',
  'Isreal',
  'Ukrane',
  'Venezuala',
  'Phillipines',
  'Nigera',
];

export interface ArticleSource {
  pages: CorpusSentence[][];
  nameOf(id: string): string | null;
  /** Entity ids the pages mention, most mentioned first. */
  entityIds: string[];
}

/** Sentences of the corpus pages, each with the entities the matcher finds in it. */
export async function articleSource(): Promise<ArticleSource> {
  const { gazetteer } = realMatcher();
  const pages = corpusSentences();
  const counts = new Map<string, number>();
  for (const page of pages)
    for (const sentence of page) for (const e of sentence.entities) counts.set(e, (counts.get(e) ?? 0) + 1);
  return {
    pages,
    nameOf: (id) => gazetteer.byId.get(id)?.name ?? null,
    entityIds: [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id),
  };
}

const DAY = 86_400_000;
export const ARCHIVE_START = Date.UTC(2023, 5, 1);

/** The `n`th generated clip (1-based ids), clipped at `at`. */
export function makeClip(source: ArticleSource, rand: () => number, id: number, at: number): Clip {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const page = pick(source.pages);
  const length = 4 + Math.floor(rand() * 7);
  const start = Math.floor(rand() * Math.max(1, page.length - length));
  const window = page.slice(start, start + length);
  const byEntity = new Map<string, ClipEntity>();
  for (const s of window)
    for (const e of s.entities) {
      const entry = byEntity.get(e) ?? { id: e, count: 0, score: 0, sentences: [] };
      entry.count++;
      if (entry.sentences.length < 3) entry.sentences.push(s.text);
      byEntity.set(e, entry);
    }
  // Spread entities beyond what the window names, so that rare ones are in the archive too.
  if (rand() < 0.5) {
    const e = pick(source.entityIds);
    if (!byEntity.has(e)) byEntity.set(e, { id: e, count: 1, score: 0, sentences: [pick(window).text] });
  }
  const total = [...byEntity.values()].reduce((n, e) => n + e.count, 0);
  const entities = [...byEntity.values()].map((e) => ({ ...e, score: e.count / total }));
  const [host, siteName] = pick(SITES);
  const title = pick(window)
    .text.split(' ')
    .slice(0, 6 + Math.floor(rand() * 7))
    .join(' ')
    .replace(/[,.;:]$/, '');
  const tags = rand() < 0.4 ? [pick(TAGS)] : [];
  const text = window.map((s) => s.text).join(' ');
  return {
    id,
    url: `https://${host}/news/${title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)}-${id}`,
    title,
    byline: null,
    siteName,
    publishedAt: new Date(at - Math.floor(rand() * 3 * DAY)).toISOString(),
    lang: 'en',
    excerpt: (window[0]?.text ?? '').slice(0, 300),
    html: window.map((s) => `<p>${s.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join(''),
    text,
    entities,
    wordCount: text.split(' ').length,
    kind: 'article',
    entityIds: entities.map((e) => e.id),
    site: host.replace(/^www\./, ''),
    tags,
    note: '',
    clippedAt: at,
    updatedAt: at,
  };
}

/** `count` clips spread over two years, oldest first. */
export function makeArchive(source: ArticleSource, count: number, seed = 1): Clip[] {
  const rand = random(seed);
  const span = 730 * DAY;
  return Array.from({ length: count }, (_, i) =>
    makeClip(
      source,
      rand,
      i + 1,
      ARCHIVE_START + Math.floor((i / count) * span) + Math.floor(rand() * 60_000),
    ),
  );
}
