import { describe, expect, it } from 'vitest';
import { filedUrlOf } from '../../../components/popup/filed-url';

const TAB = 'https://syndicated.example/wire/kabul?ref=newsletter';
const ORIGINAL = 'https://news.example/world/kabul-convoy';

describe('where the popup looks for the page’s clip', () => {
  it('looks under the canonical address the content script read on this page', () => {
    expect(filedUrlOf(TAB, { url: TAB, canonicalUrl: ORIGINAL })).toBe(ORIGINAL);
    // The tab's address and the report's may differ only by a fragment (the reader followed an anchor).
    expect(filedUrlOf(`${TAB}#comments`, { url: TAB, canonicalUrl: ORIGINAL })).toBe(ORIGINAL);
  });

  it('looks under the tab’s own address when the report is of another page, or names none', () => {
    // A single-page site that moved on: the old page's canonical address is not this page's clip.
    expect(filedUrlOf(TAB, { url: 'https://syndicated.example/wire/older', canonicalUrl: ORIGINAL })).toBe(
      TAB,
    );
    expect(filedUrlOf(TAB, { url: TAB })).toBe(TAB);
    expect(filedUrlOf(TAB, null)).toBe(TAB);
  });
});
