import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createHighlighter, everyHighlightCss, HIGHLIGHT_NAMES, highlightNames } from '../../lib/page';
import { cleanUp, highlightTexts, mount, nextFrame, painted, scannerFor } from './page-fixtures';

afterEach(cleanUp);

describe('highlighting the marks', () => {
  it('registers countries and organisations as two highlights over the names', async () => {
    mount('<p>Talks at the United <b>Nations</b> on Afghanistan.</p><p>NATO and Pakistan.</p>');
    await scannerFor({ watchMutations: false }).start();
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toEqual(['Afghanistan', 'Pakistan']);
    expect(highlightTexts(HIGHLIGHT_NAMES.organisation)).toEqual(['United Nations', 'NATO']);
  });

  it('covers a name split across elements with one range from its first node to its last', async () => {
    mount('<p>the United <b>Nations</b> said</p>');
    await scannerFor({ watchMutations: false }).start();
    await painted();
    const ranges = [...(CSS.highlights.get(HIGHLIGHT_NAMES.organisation) ?? [])];
    expect(ranges).toHaveLength(1);
    const range = ranges[0] as AbstractRange;
    expect(range.startContainer).toBeInstanceOf(Text);
    expect((range.startContainer as Text).data).toBe('the United ');
    expect((range.endContainer as Text).data).toBe('Nations');
    expect([range.startOffset, range.endOffset]).toEqual([4, 7]);
  });

  it('leaves the DOM byte-identical and puts the page back as it was on stop', async () => {
    mount(
      '<article><h1>PAKISTAN IS READY</h1><p>The IS militants claimed it, the <i>U.S.</i> said.</p>' +
        '<p style="color: red">Iran, Iraq and the <a href="#">World Bank</a>.</p></article>',
    );
    const before = document.documentElement.outerHTML;
    const sheetsBefore = document.adoptedStyleSheets.length;
    const scanner = scannerFor();
    await scanner.start();
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toEqual(['PAKISTAN', 'U.S.', 'Iran', 'Iraq']);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore + 1);
    scanner.stop();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
    for (const name of Object.values(HIGHLIGHT_NAMES)) expect(CSS.highlights.has(name)).toBe(false);
  });

  it('styles the highlights through an adopted sheet', async () => {
    mount('<p>Kenya</p>');
    await scannerFor({ watchMutations: false }).start();
    await painted();
    const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    expect(rules.join('\n')).toMatch(
      /::highlight\(dossier-country\)[^}]*background-color: rgba\(37, 99, 235/,
    );
    expect(rules.join('\n')).toMatch(/::highlight\(dossier-organisation\)/);
    expect(rules.join('\n')).toMatch(/::highlight\(dossier-focus\)/);
  });

  it("draws marks in the reader's chosen style, under that style's names", async () => {
    mount('<p>Kenya and NATO</p>');
    const scanner = scannerFor({ watchMutations: false, highlights: { style: 'solid' } });
    await scanner.start();
    await painted();
    const names = highlightNames('solid');
    expect(highlightTexts(names.country)).toEqual(['Kenya']);
    expect(highlightTexts(names.organisation)).toEqual(['NATO']);
    expect(CSS.highlights.has(HIGHLIGHT_NAMES.country)).toBe(false);
    const rules = document.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
      .filter((r) => r.includes(names.country));
    expect(rules.join('\n')).toMatch(/text-decoration: underline 2px/);
    expect(rules.join('\n')).not.toMatch(/background-color/);
    scanner.stop();
    expect(CSS.highlights.has(names.country)).toBe(false);
  });

  it("adopts no sheet where the extension's CSS file styles the page, which has every style's rules", async () => {
    mount('<p>Kenya</p>');
    const sheetsBefore = document.adoptedStyleSheets.length;
    const scanner = scannerFor({ watchMutations: false, highlights: { style: 'tint', sheet: false } });
    await scanner.start();
    await painted();
    expect(highlightTexts(highlightNames('tint').country)).toEqual(['Kenya']);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
    // The file: one sheet that draws whichever style the reader picks.
    const file = new CSSStyleSheet();
    file.replaceSync(everyHighlightCss());
    const selectors = [...file.cssRules].map((r) => (r as CSSStyleRule).selectorText);
    for (const style of ['underline', 'tint', 'solid'] as const) {
      const names = highlightNames(style);
      for (const name of [names.country, names.organisation, names.focus])
        expect(selectors).toContain(`::highlight(${name})`);
    }
    scanner.stop();
  });

  it('draws the focused mark in its own highlight, above the others', async () => {
    mount('<p>Chile and Peru</p>');
    const scanner = scannerFor({ watchMutations: false });
    await scanner.start();
    await painted();
    const [peru] = scanner.mentionsOf('country:PE');
    scanner.focus(peru ?? null);
    expect(highlightTexts(HIGHLIGHT_NAMES.focus)).toEqual(['Peru']);
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.focus)?.priority).toBeGreaterThan(0);
    scanner.focus(null);
    expect(highlightTexts(HIGHLIGHT_NAMES.focus)).toEqual([]);
  });

  it('paints marks in the page and inside shadow roots from the document sheet', async () => {
    const root = mount('<p style="font-size: 32px">Kenya</p><div id="host" style="font-size: 32px"></div>');
    const host = root.querySelector('#host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>Uganda</span>';
    const paragraph = root.querySelector('p') as HTMLElement;
    await nextFrame();
    const plain = [await shot(paragraph), await shot(host)];
    await scannerFor({ watchMutations: false }).start();
    await painted();
    await nextFrame();
    expect(await shot(paragraph)).not.toBe(plain[0]);
    expect(await shot(host)).not.toBe(plain[1]);
  });

  it('registers only the marks near the viewport, and the others as they scroll near', async () => {
    const root = mount(
      Array.from({ length: 60 }, (_, i) => `<p style="height: 400px">Paragraph ${i} on Kenya.</p>`).join(''),
    );
    await scannerFor({ watchMutations: false }).start();
    await painted();
    const near = highlightTexts(HIGHLIGHT_NAMES.country).length;
    expect(near).toBeGreaterThan(0);
    expect(near).toBeLessThan(20);
    (root.lastElementChild as HTMLElement).scrollIntoView();
    await painted();
    const last = CSS.highlights.get(HIGHLIGHT_NAMES.country);
    const lastText = (root.lastElementChild as HTMLElement).firstChild;
    expect([...(last ?? [])].some((range) => range.startContainer === lastText)).toBe(true);
    expect(highlightTexts(HIGHLIGHT_NAMES.country).length).toBeLessThan(20);
  });

  it('registers every mark at once when asked to', async () => {
    mount(Array.from({ length: 60 }, () => '<p style="height: 400px">Kenya</p>').join(''));
    await scannerFor({ watchMutations: false, highlights: { viewportMargin: null } }).start();
    expect(highlightTexts(HIGHLIGHT_NAMES.country).length).toBe(60);
  });

  it('marks nothing and says so where the browser has no CSS.highlights', () => {
    const noHighlights = { defaultView: { CSS: {} } } as unknown as Document;
    const highlighter = createHighlighter(noHighlights);
    expect(highlighter.supported).toBe(false);
    expect(() => highlighter.clear()).not.toThrow();
  });
});

function shot(element: HTMLElement): Promise<string> {
  return page.elementLocator(element).screenshot({ save: false });
}
