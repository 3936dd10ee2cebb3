import { browser } from 'wxt/browser';
import { err, ok, type Result } from '../messages';

/** The card script's built file (entrypoints/card.ts); it shares the card's renderer in the isolated world. */
const CARD_FILE = '/card.js';

/**
 * Puts the card's renderer into the frame whose content script asks for it, in the extension's isolated
 * world (the content script's own), the first time a card is about to open there.
 */
export async function injectCard(sender: { tab?: { id?: number }; frameId?: number }): Promise<Result<null>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return err('loadCard comes from a content script in a tab');
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [CARD_FILE],
    });
    return ok(null);
  } catch (e) {
    return err(`the card could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  }
}
