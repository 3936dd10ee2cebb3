import type { TabReport } from '@/lib/messages';

const withoutFragment = (url: string): string => url.split('#', 1)[0] as string;

/**
 * Where the archive files a clip of the tab's page: the canonical address its content script read (a
 * canonical link, as the clipper reads it), when the report is of the page the tab shows; else the tab's
 * own address. A report of an earlier page (a single-page site that moved on) must not name this one's clip.
 */
export function filedUrlOf(tabUrl: string, report: Pick<TabReport, 'url' | 'canonicalUrl'> | null): string {
  if (!report?.canonicalUrl) return tabUrl;
  return withoutFragment(report.url) === withoutFragment(tabUrl) ? report.canonicalUrl : tabUrl;
}
