import type { EntityBriefing } from '@/lib/store';

export interface TimelineBar {
  week: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TimelineGeometry {
  /** The viewBox's width and height. */
  width: number;
  height: number;
  max: number;
  bars: TimelineBar[];
}

/** Width of one week in the viewBox; the chart is scaled to its box, so only the ratio to GAP matters. */
export const SLOT = 10;
const GAP = 2;

/**
 * Bars for a weekly timeline in a `height`-tall viewBox: one slot per week, oldest at the left, heights
 * proportional to the week's count against the busiest week. A week with articles is never
 * drawn thinner than a hairline, so that one article among dozens still shows.
 */
export function timelineBars(timeline: EntityBriefing['timeline'], height = 100): TimelineGeometry {
  const width = timeline.length * SLOT;
  const max = timeline.reduce((m, w) => Math.max(m, w.count), 0);
  const bars = timeline.map(({ week, count }, i) => {
    const h = max === 0 || count === 0 ? 0 : Math.max(2, (count / max) * height);
    return { week, count, x: i * SLOT + GAP / 2, y: height - h, width: SLOT - GAP, height: h };
  });
  return { width, height, max, bars };
}

/** The busiest week (the earliest, on a tie), or null when no week has an article. */
export function busiestWeek(timeline: EntityBriefing['timeline']): { week: string; count: number } | null {
  let best: { week: string; count: number } | null = null;
  for (const w of timeline) if (w.count > 0 && (best === null || w.count > best.count)) best = w;
  return best;
}
