import { type Automaton, type AutomatonView, unpackAutomaton } from '../match';
import { err, isContextInvalidated, ok, onMessage, sendMessage } from '../messages';
import { extractPage } from './extract-page';

/**
 * The automaton to match entities with: the page scanner's when it runs, else the packed one from the
 * background, fetched once. Marks may be off on this site while the reader still clips its article, and
 * the clip must name its entities all the same.
 */
function automatonSource(getAutomaton: () => Automaton | AutomatonView | null) {
  let fetched: AutomatonView | null = null;
  return async (): Promise<Automaton | AutomatonView | null> => {
    const running = getAutomaton();
    if (running) return running;
    if (!fetched) {
      const packed = await sendMessage('packedAutomaton', undefined);
      if (packed.ok) fetched = unpackAutomaton(packed.value);
    }
    return fetched;
  };
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Answers the background's `extractPage` for this page: the clip's draft, extracted from a clone of the
 * document, or a sentence saying why not (the background puts "Dossier could not read this page: " before
 * it). Returns the function that removes the listener.
 */
export function registerExtractPage(
  getAutomaton: () => Automaton | AutomatonView | null,
  doc: Document = document,
): () => void {
  const automaton = automatonSource(getAutomaton);
  return onMessage('extractPage', async ({ data }) => {
    let matcherSource: Automaton | AutomatonView | null;
    try {
      matcherSource = await automaton();
    } catch (e) {
      if (isContextInvalidated(e))
        return err('Dossier was updated or reloaded since the page opened; reload the page and try again.');
      matcherSource = null;
    }
    if (!matcherSource) {
      return err(
        'the list of countries and organisations did not load in this page; reload the page and try again.',
      );
    }
    try {
      return ok(extractPage(doc, matcherSource, { asBookmark: data?.asBookmark === true }));
    } catch (e) {
      return err(`extracting the article failed (${reason(e)}).`);
    }
  });
}
