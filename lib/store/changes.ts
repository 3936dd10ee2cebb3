import { countFacets, type StoredClip } from './records';

/**
 * What one write transaction changed: the clips (for the search index) and the net change of each facet
 * key's clip count (for the count table). Every writer says what a clip was before its change, so that a
 * count can never drift from the clips it counts.
 */
export class Changes {
  /** The new record of each changed clip, or null for a deleted one. */
  readonly clips = new Map<number, StoredClip | null>();
  readonly counts = new Map<string, number>();

  /** One clip's change: its record before (undefined when new) and after (null when deleted). */
  set(id: number, before: StoredClip | undefined, after: StoredClip | null): void {
    if (before) countFacets(this.counts, before, -1);
    if (after) countFacets(this.counts, after, 1);
    this.clips.set(id, after);
  }

  get size(): number {
    return this.clips.size;
  }
}
