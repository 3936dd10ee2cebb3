import { maxTypos, tokenize, withinDistance } from './tokens';
import type { SearchDoc } from './types';

/** How well a doc's token meets a query word: exact beats prefix beats a typo. */
const EXACT = 1;
const PREFIX = 0.9;
const TYPO = 0.8;
/** Prefixes shorter than this only match whole tokens, or "a" would expand to half the vocabulary. */
const MIN_PREFIX = 2;

export function docTokens(doc: SearchDoc): string[] {
  const text = [doc.title, doc.site, ...doc.tags, ...doc.entities.map((e) => e.name), doc.excerpt].join(' ');
  return [...new Set(tokenize(text))];
}

/**
 * Inverted index: token → doc ids. The vocabulary is bucketed by first letter, then by length, so that
 * expanding a query word (prefix or typo) only walks the tokens that could possibly match it.
 */
export class Postings {
  private readonly ids = new Map<string, Set<number>>();
  private readonly buckets = new Map<string, Map<number, Set<string>>>();

  add(id: number, tokens: readonly string[]): void {
    for (const t of tokens) {
      let set = this.ids.get(t);
      if (!set) {
        set = new Set();
        this.ids.set(t, set);
        this.bucket(t, true)?.add(t);
      }
      set.add(id);
    }
  }

  delete(id: number, tokens: readonly string[]): void {
    for (const t of tokens) {
      const set = this.ids.get(t);
      if (!set) continue;
      set.delete(id);
      if (set.size === 0) {
        this.ids.delete(t);
        this.bucket(t, false)?.delete(t);
      }
    }
  }

  private bucket(t: string, create: boolean): Set<string> | undefined {
    const first = t[0] as string;
    let byLength = this.buckets.get(first);
    if (!byLength) {
      if (!create) return undefined;
      byLength = new Map();
      this.buckets.set(first, byLength);
    }
    let set = byLength.get(t.length);
    if (!set && create) {
      set = new Set();
      byLength.set(t.length, set);
    }
    return set;
  }

  /** Vocabulary tokens a query word stands for, each with how well it matches. */
  expand(word: string): Map<string, number> {
    const out = new Map<string, number>();
    if (this.ids.has(word)) out.set(word, EXACT);
    const byLength = this.buckets.get(word[0] as string);
    if (!byLength) return out;
    const typos = maxTypos(word);
    for (const [length, tokens] of byLength) {
      const prefix = word.length >= MIN_PREFIX && length > word.length;
      const near = typos > 0 && Math.abs(length - word.length) <= typos;
      if (!prefix && !near) continue;
      for (const t of tokens) {
        if (out.has(t)) continue;
        if (prefix && t.startsWith(word)) out.set(t, PREFIX);
        else if (near && withinDistance(word, t, typos)) out.set(t, TYPO);
      }
    }
    return out;
  }

  /** For each doc hitting any query word: the sum, over the words, of its best match. */
  hits(words: readonly string[]): Map<number, number> {
    const total = new Map<number, number>();
    for (const word of words) {
      const best = new Map<number, number>();
      for (const [token, quality] of this.expand(word)) {
        for (const id of this.ids.get(token) ?? []) {
          if ((best.get(id) ?? 0) < quality) best.set(id, quality);
        }
      }
      for (const [id, q] of best) total.set(id, (total.get(id) ?? 0) + q);
    }
    return total;
  }
}
