import type { LibraryApi } from './api';
import { fallbackName } from './format';

/**
 * Display names for entity ids: the gazetteer's names, the reader's watchlist for "watch:" ids, and a
 * readable stand-in for anything neither knows. Names only decorate, so a failed lookup is not an error.
 */
export async function loadNames(api: LibraryApi, ids: readonly string[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids)];
  const watched = unique.filter((id) => id.startsWith('watch:'));
  const known = unique.filter((id) => !id.startsWith('watch:'));
  const [names, watchlist] = await Promise.all([
    known.length ? api.entityNames(known) : undefined,
    watched.length ? api.watchlist() : undefined,
  ]);
  const out: Record<string, string> = {};
  for (const id of unique) out[id] = fallbackName(id);
  if (names?.ok) for (const [id, { name }] of Object.entries(names.value)) out[id] = name;
  if (watchlist?.ok) for (const e of watchlist.value) if (e.id in out) out[e.id] = e.name;
  return out;
}
