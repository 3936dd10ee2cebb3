import Fuse, { type IFuseOptions } from 'fuse.js';
import { GROUP } from './fields';
import { fold, foldMapped, unfoldRange, words } from './normalize';
import type { SearchDoc, SearchResult } from './types';

/**
 * The final ranking of the few dozen candidates the word index picked, by fuse.js, blended with what
 * fuse.js cannot know. Lower is better, 0..1:
 *
 *   score = 0.40 · (1 − coverage) + 0.60 · (0.65 · fuse + 0.20 · (1 − about) + 0.15 · (1 − recency))
 *
 * - coverage: how much of the query the clip holds: the share of its words, each counting 1 as typed and
 *   a little less as a prefix or a near spelling, so "taliban kabul" puts clips with both words first and
 *   a word as typed beats a correction of it;
 * - fuse: fuse.js's score over the weighted fields (token search: each query word fuzzily, ignoring where
 *   in the field it is);
 * - about: the main-subject score (0..1) of the entity whose name matched (see Candidate.about), 0 when
 *   none did, so an article about Pakistan ranks above one that names it once;
 * - recency: 1 for the newest clip in the archive, halving every HALF_LIFE_DAYS before it.
 */
const BLEND = { coverage: 0.4, fuse: 0.65, about: 0.2, recency: 0.15 } as const;
const HALF_LIFE_DAYS = 180;
const DAY = 86_400_000;

/** 1 for the newest clip in the archive, halving every HALF_LIFE_DAYS before it. */
export function recency(clippedAt: number, newest: number): number {
  return 2 ** (-Math.max(0, newest - clippedAt) / (HALF_LIFE_DAYS * DAY));
}

/** The fields as fuse.js reads them: folded, so that its case and accent handling matches the index's. */
interface FuseDoc {
  i: number;
  t: string;
  e: string[];
  g: string[];
  s: string;
  x: string;
}

const KEYS = {
  t: 'title',
  e: 'entities.name',
  g: 'tags',
  s: 'site',
  x: 'excerpt',
} as const;

const FUSE_WORD: IFuseOptions<FuseDoc> = {
  keys: [
    { name: 't', weight: 3 },
    { name: 'e', weight: 3 },
    { name: 'g', weight: 1.5 },
    { name: 's', weight: 1.5 },
    { name: 'x', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.35,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
  // Already folded by us, with a map back to the original for highlights.
  isCaseSensitive: true,
};
/**
 * Several words: fuse.js's token search matches each word on its own (weighted by rarity), where a plain
 * search would look for the whole query as one fuzzy string. For one word the two score alike, and the
 * plain search skips building token statistics over the candidates.
 */
const FUSE_WORDS: IFuseOptions<FuseDoc> = { ...FUSE_WORD, useTokenSearch: true, tokenize: words };

export interface Candidate {
  doc: SearchDoc;
  /**
   * How much of the query the word index found in it (0..1): per query word, 1 as typed, less for a word
   * it begins or a near spelling, 0 when absent; averaged over the words.
   */
  coverage: number;
  /** The fields (GROUP bits) in which the word index found them. */
  groups: number;
  /**
   * Over the query's words, the mean of the best main-subject score among the entity names the word
   * matched (times how well it matched): "united nations" is about the UN, not the United States.
   */
  about: number;
}

type Match = SearchResult['matches'][number];

export function rank(candidates: readonly Candidate[], queryWords: string[], newest: number): SearchResult[] {
  // Only the fields the word index found the words in: the rest would cost fuse.js a fuzzy scan each for
  // nothing (and, matching inside other words, could only add noise).
  const fuseDocs: FuseDoc[] = candidates.map(({ doc, groups }, i) => ({
    i,
    t: groups & GROUP.title ? fold(doc.title) : '',
    e: groups & GROUP.entity ? doc.entities.map((e) => fold(e.name)) : [],
    g: groups & GROUP.tag ? doc.tags.map(fold) : [],
    s: groups & GROUP.site ? fold(doc.site) : '',
    x: groups & GROUP.excerpt ? fold(doc.excerpt) : '',
  }));
  const fuse = new Fuse(fuseDocs, queryWords.length > 1 ? FUSE_WORDS : FUSE_WORD);
  const out: Array<SearchResult & { at: number }> = [];
  for (const r of fuse.search(queryWords.join(' '))) {
    const { doc, coverage, about } = candidates[r.item.i] as Candidate;
    const matches: Match[] = [];
    for (const m of r.matches ?? []) {
      const key = KEYS[m.key as keyof typeof KEYS];
      const original = originalValue(doc, key, m.refIndex);
      if (original === undefined) continue;
      const map = foldMapped(original);
      const ranges = m.indices.map(([a, b]) => unfoldRange(map, a, b));
      matches.push({ key, value: original, indices: joinWithinWords(original, ranges) });
    }
    const blend =
      BLEND.fuse * (r.score ?? 1) +
      BLEND.about * (1 - about) +
      BLEND.recency * (1 - recency(doc.clippedAt, newest));
    const score = BLEND.coverage * (1 - coverage) + (1 - BLEND.coverage) * blend;
    out.push({ id: doc.id, score, matches, at: doc.clippedAt });
  }
  out.sort((a, b) => a.score - b.score || b.at - a.at || b.id - a.id);
  return out.map(({ id, score, matches }) => ({ id, score, matches }));
}

function originalValue(doc: SearchDoc, key: string, ref: number | undefined): string | undefined {
  switch (key) {
    case 'title':
      return doc.title;
    case 'site':
      return doc.site;
    case 'excerpt':
      return doc.excerpt;
    case 'tags':
      return ref === undefined ? undefined : doc.tags[ref];
    case 'entities.name':
      return ref === undefined ? undefined : doc.entities[ref]?.name;
    default:
      return undefined;
  }
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * fuse.js marks the letters a fuzzy match shares with the query, so "Pakstan" lights up "Pak" and "stan"
 * of "Pakistan"; ranges split by a letter or two of the same word are joined to light the whole of it.
 */
function joinWithinWords(value: string, ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && range[0] - last[1] - 1 <= 2 && isWordGap(value, last[1] + 1, range[0])) {
      last[1] = Math.max(last[1], range[1]);
    } else out.push([range[0], range[1]]);
  }
  return out;
}

function isWordGap(value: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!LETTER.test(value[i] as string)) return false;
  return true;
}
