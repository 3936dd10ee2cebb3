import type { EntityFacts } from '../briefing';
import type { WatchEntity } from '../store';

/** What the card shows about one of the reader's own entities: their words, and where they come from. */
export function watchFacts(w: WatchEntity): EntityFacts {
  const others = w.aliases.filter((a) => a !== w.name);
  const aka = others.length > 0 ? `Also: ${others.join(', ')}. ` : '';
  return {
    id: w.id,
    kind: 'watch',
    name: w.name,
    type: 'On your watchlist',
    description: `${aka}${w.note}`.trim() || 'On your watchlist',
    source: 'your watchlist',
  };
}
