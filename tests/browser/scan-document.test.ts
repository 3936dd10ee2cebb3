import { afterEach, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../lib/gazetteer';
import { compileAutomaton, packAutomaton, unpackAutomaton } from '../../lib/match';
import { OWN_UI_ATTRIBUTE, scanDocument } from '../../lib/page';

const automaton = unpackAutomaton(packAutomaton(compileAutomaton(loadGazetteer().lexicon)));

function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('scanning a live page in Chromium', () => {
  it('finds names split across inline elements, and none across blocks', () => {
    const root = mount(
      '<p>Talks at the United <b>Nations</b> on Afghanistan.</p><h2>United</h2><p>Nations</p>',
    );
    const ids = scanDocument(root, automaton).mentions.map((m) => `${m.entity}=${m.text}`);
    expect(ids).toEqual(['org:un=United Nations', 'country:AF=Afghanistan']);
  });

  it('reads open shadow roots and skips scripts, form fields and our own UI', () => {
    const root = mount(
      `<p>Pakistan</p><div id="host"></div><script>var Iran = 1</script><textarea>Iraq</textarea>` +
        `<div ${OWN_UI_ATTRIBUTE}>Syria</div>`,
    );
    const host = root.querySelector('#host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>the Taliban</span>';
    const ids = scanDocument(root, automaton).entities.map((e) => e.id);
    expect(ids).toEqual(['country:PK', 'org:taliban']);
  });

  it('leaves the page byte-identical', () => {
    const root = mount(
      '<article><h1>PAKISTAN IS READY</h1><p>The IS militants claimed it, the U.S. said.</p></article>',
    );
    const before = document.documentElement.outerHTML;
    const scan = scanDocument(root, automaton);
    expect(scan.mentions.map((m) => m.text)).toEqual(['PAKISTAN', 'IS', 'U.S.']);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('gives each mention offsets that point at its text in the scanned chunks', () => {
    const root = mount('<p>Saudi&nbsp;Arabia and <i>Türkiye</i> met the <b>G7</b>.</p>');
    const scan = scanDocument(root, automaton);
    const joined = scan.chunks.map((c) => (c.breakBefore ? '\n' : '') + c.text).join('');
    for (const m of scan.mentions) expect(joined.slice(m.start, m.end)).toBe(m.text);
    expect(scan.mentions.map((m) => m.entity)).toEqual(['country:SA', 'country:TR', 'org:g7']);
  });
});
