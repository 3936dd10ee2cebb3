import { type EntityFacts, entityFacts } from '../briefing';
import { type Gazetteer, loadGazetteer } from '../gazetteer';
import { err, ok, type Result } from '../messages';

// The gazetteer is constant data built from the bundle; rebuilding it on every worker start is
// the only cost, so it is memoised per worker lifetime (it holds no state of the reader's).
let gazetteer: Gazetteer | undefined;
const cached = (): Gazetteer => {
  gazetteer ??= loadGazetteer();
  return gazetteer;
};

export function factsFor(request: unknown): Result<EntityFacts> {
  const id = (request as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || id.length > 200) return err('entityFacts needs {id: string}');
  const record = cached().byId.get(id);
  if (!record) return err(`unknown entity: ${id}`);
  return ok(entityFacts(record, cached().byId));
}
