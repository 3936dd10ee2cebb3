import type { Automaton, AutomatonView } from '../match';
import type { CardRenderer } from '../ui';

/**
 * What Dossier's scripts in a tab share. The content script and the clipper (injected when the reader clips)
 * run in the same isolated world, apart from the page's own scripts, so a global keyed by a registered
 * symbol is theirs alone. The clipper uses the automaton the content script already loaded instead of
 * fetching the 200 kB packed form from the background again (~25 ms) and unpacking it.
 */
const READER_AUTOMATON = Symbol.for('dossier.readerAutomaton');
/** The card's renderer, put there by the card script (entrypoints/card.ts) when the background injects it. */
const CARD_RENDERER = Symbol.for('dossier.cardRenderer');

type World = { [READER_AUTOMATON]?: Automaton | AutomatonView; [CARD_RENDERER]?: CardRenderer };

export function shareReaderAutomaton(automaton: Automaton | AutomatonView): void {
  (globalThis as World)[READER_AUTOMATON] = automaton;
}

/** The automaton the content script matches this page with, or null when it has not loaded one. */
export function sharedReaderAutomaton(): Automaton | AutomatonView | null {
  return (globalThis as World)[READER_AUTOMATON] ?? null;
}

export function shareCardRenderer(renderer: CardRenderer): void {
  (globalThis as World)[CARD_RENDERER] = renderer;
}

/** The card's renderer once the card script ran in this world, else null. */
export function sharedCardRenderer(): CardRenderer | null {
  return (globalThis as World)[CARD_RENDERER] ?? null;
}
