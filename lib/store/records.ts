import type { Clip, ClipDraft, ClipEntity, ClipSummary } from './types';
import { siteOfUrl } from './url';

/**
 * A clip as the database holds it: the clip plus `facetTimes`, one "<facet>\0<clippedAt>" key per entity,
 * site and tag it is filed under. IndexedDB has no compound multi-entry index, so this one string index is
 * what lets "the latest 3 clips about Afghanistan" or "page 2 of the clips tagged asia" be a single range
 * read, newest first, instead of reading and sorting every clip that matches.
 */
export interface StoredClip extends Clip {
  facetTimes: string[];
}

/** What the library filters by; each has its own key prefix in `facetTimes`. */
export type Facet = { entity: string } | { site: string } | { tag: string };

export const facetKey = (f: Facet): string =>
  'entity' in f ? `e:${f.entity}` : 'site' in f ? `s:${f.site}` : `t:${f.tag}`;

const SEPARATOR = '\u0000';
const pad = (ms: number): string => Math.max(0, Math.floor(ms)).toString().padStart(15, '0');
const LATEST = 999_999_999_999_999;

/** The key range of one facet's clips, optionally bounded by clip time. */
export function facetRange(facet: Facet, from = 0, to = LATEST): [string, string] {
  const key = facetKey(facet);
  return [`${key}${SEPARATOR}${pad(from)}`, `${key}${SEPARATOR}${pad(Math.min(to, LATEST))}`];
}

/** The fields indexes are built on, derived from the rest so that they can never disagree with it. */
export function withIndexFields(clip: Omit<Clip, 'entityIds' | 'site'>): StoredClip {
  const entityIds = [...new Set(clip.entities.map((e) => e.id))];
  const site = siteOfUrl(clip.url);
  const facets: Facet[] = [
    ...entityIds.map((entity) => ({ entity })),
    ...(site ? [{ site }] : []),
    ...[...new Set(clip.tags)].map((tag) => ({ tag })),
  ];
  const time = pad(clip.clippedAt);
  return {
    ...clip,
    entityIds,
    site,
    facetTimes: facets.map((f) => `${facetKey(f)}${SEPARATOR}${time}`),
  };
}

/** The facet keys ("e:country:AF", "s:reuters.com", "t:asia") a stored clip is filed under. */
export function facetKeysOf(stored: Pick<StoredClip, 'facetTimes'>): string[] {
  return stored.facetTimes.map((ft) => ft.slice(0, ft.lastIndexOf(SEPARATOR)));
}

/** Adds `delta` to the count of every facet key a clip is filed under. */
export function countFacets(
  counts: Map<string, number>,
  stored: Pick<StoredClip, 'facetTimes'>,
  delta: number,
): void {
  for (const key of facetKeysOf(stored)) counts.set(key, (counts.get(key) ?? 0) + delta);
}

export function toClip(stored: StoredClip): Clip {
  const { facetTimes: _, ...clip } = stored;
  return clip;
}

export function toSummary(stored: StoredClip | Clip): ClipSummary {
  // A plain Clip has no facetTimes; destructuring it away is harmless then.
  const { html: _h, text: _t, facetTimes: _f, ...summary } = stored as StoredClip;
  return summary;
}

/** Tags as the reader means them: trimmed, inner spaces collapsed, no empties, no case-insensitive repeats. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

const DRAFT_KEYS = [
  'url',
  'title',
  'byline',
  'siteName',
  'publishedAt',
  'lang',
  'excerpt',
  'html',
  'text',
  'entities',
  'wordCount',
  'kind',
] as const satisfies ReadonlyArray<keyof ClipDraft>;

/** Only the draft's own fields: a request may carry more, and nothing extra is stored. */
export function draftFields(draft: ClipDraft): ClipDraft {
  const out = {} as Record<string, unknown>;
  for (const key of DRAFT_KEYS) out[key] = draft[key];
  out.entities = draft.entities.map(
    (e): ClipEntity => ({ id: e.id, count: e.count, score: e.score, sentences: [...e.sentences] }),
  );
  return out as unknown as ClipDraft;
}

/** A new clip of a draft. */
export function newClip(
  draft: ClipDraft,
  url: string,
  extra: { tags?: string[]; note?: string; now: number },
): Omit<StoredClip, 'id'> {
  const { id: _, ...rest } = withIndexFields({
    ...draftFields(draft),
    url,
    id: 0,
    tags: cleanTags(extra.tags ?? []),
    note: extra.note ?? '',
    clippedAt: extra.now,
    updatedAt: extra.now,
  });
  return rest;
}

/**
 * The note of a re-clipped page. A re-clip is not an edit of the note (updateClip is): its caller may never
 * have shown the reader the stored note (the popup looked the page up under the tab's address while the
 * clip is filed under the page's canonical one), so a blank note keeps the stored one, and a different note
 * is added after it rather than put in its place: the reader wrote both, and only they may drop one.
 */
export function reclippedNote(stored: string, given: string | undefined): string {
  const note = given?.trim() ?? '';
  if (!note || stored.includes(note)) return stored;
  return stored.trim() ? `${stored}\n\n${note}` : note;
}

/**
 * Re-clipping a page: the page's content is taken afresh, while what the reader gave it stays: the same
 * id and first clip time, tags merged, the note kept (a new one added to it, see reclippedNote).
 */
export function reclip(
  existing: StoredClip,
  draft: ClipDraft,
  url: string,
  extra: { tags?: string[]; note?: string; now: number },
): StoredClip {
  return withIndexFields({
    ...draftFields(draft),
    url,
    id: existing.id,
    tags: cleanTags([...existing.tags, ...(extra.tags ?? [])]),
    note: reclippedNote(existing.note, extra.note),
    clippedAt: existing.clippedAt,
    updatedAt: extra.now,
  });
}

/** The sentence a clip gives about an entity (its first), or null. */
export function sentenceAbout(clip: Pick<Clip, 'entities'>, entityId: string): string | null {
  return clip.entities.find((e) => e.id === entityId)?.sentences[0] ?? null;
}
