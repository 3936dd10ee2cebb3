import { useId } from 'preact/hooks';
import type { EntityBriefing } from '@/lib/store';
import { formatWeek } from './format';
import { STRINGS } from './strings';
import { busiestWeek, timelineBars } from './timeline';

/** How wide one week may draw at most. */
const WEEK_REM = 3;

/**
 * Articles per week as small bars (latest at the right), with the same figures in words and as a table
 * for readers who cannot see the chart.
 */
export function TimelineChart({ timeline }: { timeline: EntityBriefing['timeline'] }) {
  const summaryId = useId();
  const chart = timelineBars(timeline);
  const first = timeline[0];
  const last = timeline[timeline.length - 1];
  if (!first || !last) return null;
  const articles = timeline.reduce((n, w) => n + w.count, 0);
  const busiest = busiestWeek(timeline);
  const withArticles = timeline.filter((w) => w.count > 0);
  return (
    <figure class="timeline">
      {/* A few weeks draw narrow rather than as slabs across the page; many weeks take the whole width. */}
      <div class="timeline-plot" style={{ width: `min(100%, max(14rem, ${timeline.length * WEEK_REM}rem))` }}>
        <span class="timeline-max" aria-hidden="true">
          {STRINGS.timelineMax(chart.max)}
        </span>
        <svg
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={STRINGS.timelineChartLabel}
          aria-describedby={summaryId}
        >
          {chart.bars.map((bar) => (
            <rect
              key={bar.week}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              data-week={bar.week}
              data-count={bar.count}
            >
              <title>{STRINGS.timelineBar(formatWeek(bar.week), bar.count)}</title>
            </rect>
          ))}
        </svg>
        <div class="timeline-axis" aria-hidden="true">
          <span>{formatWeek(first.week)}</span>
          {last !== first && <span>{formatWeek(last.week)}</span>}
        </div>
      </div>
      <figcaption id={summaryId}>
        {STRINGS.timelineSummary(articles, timeline.length, formatWeek(first.week), formatWeek(last.week))}{' '}
        {busiest && timeline.length > 1 && STRINGS.timelineBusiest(formatWeek(busiest.week), busiest.count)}
      </figcaption>
      <details>
        <summary>{STRINGS.timelineTable}</summary>
        <table class="data-table">
          <caption class="visually-hidden">{STRINGS.timelineTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{STRINGS.timelineWeek}</th>
              <th scope="col" class="num">
                {STRINGS.timelineCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {withArticles.map((w) => (
              <tr key={w.week}>
                <td>
                  <time dateTime={w.week}>{formatWeek(w.week)}</time>
                </td>
                <td class="num">{w.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
