import type { Page } from 'playwright-core';
import type { ProtocolMap, TabReport } from '../messages';
import type { ExtensionHarness } from './extension-browser';

// `chrome` as seen inside the extension's worker, where the first callback below runs.
declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

/** The content script's last report for a page, as the background keeps it in storage.session; null if none yet. */
export function tabReportFor(ext: ExtensionHarness, url: string): Promise<TabReport | null> {
  return ext.worker.evaluate(async (u) => {
    const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string }>;
    return Object.values(all).find((r) => r.url === u) ?? null;
  }, url) as Promise<TabReport | null>;
}

/** The viewport point at the middle of the first occurrence of `word` in the page's text, or null. */
export function centreOfWord(page: Page, word: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, word);
}

type Request<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Response<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

/**
 * Sends one protocol message from an extension page (opened once per harness and kept), in
 * @webext-core/messaging's wire format ({type, data} → {res} or {err}), as the popup would.
 */
export async function callExtension<K extends keyof ProtocolMap>(
  ext: ExtensionHarness,
  type: K,
  data: Request<K>,
): Promise<Response<K>> {
  const page = await extensionPage(ext);
  const reply = (await page.evaluate(
    ([t, d]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }),
    [type, data] as const,
  )) as { res?: Response<K>; err?: { message?: string } } | undefined;
  if (!reply || reply.res === undefined) throw new Error(`${type}: ${reply?.err?.message ?? 'no answer'}`);
  return reply.res;
}

const pages = new WeakMap<ExtensionHarness, Promise<Page>>();

function extensionPage(ext: ExtensionHarness): Promise<Page> {
  let page = pages.get(ext);
  if (!page) {
    page = ext.context.newPage().then(async (p) => {
      // Any page of the extension can talk to the background; the popup is the one every build has.
      await p.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      return p;
    });
    pages.set(ext, page);
  }
  return page;
}
