import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { filedAddress } from '../../../components/popup/api';
import { pageUrlOf, readMetadata } from '../../../lib/clip';

function page(head: string): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body><p>Text</p></body></html>`)
    .document as unknown as Document;
}

const HEADS = [
  '',
  '<link rel="canonical" href="https://www.example.com/world/story">',
  '<meta property="og:url" content="https://www.example.com/og"><link rel="canonical" href="/world/a#top">',
  '<meta name="og:url" content="/from-name">',
  '<meta property="OG:URL" content="https://www.example.com/upper">',
  '<link rel="Alternate CANONICAL" href="https://original.example.net/a">',
  '<link rel="canonical" href="//m.example.com/a">',
  '<base href="https://cdn.example.org/news/"><link rel="canonical" href="story">',
  '<base href="/sub/"><link rel="canonical" href="story?id=4">',
  '<link rel="canonical" href="   "><meta property="og:url" content=" https://www.example.com/spaced ">',
  '<link rel="canonical" href="javascript:alert(1)">',
  '<link rel="canonical" href="https://www.example.com/"><meta property="og:url" content="/world/x">',
  '<link rel="canonical" href="https://www.example.com/?id=3">',
  '<link rel="canonical" href="http://[broken">',
  '<link rel="stylesheet" href="/a.css"><link rel="canonical" href="ftp://example.com/x">',
];
const PAGES = [
  'https://www.example.com/world/2024/05/story.html?utm_source=x#comments',
  'https://example.com/',
  'https://syndicated.example/wire/kabul?ref=newsletter',
];

/** What a clip of the page is filed under: the clipper's extractPage reads the address this way. */
const clipAddress = (doc: Document, url: string) => readMetadata(doc, pageUrlOf(doc, url)).url;

describe("the popup's lookup address", () => {
  it('is the address a clip of the page is filed under, for every kind of declaration', () => {
    for (const head of HEADS)
      for (const url of PAGES) {
        const doc = page(head);
        expect(filedAddress(doc, url), `${head} on ${url}`).toBe(clipAddress(doc, url));
      }
  });

  it('uses nothing outside itself, as it must when sent to run in the tab', () => {
    const alone = new Function(`return (${filedAddress.toString()});`)() as typeof filedAddress;
    const doc = page('<base href="/sub/"><link rel="canonical" href="story?id=4">');
    expect(alone(doc, PAGES[2])).toBe('https://syndicated.example/sub/story?id=4');
  });
});
