import { type AutomatonView, createMatcher, type Mention, matchChunks } from '../match';
import { collectTextChunks, type TextChunk } from '../text';

/** How many times each entity is named on a page, most named first. */
export interface EntityCount {
  id: string;
  count: number;
}

export interface DocumentScan {
  chunks: TextChunk[];
  mentions: Mention[];
  entities: EntityCount[];
  textLength: number;
}

/** Attribute on our own UI hosts: the scanner never reads our own text. */
export const OWN_UI_ATTRIBUTE = 'data-dossier-ui';
export const OWN_UI_SELECTOR = `[${OWN_UI_ATTRIBUTE}]`;

export function countEntities(mentions: readonly Mention[]): EntityCount[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}

/** Finds every entity named in the visible text under `root` (the page's body). */
export function scanDocument(root: Node, automaton: AutomatonView): DocumentScan {
  const chunks = collectTextChunks(root, {
    shadowRoots: true,
    skip: (el) => el.hasAttribute(OWN_UI_ATTRIBUTE),
  });
  const mentions = matchChunks(createMatcher(automaton), chunks);
  const textLength = chunks.reduce((n, c) => n + c.text.length + (c.breakBefore ? 1 : 0), 0);
  return { chunks, mentions, entities: countEntities(mentions), textLength };
}
