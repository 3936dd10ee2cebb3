import type { Page } from 'playwright-core';
import type { TabReport } from '../messages';
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
