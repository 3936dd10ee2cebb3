import { afterEach, describe, expect, it } from 'vitest';

// Proves the browser project runs in real Chromium, with the APIs the highlighter relies on.
describe('browser smoke', () => {
  afterEach(() => {
    document.body.replaceChildren();
    CSS.highlights?.clear();
  });

  it('runs in Chromium, not a simulated DOM', () => {
    expect(navigator.userAgent).toMatch(/Chrom(e|ium)\//);
    expect(typeof window.getComputedStyle).toBe('function');
  });

  it('has the CSS Custom Highlight API', () => {
    expect(CSS.highlights).toBeDefined();
    document.body.innerHTML = '<p id="p">Talks between Afghanistan and the United Nations</p>';
    const text = document.getElementById('p')?.firstChild;
    if (!(text instanceof Text)) throw new Error('expected a text node');
    const start = text.data.indexOf('Afghanistan');
    const range = new Range();
    range.setStart(text, start);
    range.setEnd(text, start + 'Afghanistan'.length);
    expect(range.toString()).toBe('Afghanistan');
    CSS.highlights.set('dossier-smoke', new Highlight(range));
    expect(CSS.highlights.has('dossier-smoke')).toBe(true);
  });

  it('walks text nodes with a TreeWalker, skipping scripts', () => {
    document.body.innerHTML =
      '<article><h1>Kabul</h1><p>The <b>Taliban</b> met the UN.</p><script>var x = 1;</script></article>';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    const texts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.nodeValue ?? '');
    expect(texts).toEqual(['Kabul', 'The ', 'Taliban', ' met the UN.']);
  });

  it('lays text out (innerText reflects rendering)', () => {
    document.body.innerHTML = '<p>visible</p><p style="display:none">hidden</p>';
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is wanted
    expect(document.body.innerText.trim()).toBe('visible');
  });
});
