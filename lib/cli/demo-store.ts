import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionHarness } from './extension-browser';
import { callExtension, tabReportFor } from './extension-probes';

/** The demo's own sample articles (written for it), served beside the demo page. */
export function sampleArticleRoutes(demoDir: string): Record<string, string> {
  const dir = join(demoDir, 'articles');
  if (!existsSync(dir)) return {};
  const routes: Record<string, string> = {};
  for (const file of readdirSync(dir)) {
    if (/\.(html|css)$/.test(file)) routes[`/articles/${file}`] = readFileSync(join(dir, file), 'utf8');
  }
  return routes;
}

/**
 * Fills the store as a reader would: opens each sample article in a tab and clips it through the
 * extension (Readability, entities, the store), so the demo's popup, cards and library have something to
 * show. Returns how many were clipped.
 */
export async function clipSampleArticles(
  ext: ExtensionHarness,
  baseUrl: string,
  paths: string[],
): Promise<number> {
  let clipped = 0;
  for (const path of paths) {
    const page = await ext.context.newPage();
    const url = new URL(path.replace(/^\//, ''), baseUrl).href;
    await page.goto(url);
    let tabId: number | undefined;
    for (let i = 0; i < 80 && tabId === undefined; i++) {
      await page.waitForTimeout(100);
      tabId = (await tabReportFor(ext, url))?.tabId;
    }
    if (tabId !== undefined) {
      const r = await callExtension(ext, 'clipTab', { tabId, tags: ['sample'] });
      if (r.ok && r.value.saved) clipped++;
      else process.stderr.write(`demo: could not clip ${path}: ${r.ok ? 'no article' : r.error}\n`);
    }
    await page.close();
  }
  return clipped;
}
