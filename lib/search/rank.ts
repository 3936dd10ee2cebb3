import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { SearchDoc, SearchResult } from './types';

const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'entities.name', weight: 3 },
    { name: 'tags', weight: 2 },
    { name: 'site', weight: 1.5 },
    { name: 'excerpt', weight: 1 },
  ],
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.35,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
};

const ENTITY_WEIGHT = 0.25;
const RECENCY_WEIGHT = 0.1;
const RECENCY_SPAN_MS = 2 * 365 * 24 * 3600 * 1000;
/** A query word a doc does not match at all counts as Fuse's worst score. */
const MISSING = 1;

type Match = SearchResult['matches'][number];

/**
 * Fuse ranks the candidates for the whole query and, for a query of several words, for each word: a doc
 * that holds every word but not as one phrase ("reuters kabul") still ranks, ahead of docs holding some.
 */
export function rank(
  candidates: SearchDoc[],
  query: string,
  words: readonly string[],
  now: number,
  limit: number,
) {
  const fuse = new Fuse(candidates, FUSE_OPTIONS);
  const phrase = new Map<number, FuseResult<SearchDoc>>();
  for (const r of fuse.search(query)) phrase.set(r.item.id, r);
  // Each Fuse run costs as much as the phrase's: only when the phrase alone does not fill the page.
  const perWord = words.length > 1 && phrase.size < limit ? words.map((w) => fuse.search(w)) : [];

  const scored = new Map<number, { doc: SearchDoc; score: number; matches: Match[] }>();
  const entry = (doc: SearchDoc) => {
    let e = scored.get(doc.id);
    if (!e) {
      e = { doc, score: MISSING, matches: [] };
      scored.set(doc.id, e);
    }
    return e;
  };
  for (const r of phrase.values()) {
    const e = entry(r.item);
    e.score = r.score ?? MISSING;
    e.matches.push(...toMatches(r));
  }
  if (perWord.length > 0) {
    const sums = new Map<number, number>();
    for (const results of perWord) {
      for (const r of results) {
        entry(r.item).matches.push(...toMatches(r));
        sums.set(r.item.id, (sums.get(r.item.id) ?? 0) + (r.score ?? MISSING) - MISSING);
      }
    }
    for (const [id, sum] of sums) {
      const e = scored.get(id);
      if (!e) continue;
      const mean = (words.length * MISSING + sum) / words.length;
      e.score = Math.min(phrase.has(id) ? e.score : MISSING, mean);
    }
  }

  const out: SearchResult[] = [];
  for (const { doc, score, matches } of scored.values()) {
    const merged = mergeMatches(matches);
    const blended =
      score * (1 - ENTITY_WEIGHT * entityScore(doc, merged)) * (1 - RECENCY_WEIGHT * recency(doc, now));
    out.push({ id: doc.id, score: blended, matches: merged });
  }
  return out.sort((a, b) => a.score - b.score || clippedAt(scored, b.id) - clippedAt(scored, a.id));
}

const clippedAt = (scored: Map<number, { doc: SearchDoc }>, id: number) => scored.get(id)?.doc.clippedAt ?? 0;

function toMatches(r: FuseResult<SearchDoc>): Match[] {
  return (r.matches ?? []).map((m) => ({
    key: m.key ?? '',
    value: m.value ?? '',
    indices: m.indices.map(([a, b]): [number, number] => [a, b]),
  }));
}

/** One entry per field value, its ranges sorted and overlapping ones joined. */
function mergeMatches(matches: Match[]): Match[] {
  const byField = new Map<string, Match>();
  for (const m of matches) {
    const k = `${m.key}\u0000${m.value}`;
    const found = byField.get(k);
    if (found) found.indices.push(...m.indices);
    else byField.set(k, { key: m.key, value: m.value, indices: [...m.indices] });
  }
  for (const m of byField.values()) {
    m.indices.sort((a, b) => a[0] - b[0]);
    const joined: Array<[number, number]> = [];
    for (const [a, b] of m.indices) {
      const last = joined[joined.length - 1];
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else joined.push([a, b]);
    }
    m.indices = joined;
  }
  return [...byField.values()];
}

/** How central the best matched entity is to the article (0..1): a passing mention ranks below a subject. */
function entityScore(doc: SearchDoc, matches: readonly Match[]): number {
  let best = 0;
  for (const m of matches) {
    if (m.key !== 'entities.name') continue;
    for (const e of doc.entities) if (e.name === m.value && e.score > best) best = e.score;
  }
  return Math.min(1, Math.max(0, best));
}

/** 1 for a clip made now, falling to 0 for one two years old or more. */
function recency(doc: SearchDoc, now: number): number {
  return Math.min(1, Math.max(0, 1 - (now - doc.clippedAt) / RECENCY_SPAN_MS));
}
