import { articleTime, formatClipDate } from '@/lib/briefing';
import type { ClipSummary } from '@/lib/store';

/** A day as the library shows it ("3 May 2025"), from epoch ms, in the reader's time zone. */
export const formatDay = (ms: number): string => formatClipDate(new Date(ms).toISOString());

/** A timeline week ("2025-03-03", a UTC Monday) as a day. */
export const formatWeek = (week: string): string => formatClipDate(week);

/** The date a list shows for an article: when it was published (when valid), else when it was clipped. */
export function articleDate(clip: Pick<ClipSummary, 'publishedAt' | 'clippedAt'>): {
  iso: string;
  text: string;
} {
  const published = clip.publishedAt && !Number.isNaN(Date.parse(clip.publishedAt)) ? clip.publishedAt : null;
  const iso = published ?? new Date(articleTime(clip)).toISOString();
  return { iso, text: formatClipDate(iso) };
}

export { formatTags, parseTags } from '@/components/shared';

/** The few entities an article is most about, for its chips. */
export function topEntities(clip: Pick<ClipSummary, 'entities'>, n = 4): string[] {
  return [...clip.entities]
    .sort((a, b) => b.score - a.score || b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, n)
    .map((e) => e.id);
}

/** A readable stand-in for an id no list names ("org:some-body" → "some body"). */
export const fallbackName = (id: string): string => id.replace(/^[a-z]+:/, '').replace(/[-_]+/g, ' ') || id;
