import { err, type ImportPart, type ImportSource, MESSAGE_PART_CHARS, ok, type Result } from '../messages';
import {
  type Clip,
  type ClipDraft,
  type ClipFilter,
  cleanClip,
  cleanWatchEntity,
  clipProblems,
  draftProblems,
  LIMITS,
  MAX_PAGE,
  MAX_SEARCH_RESULTS,
  type WatchEntity,
  watchEntityProblems,
} from '../store';
import {
  isCount,
  isEntityId,
  isId,
  isRec,
  isTabId,
  isText,
  isTime,
  MAX_ENTITY_IDS,
  noneOrRec,
  optional,
  type Rec,
  rec,
} from './request-checks';

/**
 * Checks of every store request: anything malformed is answered with {ok:false} naming what was expected,
 * before it reaches the store. Each parser returns the request in the shape the store functions take.
 */

const isTags = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= LIMITS.tags && v.every((t) => isText(t, LIMITS.tag));
const isNote = (v: unknown): v is string => isText(v, LIMITS.note);

const MAX_LATEST = 50;
const MAX_QUERY = 500;
const MAX_WATCHLIST = 1000;

export function clipId(name: string, data: unknown): Result<number> {
  const { id } = rec(data);
  return isId(id) ? ok(id) : err(`${name} needs {id: a whole number ≥ 1}`);
}

export function entityId(name: string, data: unknown): Result<string> {
  const { id } = rec(data);
  return isEntityId(id) ? ok(id) : err(`${name} needs {id: an entity id}`);
}

export function urlRequest(data: unknown): Result<string> {
  const { url } = rec(data);
  return isText(url, LIMITS.url) ? ok(url) : err('clipForUrl needs {url: string}');
}

export function updateRequest(data: unknown): Result<{ id: number; tags?: string[]; note?: string }> {
  const { id, tags, note } = rec(data);
  if (!isId(id) || !optional(tags, isTags) || !optional(note, isNote))
    return err(`updateClip needs {id, tags?: up to ${LIMITS.tags} tags, note?: text}`);
  return ok({
    id,
    ...(tags !== undefined && { tags: tags as string[] }),
    ...(note !== undefined && { note: note as string }),
  });
}

export function restoreRequest(data: unknown, now: number): Result<Clip> {
  const { clip } = rec(data);
  const problems = clipProblems(clip, now);
  return problems.length
    ? err(`restoreClip needs a whole clip: ${problems.join('; ')}`)
    : ok(cleanClip(clip as Clip));
}

export function listRequest(data: unknown): Result<{ filter: ClipFilter; offset: number; limit: number }> {
  if (!noneOrRec(data)) return err('listClips needs an object');
  const { filter = {}, offset = 0, limit = 50 } = rec(data);
  const f = rec(filter);
  const valid =
    isRec(filter) &&
    optional(f.entity, isEntityId) &&
    optional(f.site, (v) => isText(v, LIMITS.url)) &&
    optional(f.tag, (v) => isText(v, LIMITS.tag)) &&
    optional(f.from, isTime) &&
    optional(f.to, isTime) &&
    isCount(offset, Number.MAX_SAFE_INTEGER) &&
    isCount(limit, MAX_PAGE);
  if (!valid)
    return err(
      `listClips needs {filter?: {entity?, site?, tag?, from?, to?}, offset?: ≥ 0, limit?: ≤ ${MAX_PAGE}}`,
    );
  const clean: ClipFilter = {};
  for (const key of ['entity', 'site', 'tag', 'from', 'to'] as const)
    if (f[key] !== undefined) (clean as Rec)[key] = f[key];
  return ok({ filter: clean, offset: offset as number, limit: limit as number });
}

export function searchRequest(data: unknown): Result<{ query: string; limit: number }> {
  const { query, limit = 20 } = rec(data);
  if (!isText(query, MAX_QUERY) || !isCount(limit, MAX_SEARCH_RESULTS))
    return err(
      `searchClips needs {query: text up to ${MAX_QUERY} characters, limit?: ≤ ${MAX_SEARCH_RESULTS}}`,
    );
  return ok({ query, limit: limit as number });
}

export function entityInStoreRequest(data: unknown): Result<{ id: string; latest: number }> {
  const { id, latest = 3 } = rec(data);
  if (!isEntityId(id) || !isCount(latest, MAX_LATEST))
    return err(`entityInStore needs {id: an entity id, latest?: 0 to ${MAX_LATEST}}`);
  return ok({ id, latest: latest as number });
}

export function idsRequest(data: unknown): Result<string[]> {
  const { ids } = rec(data);
  if (!Array.isArray(ids) || ids.length > MAX_ENTITY_IDS || !ids.every(isEntityId))
    return err(`entityCounts needs {ids: entity ids} (at most ${MAX_ENTITY_IDS})`);
  return ok(ids);
}

export function exportRequest(data: unknown): Result<number[] | undefined> {
  if (!noneOrRec(data)) return err('exportStore needs {ids?: clip ids}');
  const { ids } = rec(data);
  if (ids === undefined) return ok(undefined);
  return Array.isArray(ids) && ids.every(isId) ? ok(ids) : err('exportStore needs {ids?: clip ids}');
}

export function jsonRequest(name: string, data: unknown): Result<string> {
  const { json } = rec(data);
  return typeof json === 'string' ? ok(json) : err(`${name} needs {json: the file's text}`);
}

const isUploadId = (v: unknown): v is string => typeof v === 'string' && /^[\w-]{8,64}$/.test(v);

/** A file's text, or the name of an upload sent in parts (importPart). */
export function importSource(name: string, data: unknown): Result<ImportSource> {
  const { json, upload } = rec(data);
  if (typeof json === 'string' && upload === undefined) return ok({ json });
  if (isUploadId(upload) && json === undefined) return ok({ upload });
  return err(`${name} needs {json: the file's text} or {upload: an upload's name}`);
}

/** Smallest part an export may be asked in: tests ask for small ones, a page gets the default. */
const MIN_PART_CHARS = 1000;

export function exportPartRequest(
  data: unknown,
): Result<{ ids?: number[]; after?: number; maxChars?: number }> {
  const wrong = err('exportPart needs {ids?: clip ids, after?: a clip id, maxChars?: a number}');
  if (!noneOrRec(data)) return wrong;
  const { ids, after, maxChars } = rec(data);
  if (ids !== undefined && !(Array.isArray(ids) && ids.every(isId))) return wrong;
  if (after !== undefined && !isId(after)) return wrong;
  if (
    maxChars !== undefined &&
    !(isCount(maxChars, MESSAGE_PART_CHARS) && (maxChars as number) >= MIN_PART_CHARS)
  )
    return wrong;
  return ok({
    ...(ids !== undefined && { ids: ids as number[] }),
    ...(after !== undefined && { after: after as number }),
    ...(maxChars !== undefined && { maxChars: maxChars as number }),
  });
}

export function importPartRequest(data: unknown): Result<ImportPart> {
  const { upload, index, text, last } = rec(data);
  if (!isUploadId(upload) || !isCount(index, 10_000) || typeof text !== 'string' || typeof last !== 'boolean')
    return err(
      'importPart needs {upload: a name, index: ≥ 0, text: a part of the file, last: true or false}',
    );
  return ok({ upload, index: index as number, text, last });
}

export function watchlistRequest(data: unknown): Result<WatchEntity[]> {
  const { entities } = rec(data);
  if (!Array.isArray(entities) || entities.length > MAX_WATCHLIST)
    return err(`saveWatchlist needs {entities: a list of at most ${MAX_WATCHLIST}}`);
  const problems = entities.flatMap((e, i) => watchEntityProblems(e).map((p) => `entry ${i + 1}: ${p}`));
  const ids = entities.map((e) => (e as WatchEntity).id);
  if (new Set(ids).size !== ids.length) problems.push('two entries have the same id');
  return problems.length
    ? err(`saveWatchlist: ${problems.slice(0, 10).join('; ')}`)
    : ok((entities as WatchEntity[]).map(cleanWatchEntity));
}

export interface ClipExtras {
  tags?: string[];
  note?: string;
}

function extras(name: string, tags: unknown, note: unknown): Result<ClipExtras> {
  if (!optional(tags, isTags) || !optional(note, isNote))
    return err(`${name}: tags must be up to ${LIMITS.tags} short texts and note a text`);
  return ok({
    ...(tags !== undefined && { tags: tags as string[] }),
    ...(note !== undefined && { note: note as string }),
  });
}

export function saveRequest(data: unknown): Result<{ draft: ClipDraft } & ClipExtras> {
  const { draft, tags, note } = rec(data);
  const problems = draftProblems(draft);
  if (problems.length) return err(`saveClip: the page cannot be stored: ${problems.join('; ')}`);
  const more = extras('saveClip', tags, note);
  return more.ok ? ok({ draft: draft as ClipDraft, ...more.value }) : more;
}

export interface ClipTabRequest extends ClipExtras {
  tabId?: number;
  asBookmark: boolean;
}

export function clipTabRequest(data: unknown): Result<ClipTabRequest> {
  if (!noneOrRec(data)) return err('clipTab needs an object');
  const { tabId, tags, note, asBookmark = false } = rec(data);
  if (!optional(tabId, isTabId) || typeof asBookmark !== 'boolean')
    return err('clipTab needs {tabId?: number, tags?, note?, asBookmark?: boolean}');
  const more = extras('clipTab', tags, note);
  if (!more.ok) return more;
  return ok({ ...(tabId !== undefined && { tabId: tabId as number }), asBookmark, ...more.value });
}
