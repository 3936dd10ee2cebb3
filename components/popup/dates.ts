import { formatClipDate } from '@/lib/briefing';
import type { ClipSummary } from '@/lib/store';

/** A day as the popup shows it ("3 May 2025"), from epoch ms. */
export const formatDay = (ms: number): string => formatClipDate(new Date(ms).toISOString());

/** The date a list shows for an article: when it was published, else when it was clipped. */
export function articleDate(clip: Pick<ClipSummary, 'publishedAt' | 'clippedAt'>): {
  iso: string;
  text: string;
} {
  const iso = clip.publishedAt ?? new Date(clip.clippedAt).toISOString();
  return { iso, text: formatClipDate(iso) };
}
