import { launchExtension } from '../../lib/cli/extension-browser';
import { onlyThisPage, startCorpusServer } from '../support/corpus-server';
import { corpusPages } from '../support/shared-corpus';
import { median, p95 } from './stats';

// `chrome` inside the extension's worker and pages, where the callbacks below run.
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

export interface ClipEndToEnd {
  pages: number;
  saved: number;
  bookmarks: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * A clip as the reader pays it, over every corpus page, in headless Chromium with the built extension and
 * its real IndexedDB: from the `clipTab` message leaving an extension page (what the popup's button sends)
 * to its answer. That covers injecting the clipper, Readability on a clone of the page, sentences, entities
 * and scores, DOMPurify, the message to the worker, the save and the search index update.
 */
export async function clipCorpusEndToEnd(): Promise<ClipEndToEnd> {
  const pages = corpusPages();
  const server = await startCorpusServer(pages.map((p) => p.id));
  const ext = await launchExtension();
  try {
    const from = await ext.context.newPage();
    await from.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const times: number[] = [];
    let saved = 0;
    let bookmarks = 0;
    for (const { id } of pages) {
      const url = `${server.url}${id}`;
      const page = await ext.context.newPage();
      await onlyThisPage(page, url);
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await ext.worker.evaluate(
        async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
        url,
      );
      if (tabId === undefined) throw new Error(`no tab for ${url}`);
      const r = (await from.evaluate(
        `(async () => {
          const start = performance.now();
          const reply = await chrome.runtime.sendMessage({ id: 1, type: 'clipTab', data: { tabId: ${tabId} }, timestamp: Date.now() });
          return { ms: performance.now() - start, reply };
        })()`,
      )) as { ms: number; reply: { res?: { ok: boolean; value?: { saved: boolean } } } };
      if (!r.reply.res?.ok) throw new Error(`clipTab failed on ${id}: ${JSON.stringify(r.reply)}`);
      if (r.reply.res.value?.saved) saved++;
      else {
        // No article here: the reader is offered a bookmark, which is a clip too.
        bookmarks++;
      }
      times.push(r.ms);
      await page.close();
    }
    return {
      pages: pages.length,
      saved,
      bookmarks,
      medianMs: median(times),
      p95Ms: p95(times),
      maxMs: Math.max(...times),
    };
  } finally {
    await ext.close();
    await server.close();
  }
}
