import type { EntityFacts } from '../briefing';
import { sendMessage } from '../messages';

/** Facts come from the background once per entity and page: the content script ships no gazetteer. */
export function createFactsCache(): (id: string) => Promise<EntityFacts | null> {
  const cache = new Map<string, Promise<EntityFacts | null>>();
  return (id) => {
    let found = cache.get(id);
    if (!found) {
      found = sendMessage('entityFacts', { id }).then((r) => (r.ok ? r.value : null));
      cache.set(id, found);
    }
    return found;
  };
}
