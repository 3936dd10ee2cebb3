import { Columns } from './columns';
import { CODE_ABOUT, CODE_GROUP, CODE_WEIGHT, CODES, entityCode, FIELD } from './fields';
import { fold, words } from './normalize';
import { type Candidate, rank, recency } from './rank';
import { kthLargest } from './select';
import type { SearchDoc, SearchIndex, SearchResult, SearchSnapshot } from './types';
import { type Expansion, Vocabulary } from './vocabulary';

/** Bumped whenever the snapshot's shape or the meaning of its postings changes (1: a list of docs). */
export const SEARCH_SNAPSHOT_VERSION = 2;

const DEFAULT_LIMIT = 20;
/**
 * How many clips the word index hands fuse.js to rank, per result asked for, and at least and at most:
 * the word index already orders them much as the final blend will, fuse.js settles the order among them.
 */
const CANDIDATES_PER_RESULT = 3;
const MIN_CANDIDATES = 60;
const MAX_CANDIDATES = 300;
/** Query words beyond these are ignored: a pasted paragraph is not a search. */
const MAX_WORDS = 8;
/** Removed or replaced clips leave dead slots in the postings; past this share they are swept out. */
const DEAD_SHARE = 0.5;
const MIN_DEAD = 512;
/** Postings a query word's prefix expansions may add, per clip slot and at least. */
const POSTINGS_BUDGET_PER_SLOT = 1.5;
const POSTINGS_BUDGET_MIN = 20_000;
/**
 * A query word with more postings than this share of the clips (and than COMMON_MIN, below which walking
 * them costs nothing) is too common to find candidates by.
 */
const COMMON_SHARE = 0.5;
const COMMON_MIN = 5_000;
/** In the choice of candidates, how much recency weighs beside the words matched. */
const CANDIDATE_RECENCY = 0.1;

/**
 * The search index: clips in slots (a replaced clip gets a new slot, the old one goes dead), and an
 * inverted index from folded words to slots. A search expands each query word over the vocabulary
 * (exact, prefix, typos), scores every clip those words reach by what it matched and where, keeps the
 * best few dozen (a few per result asked for), and lets fuse.js rank those (rank.ts). Nothing is ever
 * rebuilt from the text: an upsert indexes one clip, a removal marks its slot dead, and dead slots are
 * swept out of the postings once they are half of them.
 */
class WordIndex implements SearchIndex {
  private columns: Columns;
  private slotOf = new Map<number, number>();
  private vocab: Vocabulary;
  private newest = 0;
  // Scratch arrays for search, one entry per slot, grown as needed.
  private best = new Float64Array(0);
  private total = new Float64Array(0);
  private bestAbout = new Float64Array(0);
  private totalAbout = new Float64Array(0);
  /** Per slot, the sum over query words of how well the word matched (its best expansion's quality). */
  private matched = new Float64Array(0);
  private bestQuality = new Float64Array(0);
  private groups = new Uint8Array(0);
  /** recency() of each slot's clip, for the newest clip time `freshFor`, up to slot `freshUpTo`. */
  private fresh = new Float64Array(0);
  /** Per term, the last slot indexed and the field codes it was found under there. */
  private stampSlot = new Int32Array(0);
  private stampMask = new Uint32Array(0);
  private freshFor = Number.NaN;
  private freshUpTo = 0;

  constructor(vocab = new Vocabulary(), columns = new Columns()) {
    this.vocab = vocab;
    this.columns = columns;
    const { ids, clippedAt } = columns;
    for (let slot = 0; slot < ids.length; slot++) {
      this.slotOf.set(ids[slot] as number, slot);
      if ((clippedAt[slot] as number) > this.newest) this.newest = clippedAt[slot] as number;
    }
  }

  get size(): number {
    return this.slotOf.size;
  }

  upsert(input: SearchDoc): void {
    const doc = copyDoc(input);
    this.kill(doc.id);
    const slot = this.columns.push(doc);
    this.slotOf.set(doc.id, slot);
    if (doc.clippedAt > this.newest) this.newest = doc.clippedAt;
    this.indexText(doc.title, slot, FIELD.title);
    for (const tag of doc.tags) this.indexText(tag, slot, FIELD.tag);
    this.indexText(doc.site, slot, FIELD.site);
    for (const e of doc.entities) this.indexText(e.name, slot, entityCode(e.score));
    this.indexText(doc.excerpt, slot, FIELD.excerpt);
    this.maybeSweep();
  }

  /** Adds the words of `text` to the postings, once per word and field code of the clip in `slot`. */
  private indexText(text: string, slot: number, code: number): void {
    for (const word of words(fold(text))) {
      const term = this.vocab.intern(word);
      if (term >= this.stampSlot.length) {
        const size = Math.max(1024, term * 2);
        const slots = new Int32Array(size).fill(-1);
        slots.set(this.stampSlot);
        const masks = new Uint32Array(size);
        masks.set(this.stampMask);
        this.stampSlot = slots;
        this.stampMask = masks;
      }
      // Which codes this clip already has a posting for under `term`: a bit mask, reset per clip.
      const mask = this.stampSlot[term] === slot ? (this.stampMask[term] as number) : 0;
      if ((mask >>> code) & 1) continue;
      this.stampSlot[term] = slot;
      this.stampMask[term] = mask | (1 << code);
      this.vocab.postings(term).push(slot * CODES + code);
    }
  }

  remove(id: number): void {
    this.kill(id);
    this.maybeSweep();
  }

  search(query: string, limit = DEFAULT_LIMIT): SearchResult[] {
    const folded = fold(query);
    const queryWords = [...new Set(words(folded))].slice(0, MAX_WORDS);
    const wanted = Math.floor(limit);
    if (queryWords.length === 0 || !(wanted > 0) || this.size === 0) return [];
    const pool = Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, wanted * CANDIDATES_PER_RESULT));
    const candidates = this.candidates(queryWords, /[\p{L}\p{N}]$/u.test(folded), pool);
    if (candidates.length === 0) return [];
    return rank(candidates, queryWords, this.newest).slice(0, wanted);
  }

  snapshot(): SearchSnapshot {
    this.sweep();
    const c = this.columns;
    const terms: string[] = [];
    const postings: number[][] = [];
    for (const term of this.vocab.sortedIds()) {
      if (this.vocab.df(term) === 0) continue;
      terms.push(this.vocab.terms[term] as string);
      postings.push(this.vocab.deltas(term));
    }
    return {
      version: SEARCH_SNAPSHOT_VERSION,
      ids: c.ids.slice(),
      titles: c.titles.slice(),
      sites: c.sites.slice(),
      excerpts: c.excerpts.slice(),
      clippedAt: c.clippedAt.slice(),
      tags: c.tags.slice(),
      entityNames: c.entityNames.slice(),
      entityScores: c.entityScores.slice(),
      terms,
      postings,
    };
  }

  private freshness(): Float64Array {
    const slots = this.columns.length;
    if (this.fresh.length < slots) {
      const grown = new Float64Array(Math.max(slots, this.fresh.length * 2, 1024));
      grown.set(this.fresh.subarray(0, this.freshUpTo));
      this.fresh = grown;
    }
    let from = this.freshUpTo;
    if (this.freshFor !== this.newest) {
      this.freshFor = this.newest;
      from = 0;
    }
    const { clippedAt } = this.columns;
    for (let slot = from; slot < slots; slot++)
      this.fresh[slot] = recency(clippedAt[slot] as number, this.newest);
    this.freshUpTo = slots;
    return this.fresh;
  }

  private kill(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.columns.kill(slot);
    this.slotOf.delete(id);
  }

  private maybeSweep(): void {
    const { dead, length } = this.columns;
    if (dead >= MIN_DEAD && dead > length * DEAD_SHARE) this.sweep();
  }

  /** Renumbers the live slots densely and drops dead postings and words no clip uses any more. */
  private sweep(): void {
    if (this.columns.dead === 0) return;
    const renumber = this.columns.compact();
    const terms: string[] = [];
    const postings: number[][] = [];
    const old = this.vocab;
    for (let term = 0; term < old.terms.length; term++) {
      const kept: number[] = [];
      for (const v of old.postings(term)) {
        const slot = renumber[(v / CODES) | 0] as number;
        if (slot >= 0) kept.push(slot * CODES + (v & (CODES - 1)));
      }
      if (kept.length === 0) continue;
      terms.push(old.terms[term] as string);
      postings.push(kept);
    }
    this.vocab = new Vocabulary(terms, postings);
    this.stampSlot = new Int32Array(0);
    this.stampMask = new Uint32Array(0);
    const { ids, clippedAt } = this.columns;
    this.slotOf = new Map();
    this.newest = 0;
    for (let slot = 0; slot < ids.length; slot++) {
      this.slotOf.set(ids[slot] as number, slot);
      if ((clippedAt[slot] as number) > this.newest) this.newest = clippedAt[slot] as number;
    }
    this.freshFor = Number.NaN;
    this.freshUpTo = 0;
  }

  /**
   * Every clip the query's words reach, scored by what matched: per query word its best expansion
   * (quality × field weight), summed over the words and divided by their number, so clips holding every
   * word come first; a little recency on top. The best `pool` go on to fuse.js.
   */
  private candidates(queryWords: string[], lastIsTyping: boolean, pool: number): Candidate[] {
    const slots = this.columns.length;
    if (this.best.length < slots) {
      const grow = Math.max(slots, this.best.length * 2, 1024);
      this.best = new Float64Array(grow);
      this.total = new Float64Array(grow);
      this.bestAbout = new Float64Array(grow);
      this.totalAbout = new Float64Array(grow);
      this.matched = new Float64Array(grow);
      this.bestQuality = new Float64Array(grow);
      this.groups = new Uint8Array(grow);
    }
    const { best, total, bestAbout, totalAbout, matched, bestQuality, groups, columns } = this;
    const reached: number[] = [];
    const perWord: number[] = [];
    const budget = Math.max(POSTINGS_BUDGET_MIN, slots * POSTINGS_BUDGET_PER_SLOT);
    const expansions = queryWords.map((word, w) =>
      this.vocab.expand(word, lastIsTyping && w === queryWords.length - 1, budget),
    );
    const postingsOf = (list: Expansion[]) => list.reduce((sum, e) => sum + this.vocab.df(e.term), 0);
    // A word nearly every clip holds ("the", the "com" of every site) finds nothing a rarer word of the same
    // query would not, at the cost of walking most of the index: it counts as matched everywhere instead,
    // and fuse.js still weighs it among the candidates.
    const tooMany = Math.max(COMMON_MIN, this.size * COMMON_SHARE);
    const common = expansions.map((list) => postingsOf(list) > tooMany);
    const skip = common.every(Boolean) ? common.map(() => false) : common;
    let free = 0;
    expansions.forEach((list, w) => {
      if (skip[w]) {
        free++;
        return;
      }
      perWord.length = 0;
      for (const { term, quality } of list) {
        for (const v of this.vocab.postings(term)) {
          const slot = (v / CODES) | 0;
          if (!columns.isAlive(slot)) continue;
          const code = v & (CODES - 1);
          const value = quality * (CODE_WEIGHT[code] as number);
          groups[slot] = (groups[slot] as number) | (CODE_GROUP[code] as number);
          const had = best[slot] as number;
          if (had === 0) perWord.push(slot);
          if (value > had) best[slot] = value;
          const about = quality * (CODE_ABOUT[code] as number);
          if (about > (bestAbout[slot] as number)) bestAbout[slot] = about;
          if (quality > (bestQuality[slot] as number)) bestQuality[slot] = quality;
        }
      }
      for (const slot of perWord) {
        if (matched[slot] === 0) reached.push(slot);
        matched[slot] = (matched[slot] as number) + (bestQuality[slot] as number);
        total[slot] = (total[slot] as number) + (best[slot] as number);
        totalAbout[slot] = (totalAbout[slot] as number) + (bestAbout[slot] as number);
        best[slot] = 0;
        bestAbout[slot] = 0;
        bestQuality[slot] = 0;
      }
    });

    const n = queryWords.length;
    const fresh = this.freshness();
    const scores = new Float64Array(reached.length);
    for (let i = 0; i < reached.length; i++) {
      const slot = reached[i] as number;
      scores[i] = (total[slot] as number) / n + CANDIDATE_RECENCY * (fresh[slot] as number);
    }
    const cut = reached.length > pool ? kthLargest(scores.slice(), pool) : Number.NEGATIVE_INFINITY;
    const out: Candidate[] = [];
    const ties: Candidate[] = [];
    for (let i = 0; i < reached.length; i++) {
      const slot = reached[i] as number;
      const score = scores[i] as number;
      if (score >= cut) {
        const candidate = {
          doc: columns.doc(slot),
          coverage: ((matched[slot] as number) + free) / n,
          about: (totalAbout[slot] as number) / (n - free),
          groups: groups[slot] as number,
        };
        (score > cut ? out : ties).push(candidate);
      }
      matched[slot] = 0;
      total[slot] = 0;
      totalAbout[slot] = 0;
      groups[slot] = 0;
    }
    for (const t of ties) {
      if (out.length >= pool) break;
      out.push(t);
    }
    return out;
  }
}

function copyDoc(doc: SearchDoc): SearchDoc {
  return {
    id: doc.id,
    title: String(doc.title ?? ''),
    site: String(doc.site ?? ''),
    tags: (doc.tags ?? []).map(String),
    entities: (doc.entities ?? []).map((e) => ({ name: String(e.name ?? ''), score: Number(e.score) || 0 })),
    excerpt: String(doc.excerpt ?? ''),
    clippedAt: Number(doc.clippedAt) || 0,
  };
}

export function createSearchIndex(): SearchIndex {
  return new WordIndex();
}

/** Rebuilds an index from its snapshot without re-reading any text; throws on a snapshot it cannot read. */
export function loadSearchIndex(snapshot: SearchSnapshot): SearchIndex {
  const version = (snapshot as { version?: unknown } | null | undefined)?.version;
  if (version !== SEARCH_SNAPSHOT_VERSION) {
    throw new Error(
      `Search index snapshot version ${JSON.stringify(version ?? null)} cannot be read: this version of Dossier reads version ${SEARCH_SNAPSHOT_VERSION}. Rebuild the index from the clips.`,
    );
  }
  const s = snapshot;
  const n = s.ids?.length;
  const parts = [s.titles, s.sites, s.excerpts, s.clippedAt, s.tags, s.entityNames, s.entityScores];
  if (
    !Array.isArray(s.ids) ||
    parts.some((c) => !Array.isArray(c) || c.length !== n) ||
    !Array.isArray(s.terms) ||
    !Array.isArray(s.postings) ||
    s.terms.length !== s.postings.length
  ) {
    throw new Error(
      'Search index snapshot is damaged (its columns disagree). Rebuild the index from the clips.',
    );
  }
  const columns = new Columns({
    ids: s.ids.slice(),
    titles: s.titles.slice(),
    sites: s.sites.slice(),
    excerpts: s.excerpts.slice(),
    clippedAt: s.clippedAt.slice(),
    tags: s.tags.slice(),
    entityNames: s.entityNames.slice(),
    entityScores: s.entityScores.slice(),
  });
  for (let i = 0; i < n; i++) {
    const names = s.entityNames[i];
    if (!Array.isArray(s.tags[i]) || !Array.isArray(names) || names.length !== s.entityScores[i]?.length)
      throw new Error('Search index snapshot is damaged (a clip without its tags or entities).');
  }
  for (const list of s.postings) {
    if (!Array.isArray(list)) throw new Error('Search index snapshot is damaged (a word without postings).');
  }
  const vocab = new Vocabulary(s.terms.slice(), s.postings.slice(), { sorted: true, coded: true });
  return new WordIndex(vocab, columns);
}
