import { boundedDistance } from './edit-distance';

/**
 * Every folded word the index has seen, with its postings, and the two ways of reaching a word the reader
 * did not type exactly: words sorted for prefixes (typing "afgh"), and a trigram index over the words for
 * misspellings ("Pakstan"). Both work on the vocabulary (tens of thousands of words), never on the documents.
 */

/** How a query word reached an indexed word, and how much that is worth (1 = typed exactly). */
export interface Expansion {
  term: number;
  quality: number;
}

const PREFIX_SCAN = 2_000;
const PREFIX_KEEP = 48;
const FUZZY_KEEP = 24;

/** Edits allowed for a word of this length: none for short words, where one edit makes another word. */
export function editsAllowed(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

export class Vocabulary {
  readonly terms: string[];
  readonly ids: Map<string, number>;
  /**
   * Postings per term: `slot * 32 + field code`, in ascending order. A term loaded from a snapshot keeps
   * its delta-coded list (`coded`) until a search or a new clip first needs it, so a load decodes nothing.
   */
  private readonly lists: number[][];
  private readonly coded: Uint8Array;
  /** Term ids in code-unit order of their text, for prefix lookups; `pending` ones are not in it yet. */
  private sorted: number[];
  private pending: number[] = [];
  /** Trigram → term ids; built on first use and kept up to date after. */
  private grams: Map<string, number[]> | null = null;
  private counts = new Int32Array(0);

  /** `lists` are delta-coded when `coded`; `sorted` says the terms already are in code-unit order. */
  constructor(terms: string[] = [], lists: number[][] = [], { sorted = false, coded = false } = {}) {
    this.terms = terms;
    this.lists = lists;
    this.coded = new Uint8Array(coded ? terms.length : 0).fill(1);
    this.ids = new Map();
    for (let i = 0; i < terms.length; i++) this.ids.set(terms[i] as string, i);
    this.sorted = terms.map((_, i) => i);
    if (!sorted) this.sortAll();
  }

  get size(): number {
    return this.terms.length;
  }

  /** Clips' postings holding `term`, duplicates for several fields included: its document frequency. */
  df(term: number): number {
    return this.lists[term]?.length ?? 0;
  }

  /** The postings of `term`, decoded. */
  postings(term: number): number[] {
    const list = this.lists[term] as number[];
    if (this.coded[term] !== 1) return list;
    const out = new Array<number>(list.length);
    let v = 0;
    for (let i = 0; i < list.length; i++) {
      v += list[i] as number;
      out[i] = v;
    }
    this.lists[term] = out;
    this.coded[term] = 0;
    return out;
  }

  /** The postings of `term` delta-coded, a fresh array, for a snapshot. */
  deltas(term: number): number[] {
    const list = this.lists[term] as number[];
    if (this.coded[term] === 1) return list.slice();
    const out = new Array<number>(list.length);
    let last = 0;
    for (let i = 0; i < list.length; i++) {
      const v = list[i] as number;
      out[i] = v - last;
      last = v;
    }
    return out;
  }

  /** The id of `term`, adding it when new. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.lists.push([]);
      this.ids.set(term, id);
      this.pending.push(id);
      if (this.grams) addGrams(this.grams, term, id);
    }
    return id;
  }

  /** Term ids in sorted order, for a snapshot. */
  sortedIds(): number[] {
    this.settle();
    return this.sorted;
  }

  /**
   * Indexed words the query word `word` stands for, each with how well it matches:
   * - itself (1);
   * - words it begins: any, for the word being typed ("afgh" → "afghanistan"); otherwise only endings of a
   *   few letters ("sanction" → "sanctions"), most used first, within a budget of postings so that a short
   *   prefix never drags in half the archive;
   * - words within one or two edits ("Pakstan" → "pakistan"), unless the word as typed is itself common
   *   and the neighbour no more so: "sudan" is not a misspelling of "sedan";
   * - while typing, and nothing else matched, words whose beginning is one edit away ("afgan").
   */
  expand(word: string, typing: boolean, budget: number): Expansion[] {
    const out = new Map<number, number>();
    const df = (term: number) => this.df(term);
    let spent = 0;
    const offer = (term: number, quality: number) => {
      const n = df(term);
      if (n === 0 || (out.get(term) ?? 0) >= quality) return;
      if (!out.has(term)) spent += n;
      out.set(term, quality);
    };
    const exact = this.ids.get(word);
    if (exact !== undefined) offer(exact, 1);

    if (typing || word.length >= 4) {
      const longest = typing ? Number.POSITIVE_INFINITY : word.length + 3;
      for (const term of this.withPrefix(word, longest)) {
        if (spent + df(term) > budget && out.size > 0) continue;
        offer(term, 0.75 + (0.15 * word.length) / (this.terms[term] as string).length);
      }
    }
    const foundPlainly = out.size > 0;

    const edits = editsAllowed(word.length);
    if (edits > 0) {
      const exactDf = exact === undefined ? 0 : df(exact);
      const near = this.near(word, edits, typing);
      // Between neighbours as near as each other ("Austrlia": Austria or Australia?), the more used word
      // is the likelier meant.
      const mostUsed = Math.max(1, ...near.map((n) => df(n.term)));
      for (const { term, full, prefix } of near) {
        const plausible = exactDf < 3 || df(term) >= 20 * exactDf;
        const usage = 0.9 + (0.1 * df(term)) / mostUsed;
        if (full <= edits && plausible) offer(term, (full === 1 ? 0.8 : 0.6) * usage);
        else if (typing && !foundPlainly && prefix <= 1) offer(term, 0.55 * usage);
      }
    }
    return [...out].map(([term, quality]) => ({ term, quality }));
  }

  /** The most used words beginning with `prefix`, at most `longest` letters long (not the word itself). */
  private withPrefix(prefix: string, longest: number): number[] {
    this.settle();
    const { sorted, terms } = this;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((terms[sorted[mid] as number] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < sorted.length && found.length < PREFIX_SCAN; i++) {
      const term = sorted[i] as number;
      const text = terms[term] as string;
      if (!text.startsWith(prefix)) break;
      if (text.length > prefix.length && text.length <= longest) found.push(term);
    }
    const df = (t: number) => this.df(t);
    return found.sort((a, b) => df(b) - df(a)).slice(0, PREFIX_KEEP);
  }

  /** Words within `edits` edits of `word` (or of a prefix of theirs when `typing`), closest first. */
  private near(word: string, edits: number, typing: boolean) {
    const grams = this.gramIndex();
    if (this.counts.length < this.terms.length) this.counts = new Int32Array(this.terms.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    // The query's trigrams without the end mark, so that prefixes of longer words count too.
    const padded = `^${word}$`;
    const qGrams = new Set<string>();
    for (let i = 0; i + 3 <= padded.length; i++) qGrams.add(padded.slice(i, i + 3));
    const endGram = padded.slice(-3);
    for (const g of qGrams) {
      const list = grams.get(g);
      if (!list) continue;
      const isEnd = g === endGram;
      for (const term of list) {
        if (counts[term] === 0) touched.push(term);
        counts[term] = (counts[term] as number) + (isEnd ? 0x10000 : 1);
      }
    }
    // Each edit spoils at most three of the query's trigrams.
    const need = Math.max(1, qGrams.size - 3 * edits);
    const needPrefix = Math.max(1, qGrams.size - 1 - 3);
    const found: Array<{ term: number; full: number; prefix: number }> = [];
    for (const term of touched) {
      const c = counts[term] as number;
      counts[term] = 0;
      const shared = (c & 0xffff) + (c >>> 16);
      const text = this.terms[term] as string;
      const lengthOk = Math.abs(text.length - word.length) <= edits;
      const asWord = lengthOk && shared >= need;
      const asPrefix = typing && text.length >= word.length && (c & 0xffff) >= needPrefix;
      if (!asWord && !asPrefix) continue;
      const d = boundedDistance(word, text, edits);
      if (d.full <= edits || (typing && d.prefix <= 1)) found.push({ term, ...d });
    }
    found.sort((a, b) => a.full - b.full || a.prefix - b.prefix);
    return found.slice(0, FUZZY_KEEP);
  }

  private gramIndex(): Map<string, number[]> {
    if (!this.grams) {
      const grams = new Map<string, number[]>();
      for (let id = 0; id < this.terms.length; id++) addGrams(grams, this.terms[id] as string, id);
      this.grams = grams;
    }
    return this.grams;
  }

  /** Puts the words added since the last lookup into sorted order. */
  private settle(): void {
    const { pending } = this;
    if (pending.length === 0) return;
    if (pending.length > 64) {
      this.sorted.push(...pending);
      this.sortAll();
    } else {
      for (const id of pending) {
        const text = this.terms[id] as string;
        let lo = 0;
        let hi = this.sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((this.terms[this.sorted[mid] as number] as string) < text) lo = mid + 1;
          else hi = mid;
        }
        this.sorted.splice(lo, 0, id);
      }
    }
    this.pending = [];
  }

  private sortAll(): void {
    const { terms } = this;
    this.sorted.sort((a, b) => {
      const x = terms[a] as string;
      const y = terms[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
}

function addGrams(grams: Map<string, number[]>, term: string, id: number): void {
  const padded = `^${term}$`;
  let last = '';
  for (let i = 0; i + 3 <= padded.length; i++) {
    const g = padded.slice(i, i + 3);
    if (g === last) continue;
    last = g;
    const list = grams.get(g);
    if (list) {
      if (list[list.length - 1] !== id) list.push(id);
    } else grams.set(g, [id]);
  }
}
