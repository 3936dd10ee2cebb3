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

/**
 * Lets `page` load `url` itself and nothing else: a saved page's subresources point at the live web.
 * Returns the URLs refused, in order, filled as the page asks: whoever asks (the page or an extension's
 * content script), a request is refused quietly, so a test that cares what was asked reads this list.
 */
export async function onlyThisPage(page: Page, url: string): Promise<string[]> {
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const asked = route.request().url();
    if (asked === url) return route.continue();
    refused.push(asked);
    return route.abort();
  });
  return refused;
}

/**
 * The requests of `asked` that the saved page cannot account for: not among those the page made by itself
 * (`plain`), and not a subresource its HTML names (`source`), fully, without its scheme, or by path on the
 * page's own host or a host the HTML names (relative links, a <base>, lazy images asked for on scrolling).
 */
export function requestsNotFromThePage(
  asked: readonly string[],
  plain: readonly string[],
  source: string,
  pageUrl: string,
): string[] {
  const known = new Set(plain);
  const html = source.replaceAll('&amp;', '&');
  const pageHost = new URL(pageUrl).host;
  const named = (url: string) => {
    if (html.includes(url) || html.includes(url.replace(/^[a-z]+:/, ''))) return true;
    const { host, pathname } = new URL(url);
    const file = pathname.split('/').pop() ?? '';
    if (file.length === 0 || (host !== pageHost && !html.includes(host))) return false;
    return html.includes(file) || html.includes(decoded(file));
  };
  return [...new Set(asked)].filter((url) => !known.has(url) && !named(url));
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
