import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type LocalServer, startLocalServer } from '../../lib/cli/local-server';
import { corpusPagePath } from './shared-corpus';

/**
 * Serves corpus pages at `/<id>` (plus any `extra` path → text). The saved pages' own scripts would change
 * them from one load to the next (timers, failed requests); a CSP keeps them out, and it does not apply to
 * an extension's content scripts.
 */
export function startCorpusServer(
  ids: readonly string[],
  extra: Record<string, string> = {},
): Promise<LocalServer> {
  const routes: Record<string, string> = { ...extra };
  for (const id of ids) routes[`/${id}`] = readFileSync(corpusPagePath(id), 'utf8');
  return startLocalServer(routes, { headers: { 'content-security-policy': "script-src 'none'" } });
}

/** Lets `page` load `url` itself and nothing else: a saved page's subresources point at the live web. */
export async function onlyThisPage(page: Page, url: string): Promise<void> {
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
}
