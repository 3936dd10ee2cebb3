import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, pageUrlOf } from '../../../lib/url';

const PAGE = 'https://www.example.com/world/2024/05/story.html?utm_source=x#comments';

function page(head: string): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body></body></html>`)
    .document as unknown as Document;
}

describe('canonical URL', () => {
  it('takes link rel=canonical first, then og:url', () => {
    expect(
      canonicalUrl(
        page(
          '<meta property="og:url" content="https://www.example.com/og">' +
            '<link rel="canonical" href="https://www.example.com/world/story">',
        ),
        PAGE,
      ),
    ).toBe('https://www.example.com/world/story');
    expect(canonicalUrl(page('<meta property="og:url" content="https://www.example.com/og">'), PAGE)).toBe(
      'https://www.example.com/og',
    );
  });

  it('falls back to the page address without its fragment', () => {
    expect(canonicalUrl(page(''), PAGE)).toBe(
      'https://www.example.com/world/2024/05/story.html?utm_source=x',
    );
  });

  it('resolves relative and protocol-relative declarations, against <base href> when there is one', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="/world/story#top">'), PAGE)).toBe(
      'https://www.example.com/world/story',
    );
    expect(canonicalUrl(page('<link rel="canonical" href="//m.example.com/a">'), PAGE)).toBe(
      'https://m.example.com/a',
    );
    expect(
      canonicalUrl(
        page('<base href="https://cdn.example.org/news/"><link rel="canonical" href="story">'),
        PAGE,
      ),
    ).toBe('https://cdn.example.org/news/story');
  });

  it('reads rel lists and other hosts (a syndicated copy points at the original)', () => {
    expect(
      canonicalUrl(page('<link rel="alternate canonical" href="https://original.example.net/a">'), PAGE),
    ).toBe('https://original.example.net/a');
  });

  it('ignores non-web schemes and a home page declared on an article page', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="javascript:alert(1)">'), PAGE)).toBe(
      'https://www.example.com/world/2024/05/story.html?utm_source=x',
    );
    expect(
      canonicalUrl(
        page(
          '<link rel="canonical" href="https://www.example.com/"><meta property="og:url" content="/world/x">',
        ),
        PAGE,
      ),
    ).toBe('https://www.example.com/world/x');
    // On the home page itself, the home page is canonical.
    expect(
      canonicalUrl(page('<link rel="canonical" href="https://www.example.com/">'), 'https://example.com/'),
    ).toBe('https://www.example.com/');
  });
});

describe('the page address', () => {
  it('prefers the address given, without its fragment, and falls back to the document’s', () => {
    const doc = page('');
    expect(pageUrlOf(doc, 'https://a.example/x#y')).toBe('https://a.example/x');
    expect(pageUrlOf(doc, 'not a url')).toBe('not a url');
  });
});
