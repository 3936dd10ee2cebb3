import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanText, extractPage, plainText } from '../../../lib/clip';
import type { ClipDraft } from '../../../lib/store';
import { draftProblems } from '../../../lib/store';
import { realMatcher } from '../../support/gazetteer';
import { CORPUS_DIR, corpusPages } from '../../support/shared-corpus';

/**
 * The clipper on the corpus's real news pages, in Node: linkedom parses them and Readability runs as in
 * the extension. DOMPurify needs a browser window, so the HTML is left as Readability gives it here
 * (tests/browser/clip.test.ts covers sanitising); everything the reader sees of a clip but its markup is
 * checked.
 */

/** Readability's own tests parse their pages at this address; expected.html was made with it. */
const READABILITY_URL = 'http://fakehost/test/page.html';

/**
 * Readability pages: we run the same Readability, so any difference comes from the DOM implementation
 * (linkedom instead of JSDOM) and our text flattening. Measured: 0.996 at worst. A lost paragraph of a
 * 20-paragraph article costs 5% and two words glued by a missing break change every shingle that spans
 * them, so 0.95 catches a broken text step while leaving room for a Readability update.
 */
const MIN_SIMILARITY = 0.95;
/**
 * The article-extraction benchmark pages have human-marked article bodies; a clip also keeps captions and
 * bylines the marking leaves out, so only recall is held: how much of the marked body the clip has
 * (measured: 0.96 at worst).
 */
const MIN_BODY_RECALL = 0.9;

const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Word 3-grams: order-aware, so that shuffled or glued text scores low, yet forgiving of one odd word. */
function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

const jaccard = (a: Set<string>, b: Set<string>) => {
  const n = overlap(a, b);
  return n / (a.size + b.size - n || 1);
};

const normalTitle = (t: string | null | undefined) => cleanText(t ?? '').normalize('NFC');

function extract(id: string, url: string): { draft: ClipDraft; isArticle: boolean } {
  const html = readFileSync(join(CORPUS_DIR, 'pages', id, 'source.html'), 'utf8');
  const { document } = parseHTML(html);
  return extractPage(document as unknown as Document, realMatcher().matcher.automaton, { url }, (h) => h);
}

interface Row {
  page: string;
  title: string;
  byline: string;
  similarity: string;
  metadata: string;
  entities: string;
}
const rows: Row[] = [];

afterAll(() => {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0] as Row) as Array<keyof Row>;
  const width = (c: keyof Row) => Math.max(c.length, ...rows.map((r) => r[c].length));
  const line = (r: Record<keyof Row, string>) => cols.map((c) => r[c].padEnd(width(c))).join(' | ');
  const header = Object.fromEntries(cols.map((c) => [c, c])) as Record<keyof Row, string>;
  console.log(
    [
      'Clipper vs. the corpus (similarity: word 3-gram Jaccard; recall for marked bodies; metadata: what matched)',
      line(header),
    ]
      .concat(rows.map(line))
      .join('\n'),
  );
});

interface ExpectedMetadata {
  title: string;
  byline: string | null;
  lang: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
}

/** The metadata Readability's expected output names, against the clip's: what matched, what differs. */
function metadataChecks(draft: ClipDraft, expected: ExpectedMetadata): Array<[string, boolean | null]> {
  const sameDay = (a: string | null | undefined, b: string | null) =>
    b === null
      ? null
      : !!a && new Date(a).toISOString().slice(0, 10) === new Date(b).toISOString().slice(0, 10);
  const same = (a: string | null | undefined, b: string | null) =>
    b === null ? null : normalTitle(a).toLowerCase() === normalTitle(b).toLowerCase();
  return [
    ['lang', same(draft.lang, expected.lang)],
    ['site', same(draft.siteName, expected.siteName)],
    ['date', sameDay(draft.publishedAt, expected.publishedTime)],
    ['excerpt', same(draft.excerpt, expected.excerpt)],
  ];
}

function metadataVerdict(draft: ClipDraft, expected: ExpectedMetadata): string {
  const checks = metadataChecks(draft, expected).filter(([, ok]) => ok !== null);
  if (checks.length === 0) return '(none expected)';
  return checks.map(([name, ok]) => (ok ? name : `${name} DIFF`)).join(', ');
}

const pages = corpusPages();
const top3 = (draft: ClipDraft) =>
  draft.entities
    .slice(0, 3)
    .map((e) => `${e.id.replace(/^\w+:/, '')} ${e.score.toFixed(2)}`)
    .join(', ');

describe('extraction against Readability’s expected output', () => {
  const withExpected = pages.filter((p) => existsSync(join(CORPUS_DIR, 'pages', p.id, 'expected.html')));

  it('has the Readability pages to compare with', () => {
    expect(withExpected.length).toBeGreaterThanOrEqual(10);
  });

  it.each(withExpected.map((p) => p.id))('%s', { timeout: 60_000 }, (id) => {
    const dir = join(CORPUS_DIR, 'pages', id);
    const expected = JSON.parse(
      readFileSync(join(dir, 'expected-metadata.json'), 'utf8'),
    ) as ExpectedMetadata;
    const { document } = parseHTML(
      `<!doctype html><html><body>${readFileSync(join(dir, 'expected.html'), 'utf8')}</body></html>`,
    );
    const expectedText = plainText(document.body as unknown as Node);
    const { draft, isArticle } = extract(id, READABILITY_URL);
    const similarity = jaccard(shingles(draft.text), shingles(expectedText));
    const titleOk = normalTitle(draft.title) === normalTitle(expected.title);
    const bylineOk =
      expected.byline === null ? null : normalTitle(draft.byline) === normalTitle(expected.byline);
    rows.push({
      page: id,
      title: titleOk ? 'ok' : `DIFF: ${draft.title}`,
      byline:
        bylineOk === null
          ? `(none expected; got ${draft.byline ?? 'none'})`
          : bylineOk
            ? 'ok'
            : `DIFF: ${draft.byline}`,
      similarity: similarity.toFixed(3),
      metadata: metadataVerdict(draft, expected),
      entities: top3(draft),
    });
    expect(isArticle).toBe(true);
    expect(draft.kind).toBe('article');
    expect(normalTitle(draft.title)).toBe(normalTitle(expected.title));
    if (expected.byline !== null) expect(normalTitle(draft.byline)).toBe(normalTitle(expected.byline));
    expect(similarity).toBeGreaterThanOrEqual(MIN_SIMILARITY);
    // Language, site name, publication day and excerpt, where the expected output names them.
    for (const [name, ok] of metadataChecks(draft, expected)) if (ok !== null) expect(ok, name).toBe(true);
    // Paragraphs are separated by exactly one blank line, with whitespace normalised inside them.
    expect(draft.text).not.toMatch(/\n{3,}|[ \t]{2,}|^\s|\s$/);
    // The store would accept the clip (its HTML is checked once sanitised, in the browser tests).
    expect(draftProblems({ ...draft, html: '' })).toEqual([]);
  });
});

describe('extraction against hand-marked article bodies', () => {
  const marked = pages.filter((p) => existsSync(join(CORPUS_DIR, 'pages', p.id, 'ground-truth.json')));

  it.each(marked.map((p) => p.id))('%s', { timeout: 60_000 }, (id) => {
    const truth = JSON.parse(readFileSync(join(CORPUS_DIR, 'pages', id, 'ground-truth.json'), 'utf8')) as {
      articleBody: string;
      url: string;
    };
    const { draft, isArticle } = extract(id, truth.url);
    const ours = shingles(draft.text);
    const body = shingles(truth.articleBody);
    const recall = overlap(body, ours) / (body.size || 1);
    rows.push({
      page: id,
      title: draft.title ? 'has one' : 'MISSING',
      byline: draft.byline ?? '(none)',
      similarity: `${jaccard(ours, body).toFixed(3)} (recall ${recall.toFixed(3)})`,
      metadata: '(no reference)',
      entities: top3(draft),
    });
    expect(isArticle).toBe(true);
    expect(draft.title).not.toBe('');
    expect(recall).toBeGreaterThanOrEqual(MIN_BODY_RECALL);
    expect(draftProblems({ ...draft, html: '' })).toEqual([]);
  });
});

describe('the other corpus pages', () => {
  const others = pages.filter(
    (p) =>
      !existsSync(join(CORPUS_DIR, 'pages', p.id, 'expected.html')) &&
      !existsSync(join(CORPUS_DIR, 'pages', p.id, 'ground-truth.json')),
  );

  it.each(others.map((p) => p.id))('%s is clipped as an article', { timeout: 60_000 }, (id) => {
    const { draft, isArticle } = extract(id, `https://corpus.example/${id}`);
    rows.push({
      page: id,
      title: draft.title ? 'has one' : 'MISSING',
      byline: draft.byline ?? '(none)',
      similarity: `(no reference; ${draft.wordCount} words)`,
      metadata: '(no reference)',
      entities: top3(draft),
    });
    expect(isArticle).toBe(true);
    expect(draft.title).not.toBe('');
    expect(draft.wordCount).toBeGreaterThan(200);
    expect(draftProblems({ ...draft, html: '' })).toEqual([]);
  });
});
