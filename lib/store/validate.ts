import { scriptInHtml } from './html-safety';
import { draftFields } from './records';
import type { Clip, WatchEntity } from './types';
import { normaliseUrl } from './url';

/** Largest values the store accepts, in characters (or items). Anything larger is refused, not cut. */
export const LIMITS = {
  url: 4096,
  title: 1000,
  byline: 1000,
  siteName: 1000,
  publishedAt: 100,
  lang: 35,
  excerpt: 10_000,
  html: 2_000_000,
  text: 1_000_000,
  entities: 1000,
  entityId: 200,
  sentences: 20,
  sentence: 2000,
  tags: 100,
  tag: 100,
  note: 100_000,
  watchName: 200,
  aliases: 50,
  alias: 200,
  watchNote: 10_000,
} as const;

/** A time the store can hold: epoch ms from 1990 to a day from now. */
const EARLIEST = Date.UTC(1990, 0, 1);
const DAY = 86_400_000;

/**
 * Publication dates the store holds: the years the clipper reads a page's date in (lib/clip/dates.ts), so
 * that every clip it ever stored imports again. Not now plus a day, as for clippedAt: pages do carry dates
 * ahead of their clipping, and an archive whose export refused its own clips could not be restored.
 */
const PUBLISHED_YEARS = { from: 1900, to: 2200 } as const;
const PUBLISHED_FROM = Date.UTC(PUBLISHED_YEARS.from, 0, 1);
const PUBLISHED_BEFORE = Date.UTC(PUBLISHED_YEARS.to + 1, 0, 1);

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const chars = (n: number) => n.toLocaleString('en');

function text(v: unknown, field: string, max: number, problems: string[], nullable = false): void {
  if (nullable && v === null) return;
  if (typeof v !== 'string') problems.push(`${field} is not ${nullable ? 'text or null' : 'text'}`);
  else if (v.length > max)
    problems.push(`${field} is longer than ${chars(max)} characters (${chars(v.length)})`);
}

function count(v: unknown, field: string, problems: string[]): void {
  if (!Number.isSafeInteger(v) || (v as number) < 0) problems.push(`${field} is not a whole number ≥ 0`);
}

function textList(v: unknown, field: string, maxItems: number, maxChars: number, problems: string[]): void {
  if (!Array.isArray(v)) return void problems.push(`${field} is not a list`);
  if (v.length > maxItems)
    return void problems.push(`${field} has more than ${maxItems} items (${v.length})`);
  v.forEach((item, i) => {
    text(item, `${field}[${i}]`, maxChars, problems);
  });
}

function entities(v: unknown, problems: string[]): void {
  if (!Array.isArray(v)) return void problems.push('entities is not a list');
  if (v.length > LIMITS.entities)
    return void problems.push(`entities has more than ${LIMITS.entities} items`);
  for (const [i, e] of v.entries()) {
    const at = `entities[${i}]`;
    if (!isRecord(e)) {
      problems.push(`${at} is not an object`);
      continue;
    }
    text(e.id, `${at}.id`, LIMITS.entityId, problems);
    if (e.id === '') problems.push(`${at}.id is empty`);
    count(e.count, `${at}.count`, problems);
    if (typeof e.score !== 'number' || !(e.score >= 0 && e.score <= 1))
      problems.push(`${at}.score is not a number from 0 to 1`);
    textList(e.sentences, `${at}.sentences`, LIMITS.sentences, LIMITS.sentence, problems);
  }
}

/** What is wrong with a page draft (empty when nothing is). */
export function draftProblems(v: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(v)) return ['it is not an object'];
  text(v.url, 'url', LIMITS.url, problems);
  if (typeof v.url === 'string' && !normaliseUrl(v.url)) problems.push('url is not an http(s) address');
  text(v.title, 'title', LIMITS.title, problems);
  text(v.byline, 'byline', LIMITS.byline, problems, true);
  text(v.siteName, 'siteName', LIMITS.siteName, problems, true);
  text(v.publishedAt, 'publishedAt', LIMITS.publishedAt, problems, true);
  if (typeof v.publishedAt === 'string' && v.publishedAt.length <= LIMITS.publishedAt) {
    const ms = Date.parse(v.publishedAt);
    if (Number.isNaN(ms)) problems.push('publishedAt is not a date');
    else if (ms < PUBLISHED_FROM || ms >= PUBLISHED_BEFORE)
      problems.push(
        `publishedAt ${JSON.stringify(v.publishedAt)} is not a date from ${PUBLISHED_YEARS.from} to ${PUBLISHED_YEARS.to}`,
      );
  }
  text(v.lang, 'lang', LIMITS.lang, problems, true);
  text(v.excerpt, 'excerpt', LIMITS.excerpt, problems);
  text(v.html, 'html', LIMITS.html, problems);
  text(v.text, 'text', LIMITS.text, problems);
  if (typeof v.html === 'string' && v.html.length <= LIMITS.html) {
    const script = scriptInHtml(v.html);
    if (script)
      problems.push(
        `html contains ${script}; the archive never holds script, and Dossier refuses such HTML rather than ` +
          'cleaning it, since there is no page to clean it in',
      );
  }
  entities(v.entities, problems);
  count(v.wordCount, 'wordCount', problems);
  if (v.kind !== 'article' && v.kind !== 'bookmark')
    problems.push('kind is neither "article" nor "bookmark"');
  return problems;
}

function time(v: unknown, field: string, now: number, problems: string[]): void {
  if (!Number.isSafeInteger(v) || (v as number) < EARLIEST || (v as number) > now + DAY)
    problems.push(`${field} is not a time between 1990 and now (epoch milliseconds)`);
}

/** What is wrong with a stored clip (an import record, an undo): a draft plus what the store adds. */
export function clipProblems(v: unknown, now: number): string[] {
  const problems = draftProblems(v);
  if (!isRecord(v)) return problems;
  if (!Number.isSafeInteger(v.id) || (v.id as number) < 1) problems.push('id is not a whole number ≥ 1');
  textList(v.tags, 'tags', LIMITS.tags, LIMITS.tag, problems);
  text(v.note, 'note', LIMITS.note, problems);
  time(v.clippedAt, 'clippedAt', now, problems);
  time(v.updatedAt, 'updatedAt', now, problems);
  return problems;
}

/** A valid clip with only its own fields; entityIds and site are derived again when stored. */
export function cleanClip(v: Clip): Clip {
  return {
    ...draftFields(v),
    id: v.id,
    entityIds: [],
    site: '',
    tags: [...v.tags],
    note: v.note,
    clippedAt: v.clippedAt,
    updatedAt: v.updatedAt,
  };
}

const WATCH_ID = /^watch:[\p{L}\p{N}_-]{1,100}$/u;

export function watchEntityProblems(v: unknown): string[] {
  if (!isRecord(v)) return ['it is not an object'];
  const problems: string[] = [];
  if (typeof v.id !== 'string' || !WATCH_ID.test(v.id))
    problems.push('id is not "watch:<letters, digits, - or _>"');
  text(v.name, 'name', LIMITS.watchName, problems);
  if (typeof v.name === 'string' && !v.name.trim()) problems.push('name is empty');
  textList(v.aliases, 'aliases', LIMITS.aliases, LIMITS.alias, problems);
  text(v.note, 'note', LIMITS.watchNote, problems);
  return problems;
}

export const cleanWatchEntity = (v: WatchEntity): WatchEntity => ({
  id: v.id,
  name: v.name.trim(),
  aliases: [...v.aliases],
  note: v.note,
});
