import type { SearchDoc } from './types';

/**
 * The clips' searchable fields column by column, one slot per clip, the way the snapshot stores them:
 * loading adopts the columns as they are instead of building tens of thousands of objects, and a clip is
 * made into an object only when it is a candidate for fuse.js. A replaced or removed clip's slot goes dead.
 * The inner arrays (tags, entity names and scores) are never changed once stored, so a snapshot and the
 * index loaded from it may share them.
 */
export class Columns {
  ids: number[];
  titles: string[];
  sites: string[];
  excerpts: string[];
  clippedAt: number[];
  tags: string[][];
  entityNames: string[][];
  entityScores: number[][];
  private alive: Uint8Array;
  private deadCount = 0;

  constructor(
    init: Pick<
      Columns,
      'ids' | 'titles' | 'sites' | 'excerpts' | 'clippedAt' | 'tags' | 'entityNames' | 'entityScores'
    > = {
      ids: [],
      titles: [],
      sites: [],
      excerpts: [],
      clippedAt: [],
      tags: [],
      entityNames: [],
      entityScores: [],
    },
  ) {
    this.ids = init.ids;
    this.titles = init.titles;
    this.sites = init.sites;
    this.excerpts = init.excerpts;
    this.clippedAt = init.clippedAt;
    this.tags = init.tags;
    this.entityNames = init.entityNames;
    this.entityScores = init.entityScores;
    this.alive = new Uint8Array(Math.max(1024, this.ids.length)).fill(1);
  }

  /** Slots, dead ones included. */
  get length(): number {
    return this.ids.length;
  }

  get dead(): number {
    return this.deadCount;
  }

  isAlive(slot: number): boolean {
    return this.alive[slot] === 1;
  }

  /** Stores `doc` (already a private copy) in a new slot. */
  push(doc: SearchDoc): number {
    const slot = this.ids.length;
    if (slot >= this.alive.length) {
      const grown = new Uint8Array(this.alive.length * 2);
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[slot] = 1;
    this.ids.push(doc.id);
    this.titles.push(doc.title);
    this.sites.push(doc.site);
    this.excerpts.push(doc.excerpt);
    this.clippedAt.push(doc.clippedAt);
    this.tags.push(doc.tags);
    this.entityNames.push(doc.entities.map((e) => e.name));
    this.entityScores.push(doc.entities.map((e) => e.score));
    return slot;
  }

  kill(slot: number): void {
    if (this.alive[slot] !== 1) return;
    this.alive[slot] = 0;
    this.deadCount++;
  }

  /** The clip in `slot`, as an object. */
  doc(slot: number): SearchDoc {
    const names = this.entityNames[slot] as string[];
    const scores = this.entityScores[slot] as number[];
    return {
      id: this.ids[slot] as number,
      title: this.titles[slot] as string,
      site: this.sites[slot] as string,
      tags: this.tags[slot] as string[],
      entities: names.map((name, k) => ({ name, score: scores[k] as number })),
      excerpt: this.excerpts[slot] as string,
      clippedAt: this.clippedAt[slot] as number,
    };
  }

  /** Drops the dead slots; returns the new slot of each old one (-1 for the dead). */
  compact(): Int32Array {
    const renumber = new Int32Array(this.length).fill(-1);
    let next = 0;
    const keep = <T>(column: T[]): T[] => {
      const out: T[] = [];
      for (let slot = 0; slot < column.length; slot++)
        if (this.alive[slot] === 1) out.push(column[slot] as T);
      return out;
    };
    for (let slot = 0; slot < this.length; slot++) if (this.alive[slot] === 1) renumber[slot] = next++;
    this.titles = keep(this.titles);
    this.sites = keep(this.sites);
    this.excerpts = keep(this.excerpts);
    this.clippedAt = keep(this.clippedAt);
    this.tags = keep(this.tags);
    this.entityNames = keep(this.entityNames);
    this.entityScores = keep(this.entityScores);
    this.ids = keep(this.ids);
    this.alive = new Uint8Array(Math.max(1024, next)).fill(1);
    this.deadCount = 0;
    return renumber;
  }
}
