/**
 * A tiny stand-in for lib/search's door (createSearchIndex / loadSearchIndex), for the store's tests while
 * lib/search is being written: case-insensitive substring matching, with the same interface and a plain
 * snapshot. It is not the search the reader gets; the store's tests only need "finds it / not any more".
 */

interface Doc {
  id: number;
  title: string;
  site: string;
  tags: string[];
  entities: Array<{ name: string; score: number }>;
  excerpt: string;
  clippedAt: number;
}
interface Result {
  id: number;
  score: number;
  matches: Array<{ key: string; value: string; indices: Array<[number, number]> }>;
}
interface Snapshot {
  standIn: 1;
  docs: Doc[];
}

export interface StandInIndex {
  upsert(doc: Doc): void;
  remove(id: number): void;
  search(query: string, limit?: number): Result[];
  snapshot(): Snapshot;
  readonly size: number;
}

function fields(doc: Doc): Array<[string, string]> {
  return [
    ['title', doc.title],
    ['site', doc.site],
    ...doc.tags.map((t): [string, string] => ['tags', t]),
    ...doc.entities.map((e): [string, string] => ['entities.name', e.name]),
    ['excerpt', doc.excerpt],
  ];
}

function indexOf(docs: Map<number, Doc>): StandInIndex {
  return {
    upsert: (doc) => void docs.set(doc.id, structuredClone(doc)),
    remove: (id) => void docs.delete(id),
    search(query, limit = 20) {
      const q = query.toLowerCase();
      const out: Result[] = [];
      for (const doc of docs.values()) {
        const matches: Result['matches'] = [];
        for (const [key, value] of fields(doc)) {
          const at = value.toLowerCase().indexOf(q);
          if (at >= 0) matches.push({ key, value, indices: [[at, at + q.length - 1]] });
        }
        if (matches.length) out.push({ id: doc.id, score: 1 / (1 + matches.length), matches });
      }
      return out.sort((a, b) => a.score - b.score || b.id - a.id).slice(0, limit);
    },
    snapshot: () => ({ standIn: 1, docs: [...docs.values()].map((d) => structuredClone(d)) }),
    get size() {
      return docs.size;
    },
  };
}

export const createSearchIndex = (): StandInIndex => indexOf(new Map());
export function loadSearchIndex(snapshot: Snapshot): StandInIndex {
  if (snapshot?.standIn !== 1) throw new Error('not a stand-in snapshot');
  return indexOf(new Map(snapshot.docs.map((d) => [d.id, d])));
}
