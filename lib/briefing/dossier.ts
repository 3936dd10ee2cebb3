import type { ClipAboutEntity, ClipSummary, EntityBriefing } from '../store';
import { formatClipDate } from './clip-date';
import type { EntityFacts } from './facts';

/** The most co-occurring entities and latest sentences a briefing lists. */
export const MAX_CO_OCCURRING = 20;
export const MAX_SENTENCES = 20;
/** The Markdown timeline shows the latest year of weeks; the briefing itself keeps them all. */
const MARKDOWN_WEEKS = 52;

/**
 * The most weeks a timeline spans: about a century. Its dates come from pages' metadata and import files,
 * so two articles centuries apart must not make it fill millions of empty weeks.
 */
const MAX_TIMELINE_WEEKS = 5218;

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** When an article happened: its publication date when it has a valid one, else when it was clipped. */
export function articleTime(clip: Pick<ClipSummary, 'publishedAt' | 'clippedAt'>): number {
  const published = clip.publishedAt ? Date.parse(clip.publishedAt) : Number.NaN;
  return Number.isNaN(published) ? clip.clippedAt : published;
}

/** The Monday (UTC) starting the ISO week of a time, as epoch ms. */
export function isoWeekStart(ms: number): number {
  const day = Math.floor(ms / DAY) * DAY;
  // 1970-01-01 was a Thursday: (days + 3) mod 7 counts days since Monday.
  const sinceMonday = (((Math.floor(ms / DAY) + 3) % 7) + 7) % 7;
  return day - sinceMonday * DAY;
}

/** "YYYY-MM-DD" (or "+YYYYYY-MM-DD" past year 9999, as a page's date can be). */
const isoDay = (ms: number): string => new Date(ms).toISOString().split('T')[0] as string;

/** Everything the archive says about one entity, from the clips that mention it. */
export function assembleBriefing(id: string, clips: readonly ClipSummary[]): EntityBriefing {
  const about = clips
    .filter((c) => c.entities.some((e) => e.id === id))
    .sort((a, b) => articleTime(b) - articleTime(a) || b.id - a.id);
  const articles: ClipAboutEntity[] = about.map((clip) => ({
    clip,
    sentence: clip.entities.find((e) => e.id === id)?.sentences[0] ?? null,
  }));
  return {
    id,
    articles,
    coOccurring: coOccurring(id, about),
    timeline: timeline(about),
    sentences: sentences(id, about),
  };
}

function coOccurring(id: string, clips: readonly ClipSummary[]): EntityBriefing['coOccurring'] {
  const counts = new Map<string, number>();
  for (const clip of clips)
    for (const other of new Set(clip.entities.map((e) => e.id)))
      if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_CO_OCCURRING)
    .map(([other, count]) => ({ id: other, count }));
}

/**
 * Articles per week, empty weeks filled, up to the latest article dated no later than the last clipping (a
 * day's grace for time zones): a later date is a page's mistake, not news. Articles more than
 * MAX_TIMELINE_WEEKS before that, or dated after it, are left out of the timeline (not out of the list).
 */
function timeline(clips: readonly ClipSummary[]): EntityBriefing['timeline'] {
  if (clips.length === 0) return [];
  let lastClipped = Number.NEGATIVE_INFINITY;
  for (const clip of clips) lastClipped = Math.max(lastClipped, clip.clippedAt);
  const times = clips.map(articleTime);
  let latest = Number.NEGATIVE_INFINITY;
  let latestOfAll = Number.NEGATIVE_INFINITY;
  for (const t of times) {
    if (t <= lastClipped + DAY) latest = Math.max(latest, t);
    latestOfAll = Math.max(latestOfAll, t);
  }
  // Every article dated after every clipping: those dates are all there is to show.
  if (latest === Number.NEGATIVE_INFINITY) latest = latestOfAll;
  const last = isoWeekStart(latest);
  const earliest = last - (MAX_TIMELINE_WEEKS - 1) * WEEK;
  const counts = new Map<number, number>();
  let first = last;
  for (const t of times) {
    const week = isoWeekStart(t);
    if (week < earliest || week > last) continue;
    counts.set(week, (counts.get(week) ?? 0) + 1);
    first = Math.min(first, week);
  }
  const out: EntityBriefing['timeline'] = [];
  for (let w = first; w <= last; w += WEEK) out.push({ week: isoDay(w), count: counts.get(w) ?? 0 });
  return out;
}

function sentences(id: string, clips: readonly ClipSummary[]): EntityBriefing['sentences'] {
  const out: EntityBriefing['sentences'] = [];
  for (const clip of clips) {
    for (const sentence of clip.entities.find((e) => e.id === id)?.sentences ?? []) {
      if (out.length >= MAX_SENTENCES) return out;
      out.push({ sentence, clipId: clip.id, title: clip.title, date: articleTime(clip) });
    }
  }
  return out;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
const escapeText = (s: string): string => oneLine(s).replace(/([\\`*_[\]<>#|])/g, '\\$1');
/** A link target may not hold spaces, parentheses or angle brackets (encodeURIComponent keeps "(" and ")"). */
const escapeUrl = (url: string): string =>
  url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const day = (ms: number): string => formatClipDate(isoDay(ms));

function factLines(facts: EntityFacts): string[] {
  const lines = [`${facts.flag ? `${facts.flag} ` : ''}${escapeText(facts.description)}`, ''];
  const add = (label: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') lines.push(`- **${label}:** ${escapeText(String(value))}`);
  };
  add('Capital', facts.capital);
  add('Region', facts.region);
  add('Type', facts.type);
  add('Acronym', facts.acronym);
  add('Founded', facts.founded);
  add('Headquarters', facts.headquarters?.name);
  add('Members', facts.membersCount);
  add('Part of', facts.parent?.name);
  add('Neighbours', facts.neighbours?.map((n) => n.name).join(', '));
  lines.push('', `_Source: ${escapeText(facts.source)}_`, '');
  return lines;
}

/** A briefing as a Markdown document the reader can paste into notes or a report. */
export function briefingToMarkdown(
  briefing: EntityBriefing,
  nameOf: (id: string) => string | null,
  facts?: EntityFacts,
): string {
  const name = (id: string) => escapeText(nameOf(id) ?? id);
  const lines = [`# ${facts ? escapeText(facts.name) : name(briefing.id)}`, ''];
  if (facts) lines.push(...factLines(facts));
  const n = briefing.articles.length;
  lines.push('## In your archive', '');
  if (n === 0) {
    lines.push('No clipped article mentions it yet.', '');
    return lines.join('\n');
  }
  // A loop, not Math.min(...times): spreading a few hundred thousand arguments overflows the stack.
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const { clip } of briefing.articles) {
    from = Math.min(from, articleTime(clip));
    to = Math.max(to, articleTime(clip));
  }
  lines.push(
    `${n} clipped article${n === 1 ? '' : 's'}, from ${day(from)} to ${day(to)}.`,
    '',
    '## Articles',
    '',
  );
  for (const { clip, sentence } of briefing.articles) {
    lines.push(
      `- [${escapeText(clip.title || clip.url)}](${escapeUrl(clip.url)}) — ${escapeText(clip.siteName ?? clip.site)}, ${day(articleTime(clip))}`,
    );
    if (sentence) lines.push(`  > ${escapeText(sentence)}`);
  }
  if (briefing.coOccurring.length) {
    lines.push('', '## Appears with', '');
    for (const o of briefing.coOccurring) lines.push(`- ${name(o.id)} (${o.count})`);
  }
  lines.push('', '## Articles per week', '', '| Week of | Articles |', '| --- | ---: |');
  for (const w of briefing.timeline.slice(-MARKDOWN_WEEKS)) lines.push(`| ${w.week} | ${w.count} |`);
  if (briefing.sentences.length) {
    lines.push('', '## Latest sentences', '');
    for (const s of briefing.sentences)
      lines.push(`- “${escapeText(s.sentence)}” — ${escapeText(s.title)}, ${day(s.date)}`);
  }
  lines.push('');
  return lines.join('\n');
}
