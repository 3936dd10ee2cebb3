import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage, readArticle, sanitizerFor } from '../../../lib/clip';
import { draftProblems } from '../../../lib/store';
import { realMatcher } from '../../support/gazetteer';

/** Node has no window for DOMPurify: these tests stand in for it, and check it is never asked for a bookmark. */
const passThrough = (html: string) => html;
const mustNotSanitise = (): string => {
  throw new Error('a bookmark has no HTML to sanitise');
};

function fixture(name: string): Document {
  const html = readFileSync(new URL(`../../fixtures/clip/${name}`, import.meta.url), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

const automaton = () => realMatcher().matcher.automaton;
const URL_OF_PAGE = 'https://www.daily.example/world/africa/ethiopia-eritrea-border?utm_source=feed#comments';

describe('clipping an article (Node, linkedom)', () => {
  it('fills every field of the draft from the page', () => {
    const { draft, isArticle } = extractPage(
      fixture('article.html'),
      automaton(),
      { url: URL_OF_PAGE },
      passThrough,
    );
    expect(isArticle).toBe(true);
    expect(draft).toMatchObject({
      kind: 'article',
      // The canonical link is relative: resolved against the page, its fragment dropped.
      url: 'https://www.daily.example/world/africa/ethiopia-eritrea-border?ref=canonical',
      title: 'Ethiopia and Eritrea reopen border crossings',
      // The page's byline was "By Amina Yusuf · 11 September 2018"; the declared author is that person.
      byline: 'Amina Yusuf',
      siteName: 'The Daily Example',
      publishedAt: '2018-09-11T06:30:00.000Z',
      lang: 'en-GB',
      excerpt: 'Crossings closed for two decades reopen as the neighbours mark a year of peace.',
    });
    expect(draft.text).toMatch(
      /^Crowds gathered at the Zalambessa crossing on Tuesday\.\n\nZALAMBESSA — Ethiopia/,
    );
    expect(draft.text).toContain('\n\nA peace deal signed in July\n\n');
    // Menus, related links, the footer and the page's script stay out.
    expect(draft.text).not.toMatch(/Business|Related|Privacy|__pageScriptRan/);
    expect(draft.wordCount).toBe(draft.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length);
    expect(draftProblems({ ...draft, html: '' })).toEqual([]);
  });

  it('names the main subjects first, with counts and the sentences that name them', () => {
    const { draft } = extractPage(fixture('article.html'), automaton(), { url: URL_OF_PAGE }, passThrough);
    const ids = draft.entities.map((e) => e.id);
    expect(ids.slice(0, 2).sort()).toEqual(['country:ER', 'country:ET']);
    const eritrea = draft.entities.find((e) => e.id === 'country:ER');
    expect(eritrea?.score).toBe(1);
    // Once in the title, five times in the text (once as "Eritrean", once as a link's text).
    expect(eritrea?.count).toBe(6);
    expect(eritrea?.sentences[0]).toMatch(/^ZALAMBESSA — Ethiopia and Eritrea reopened/);
    const somalia = draft.entities.find((e) => e.id === 'country:SO');
    expect(somalia?.count).toBe(1);
    expect(somalia?.score).toBeLessThan(0.2);
    expect(somalia?.sentences).toEqual([
      'Djibouti and Somalia, neighbours of both countries, said they would send delegations to talks on regional trade later this month.',
    ]);
  });

  it('saves the page as a bookmark when asked, without reading its article', () => {
    const doc = fixture('article.html');
    const { draft, isArticle } = extractPage(
      doc,
      automaton(),
      { url: URL_OF_PAGE, asBookmark: true },
      mustNotSanitise,
    );
    expect(isArticle).toBe(false);
    expect(draft).toMatchObject({ kind: 'bookmark', html: '', text: '', wordCount: 0 });
    expect(draft.title).toBe('Ethiopia and Eritrea reopen border crossings');
    expect(draft.entities.map((e) => e.id)).toContain('country:ER');
  });
});

describe('a page that holds no article', () => {
  it('offers a bookmark for a search results page, with the entities of its visible text', () => {
    const { draft, isArticle } = extractPage(
      fixture('search-results.html'),
      automaton(),
      { url: 'https://news.example.com/search?q=sudan#results' },
      mustNotSanitise,
    );
    expect(isArticle).toBe(false);
    expect(draft).toMatchObject({
      kind: 'bookmark',
      url: 'https://news.example.com/search?q=sudan',
      title: 'Search results for “sudan” – Example News',
      siteName: 'Example News',
      excerpt: 'Search Example News for the latest stories, analysis and opinion.',
      html: '',
      text: '',
      wordCount: 0,
      publishedAt: null,
    });
    expect(draft.entities[0]?.id).toBe('country:SD');
    expect(draft.entities[0]?.count).toBe(9);
    expect(draft.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['country:UG', 'org:wfp']));
    expect(draftProblems(draft)).toEqual([]);
  });

  it('offers a bookmark for an app’s page, named after the host when nothing else names the site', () => {
    const { draft, isArticle } = extractPage(
      fixture('app-shell.html'),
      automaton(),
      { url: 'https://mail.example.org/inbox' },
      mustNotSanitise,
    );
    expect(isArticle).toBe(false);
    expect(draft).toMatchObject({
      kind: 'bookmark',
      title: 'Inbox (3) – Example Mail',
      siteName: 'mail.example.org',
    });
    // A page's first words are its menus: a single mention there is still a passing one.
    expect(draft.entities.find((e) => e.id === 'country:JP')?.score).toBeLessThanOrEqual(0.2);
  });

  it('gives Readability no article for an empty page', () => {
    const doc = parseHTML('<html><head><title>Blank</title></head><body></body></html>').document;
    expect(readArticle(doc.cloneNode(true) as unknown as Document, doc as unknown as Document)).toBeNull();
  });
});

describe('sanitising', () => {
  it('refuses to work where DOMPurify cannot (it would hand back the HTML unchanged)', () => {
    const { window } = parseHTML('<html><body></body></html>');
    expect(() => sanitizerFor(window as never)).toThrow(/no safe way to clean/);
    expect(() => sanitizerFor(null)).toThrow(/no safe way to clean/);
    expect(() => extractPage(fixture('article.html'), automaton(), { url: URL_OF_PAGE })).toThrow(
      /no safe way/,
    );
  });
});
