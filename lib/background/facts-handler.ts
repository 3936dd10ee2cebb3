import { type EntityFacts, entityFacts } from '../briefing';
import { err, ok, type Result } from '../messages';
import { workerGazetteer as cached } from './gazetteer';

export function factsFor(request: unknown): Result<EntityFacts> {
  const id = (request as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || id.length > 200) return err('entityFacts needs {id: string}');
  const record = cached().byId.get(id);
  if (!record) return err(`unknown entity: ${id}`);
  return ok(entityFacts(record, cached().byId));
}

/** An entity's display name, or null for an id the gazetteer does not know. */
export function nameOf(id: string): string | null {
  return cached().byId.get(id)?.name ?? null;
}

const MAX_NAME_IDS = 5000;

/** Names and kinds of many entities at once, for lists; unknown ids are left out. */
export function namesFor(
  request: unknown,
): Result<Record<string, { name: string; kind: 'country' | 'organisation' }>> {
  const ids = (request as { ids?: unknown } | null)?.ids;
  if (!Array.isArray(ids) || ids.length > MAX_NAME_IDS || !ids.every((i) => typeof i === 'string'))
    return err(`entityNames needs {ids: string[]} (at most ${MAX_NAME_IDS})`);
  const out: Record<string, { name: string; kind: 'country' | 'organisation' }> = {};
  for (const id of ids) {
    const record = cached().byId.get(id);
    if (record) out[id] = { name: record.name, kind: 'iso2' in record ? 'country' : 'organisation' };
  }
  return ok(out);
}
