import type { EntityFacts } from '../briefing';
import { sendMessage } from '../messages';

type FactsLookup = (id: string) => Promise<EntityFacts | null>;

const askTheBackground: FactsLookup = (id) =>
  sendMessage('entityFacts', { id }).then((r) => (r.ok ? r.value : null));

/**
 * Facts come from the background once per entity and page: the content script ships no gazetteer. A lookup
 * that fails is forgotten, so that the next hover asks again rather than failing for the rest of the page.
 */
export function createFactsCache(lookup: FactsLookup = askTheBackground): FactsLookup {
  const cache = new Map<string, Promise<EntityFacts | null>>();
  return (id) => {
    let found = cache.get(id);
    if (!found) {
      const asked = lookup(id);
      found = asked;
      cache.set(id, asked);
      // The caller handles the rejection; this only clears the entry.
      asked.catch(() => {
        if (cache.get(id) === asked) cache.delete(id);
      });
    }
    return found;
  };
}
