import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normaliseLang, readJsonLd, readMetadata, timeIn, toIsoDate } from '../../../lib/clip';

const PAGE = 'https://news.example.com/world/2024/story.html';

function page(head: string, body = ''): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('JSON-LD', () => {
  it('reads an article node inside an @graph, following @id references to the publisher', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': '#site', name: 'Example Site', inLanguage: 'en-GB' },
          { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Example News Ltd' },
          {
            '@type': ['NewsArticle', 'ReportageNewsArticle'],
            headline: 'Floods in Pakistan',
            datePublished: '2024-08-30T06:15:00+05:00',
            author: [
              { '@type': 'Person', name: 'A. Writer' },
              { '@type': 'Person', name: 'B. Writer' },
            ],
            publisher: { '@id': '#org' },
          },
        ],
      }),
    );
    expect(readJsonLd(doc)).toMatchObject({
      headline: 'Floods in Pakistan',
      datePublished: '2024-08-30T06:15:00+05:00',
      author: 'A. Writer, B. Writer',
      publisher: 'Example News Ltd',
      website: 'Example Site',
      inLanguage: 'en-GB',
    });
  });

  it('reads top-level arrays, prefixed types, string authors, and skips broken blocks', () => {
    const doc = page(
      '<script type="application/ld+json">{ "broken": </script>' +
        ld([
          { '@type': 'BreadcrumbList', itemListElement: [] },
          {
            '@context': { '@vocab': 'http://schema.org/' },
            '@type': 'http://schema.org/BlogPosting',
            headline: 'Notes from Kyiv',
            author: 'Jane Doe',
            publisher: [{ '@type': 'Organization', name: 'The Blog' }],
            datePublished: '2023-02-24',
          },
        ]),
    );
    expect(readJsonLd(doc)).toMatchObject({
      headline: 'Notes from Kyiv',
      author: 'Jane Doe',
      publisher: 'The Blog',
      datePublished: '2023-02-24',
    });
  });

  it('reads JSON-LD wrapped in CDATA or holding raw line breaks in strings', () => {
    const doc = page(
      '<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","headline":"Two\nlines"}\n//]]></script>',
    );
    expect(readJsonLd(doc).headline).toBe('Two lines');
  });

  it('gives nulls for a page without JSON-LD', () => {
    expect(readJsonLd(page('<title>x</title>'))).toEqual({
      headline: null,
      datePublished: null,
      author: null,
      publisher: null,
      website: null,
      description: null,
      inLanguage: null,
    });
  });
});

describe('page metadata', () => {
  it('reads OpenGraph and meta tags', () => {
    const meta = readMetadata(
      page(
        '<title>Story | Example</title>' +
          '<meta property="og:title" content="  The  story ">' +
          '<meta property="og:site_name" content="Example News">' +
          '<meta property="og:description" content="What happened.">' +
          '<meta name="author" content="Sam Reporter">' +
          '<meta property="article:published_time" content="2021-03-04T05:06:07Z">' +
          '<meta property="og:locale" content="en_GB">',
      ),
      PAGE,
    );
    expect(meta).toEqual({
      url: PAGE,
      title: 'The story',
      byline: 'Sam Reporter',
      siteName: 'Example News',
      publishedAt: '2021-03-04T05:06:07.000Z',
      lang: 'en-GB',
      description: 'What happened.',
    });
  });

  it('prefers JSON-LD datePublished and publisher to meta tags, and <html lang> to og:locale', () => {
    const doc = parseHTML(
      `<html lang="fr"><head><meta property="og:locale" content="en_US">
       <meta property="article:published_time" content="2020-01-01T00:00:00Z">
       ${ld({ '@type': 'NewsArticle', datePublished: '2020-01-02T10:00:00Z', publisher: { name: 'Le Site' } })}
       </head><body></body></html>`,
    ).document as unknown as Document;
    const meta = readMetadata(doc, PAGE);
    expect(meta.publishedAt).toBe('2020-01-02T10:00:00.000Z');
    expect(meta.siteName).toBe('Le Site');
    expect(meta.lang).toBe('fr');
  });

  it('falls back to a <time datetime> in the article, and to <title>', () => {
    const doc = page(
      '<title>Only a title</title>',
      '<nav><time datetime="2000-01-01">menu date</time></nav>' +
        '<article><h1>Headline</h1><time datetime="2019-05-06T07:08:09+02:00">6 May</time></article>',
    );
    const meta = readMetadata(doc, PAGE);
    expect(meta.publishedAt).toBe('2019-05-06T05:08:09.000Z');
    expect(meta.title).toBe('Only a title');
    expect(meta.siteName).toBeNull();
    expect(meta.byline).toBeNull();
  });

  it('has no date, language or site when the page gives none', () => {
    const meta = readMetadata(page('', '<p>Text</p>'), PAGE);
    expect(meta.publishedAt).toBeNull();
    expect(meta.lang).toBeNull();
    expect(meta.title).toBeNull();
  });

  it('finds microdata dates under an element', () => {
    const { document } = parseHTML(
      '<div><span itemprop="datePublished" content="2018-02-03">3 Feb</span></div>',
    );
    expect(timeIn(document as unknown as ParentNode)).toBe('2018-02-03T00:00:00.000Z');
  });
});

describe('dates', () => {
  it('keeps the instant of ISO dates with a zone, and reads zoneless ones as UTC', () => {
    expect(toIsoDate('2015-04-30T07:19:58+02:00')).toBe('2015-04-30T05:19:58.000Z');
    expect(toIsoDate('2015-04-30T07:19:58')).toBe('2015-04-30T07:19:58.000Z');
    expect(toIsoDate('2015-04-30 07:19')).toBe('2015-04-30T07:19:00.000Z');
    expect(toIsoDate('2015-04-30')).toBe('2015-04-30T00:00:00.000Z');
    expect(toIsoDate('2024-12-06T22:00:40.000Z')).toBe('2024-12-06T22:00:40.000Z');
    expect(toIsoDate('2020-01-01T10:00:00-0530')).toBe('2020-01-01T15:30:00.000Z');
  });

  it('reads the other forms pages write', () => {
    expect(toIsoDate('Thu, 30 Apr 2015 07:19:58 GMT')).toBe('2015-04-30T07:19:58.000Z');
    expect(toIsoDate('April 30, 2015')).toBe('2015-04-30T00:00:00.000Z');
  });

  it('refuses what is not a plausible date', () => {
    for (const bad of [null, '', 'yesterday', '2015-13-01', '2015-02-30', '0001-01-01', 'May 5', '1']) {
      expect(toIsoDate(bad)).toBeNull();
    }
  });
});

describe('language tags', () => {
  it('normalises to BCP 47 and refuses what is no tag', () => {
    expect(normaliseLang('en_US')).toBe('en-US');
    expect(normaliseLang(' en-au ')).toBe('en-AU');
    expect(normaliseLang('FR')).toBe('fr');
    expect(normaliseLang('x-default')).toBeNull();
    expect(normaliseLang('English language')).toBeNull();
    expect(normaliseLang('')).toBeNull();
  });
});
