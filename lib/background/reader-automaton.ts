import { browser } from 'wxt/browser';
import { compileAutomaton, type Lexicon, type LexiconEntry, packAutomaton } from '../match';
import type { WatchEntity } from '../store';
import { workerGazetteer } from './gazetteer';

const CACHE_KEY = 'readerAutomaton';

/** An alias in capitals and short ("ACME") matches only as written; any other in the usual name casings. */
const isAcronym = (alias: string) =>
  alias.length <= 6 && alias === alias.toUpperCase() && /\p{L}/u.test(alias);

/**
 * The gazetteer's lexicon plus the reader's watchlist. A watched alias that is already a built-in name
 * (the reader adds "UN") is left to the built-in entity: one text, one meaning.
 */
export function readerLexicon(base: Lexicon, watchlist: readonly WatchEntity[]): Lexicon {
  const taken = new Set(base.entries.map((e) => e.text.toLowerCase()));
  const ids = [...base.ids];
  const entries: LexiconEntry[] = [...base.entries];
  for (const w of watchlist) {
    const entity = ids.push(w.id) - 1;
    for (const alias of new Set([w.name, ...w.aliases].map((a) => a.trim()).filter((a) => a.length >= 2))) {
      if (taken.has(alias.toLowerCase())) continue;
      taken.add(alias.toLowerCase());
      entries.push({ entity, text: alias, ...(isAcronym(alias) && { exact: true }) });
    }
  }
  return { ids, entries };
}

/**
 * What content scripts match with: the automaton compiled at build time, or, when the reader watches
 * entities of their own, one compiled here with them added. The compiled form is kept in storage.session
 * under the watchlist it was made from, so a restarted worker does not compile it again.
 */
export async function readerAutomaton(builtIn: string, watchlist: readonly WatchEntity[]): Promise<string> {
  if (watchlist.length === 0) return builtIn;
  const key = JSON.stringify(watchlist.map((w) => [w.id, w.name, w.aliases]));
  const cached = (await browser.storage.session.get(CACHE_KEY))[CACHE_KEY] as
    | { key: string; packed: string }
    | undefined;
  if (cached?.key === key) return cached.packed;
  const packed = packAutomaton(compileAutomaton(readerLexicon(workerGazetteer().lexicon, watchlist)));
  await browser.storage.session.set({ [CACHE_KEY]: { key, packed } });
  return packed;
}
