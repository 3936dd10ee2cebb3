import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import {
  type ClipDraft,
  type ClipEntity,
  openStore,
  type SearchEngine,
  type Store,
} from '../../../lib/store';
import * as search from './search-stand-in';

const NAMES: Record<string, string> = {
  'country:AF': 'Afghanistan',
  'country:PK': 'Pakistan',
  'country:US': 'United States',
  'country:FR': 'France',
  'org:un': 'United Nations',
  'org:taliban': 'Taliban',
};
export const nameOf = (id: string): string | null => NAMES[id] ?? null;

/** The search engine, counting rebuilds (create) and snapshot loads. */
export function countingEngine(): SearchEngine & { creates: number; loads: number } {
  const engine = {
    creates: 0,
    loads: 0,
    create: () => {
      engine.creates++;
      return search.createSearchIndex() as unknown as ReturnType<SearchEngine['create']>;
    },
    load: (snapshot: Parameters<SearchEngine['load']>[0]) => {
      engine.loads++;
      return search.loadSearchIndex(snapshot as never) as unknown as ReturnType<SearchEngine['load']>;
    },
  };
  return engine;
}

let dbCount = 0;
/** A fresh database name per test: fake-indexeddb is one global factory. */
export const freshName = (): string => `dossier-test-${++dbCount}-${Math.random().toString(36).slice(2)}`;

export interface TestClock {
  now: () => number;
  tick(ms?: number): number;
}

export function clock(start = Date.UTC(2025, 4, 5, 12)): TestClock {
  let t = start;
  return { now: () => t, tick: (ms = 60_000) => (t += ms) };
}

/** A store on fake-indexeddb; the snapshot save is not debounced away into the next test. */
export function testStore(
  options: {
    name?: string;
    engine?: SearchEngine;
    now?: () => number;
    persistDelayMs?: number;
    afterWrite?: () => Promise<void>;
  } = {},
): Store {
  return openStore({
    name: options.name ?? freshName(),
    indexedDB,
    IDBKeyRange,
    nameOf,
    engine: options.engine ?? countingEngine(),
    now: options.now ?? clock().now,
    persistDelayMs: options.persistDelayMs ?? 60_000,
    afterWrite: options.afterWrite,
  });
}

export function entity(
  id: string,
  sentences: string[] = [`A sentence about ${nameOf(id) ?? id}.`],
  count = 2,
): ClipEntity {
  return { id, count, score: 0.5, sentences };
}

export function draft(overrides: Partial<ClipDraft> = {}): ClipDraft {
  return {
    url: 'https://www.example.com/news/kabul',
    title: 'Taliban and Pakistan meet in Kabul',
    byline: 'A. Reporter',
    siteName: 'Example News',
    publishedAt: '2025-05-01T08:00:00Z',
    lang: 'en',
    excerpt: 'Talks between the Taliban and Pakistan resumed on Thursday.',
    html: '<p>Talks between the <b>Taliban</b> and Pakistan resumed on Thursday.</p>',
    text: 'Talks between the Taliban and Pakistan resumed on Thursday.',
    entities: [entity('org:taliban'), entity('country:PK'), entity('country:AF')],
    wordCount: 9,
    kind: 'article',
    ...overrides,
  };
}
