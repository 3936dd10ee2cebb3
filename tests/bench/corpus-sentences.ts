import { readFileSync } from 'node:fs';
import { pageTextFromHtml } from '../../lib/cli/read-page';
import { realMatcher } from '../support/gazetteer';
import { corpusPagePath, corpusPages } from '../support/shared-corpus';

/** One sentence of a corpus page and the entity ids the real matcher finds in it. */
export interface CorpusSentence {
  text: string;
  entities: string[];
}

let cached: CorpusSentence[][] | undefined;

/**
 * The 39 corpus pages cut into sentences of 40–400 characters (pages with fewer than ten left out), read
 * once per process: the material the store and search benchmarks make their articles from.
 */
export function corpusSentences(): CorpusSentence[][] {
  if (cached) return cached;
  const { matcher } = realMatcher();
  const pages: CorpusSentence[][] = [];
  for (const page of corpusPages()) {
    const path = corpusPagePath(page.id);
    const { text } = pageTextFromHtml(readFileSync(path, 'utf8'), path);
    const sentences = text
      .split(/(?<=[.!?])\s+(?=[A-Z“"])/)
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s.length >= 40 && s.length <= 400)
      .map((s) => ({ text: s, entities: [...new Set(matcher.match(s).map((m) => m.entity))] }));
    if (sentences.length >= 10) pages.push(sentences);
  }
  cached = pages;
  return pages;
}

/** mulberry32: small, fast, seedable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
