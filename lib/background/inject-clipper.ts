import { browser } from 'wxt/browser';

/** The clipper's built file (entrypoints/clipper.ts); it registers the tab's `extractPage` answer. */
const CLIPPER_FILE = '/clipper.js';

/**
 * Puts the clipper into a tab, in the extension's isolated world, before asking it for the page. It
 * works on pages opened before Dossier was installed, and it throws where no extension may run
 * (browser pages, the extension stores), which the clip reports in words.
 */
export async function injectClipper(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CLIPPER_FILE] });
}
