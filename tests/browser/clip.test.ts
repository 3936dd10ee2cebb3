import { afterEach, describe, expect, it } from 'vitest';
import { extractPage, sanitizerFor } from '../../lib/clip';
// The store's own checks, from its Dexie-free file: the door brings in Dexie, which this project does not pre-bundle.
import { scriptInHtml } from '../../lib/store/html-safety';
import { draftProblems } from '../../lib/store/validate';
import articleHtml from '../fixtures/clip/article.html?raw';
import hostileHtml from '../fixtures/clip/hostile.html?raw';
import searchHtml from '../fixtures/clip/search-results.html?raw';
import { cleanUp, realAutomaton, sleep } from './page-fixtures';

declare global {
  interface Window {
    __pwned?: string;
    __pageScriptRan?: boolean;
  }
}

const added: Node[] = [];

/** Puts a fixture's head and body into this (live) test page, as a content script finds a page. */
function mountPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const el of [...parsed.head.children]) {
    // Scripts would not run anyway (they come from DOMParser); leave them out of the live head all the same.
    if (el.tagName === 'SCRIPT' && el.getAttribute('type') !== 'application/ld+json') continue;
    const copy = document.importNode(el, true);
    document.head.append(copy);
    added.push(copy);
  }
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

function parsed(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The elements and attributes of some HTML, to look at what a sanitiser let through. */
function inspect(html: string) {
  const doc = parsed(`<!doctype html><body>${html}`);
  const elements = [...doc.body.querySelectorAll('*')];
  const attributes = elements.flatMap((el) =>
    [...el.attributes].map((a) => ({ el: el.localName, name: a.name, value: a.value })),
  );
  return { doc, tags: new Set(elements.map((el) => el.localName)), attributes };
}

afterEach(() => {
  for (const node of added.splice(0)) node.parentNode?.removeChild(node);
  cleanUp();
  delete window.__pwned;
});

describe('clipping the live page', () => {
  it('leaves the page’s document exactly as it was', () => {
    mountPage(articleHtml);
    const before = document.documentElement.outerHTML;
    const elements = [...document.querySelectorAll('*')];
    const observer = new MutationObserver(() => undefined);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

    const { draft, isArticle } = extractPage(document, realAutomaton());

    const mutations = observer.takeRecords();
    observer.disconnect();
    expect(mutations).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
    expect([...document.querySelectorAll('*')]).toEqual(elements);
    // And it did read the article, from its clone.
    expect(isArticle).toBe(true);
    expect(draft.title).toBe('Ethiopia and Eritrea reopen border crossings');
    expect(draft.text).toContain('ZALAMBESSA — Ethiopia and Eritrea reopened two crossings');
    expect(draft.entities[0]?.score).toBe(1);
  });

  it('keeps the article’s figures, links and headings, with absolute addresses, and the store accepts it', () => {
    mountPage(articleHtml);
    const { draft } = extractPage(document, realAutomaton(), {
      url: 'https://www.daily.example/world/africa/ethiopia-eritrea-border',
    });
    const { doc, tags } = inspect(draft.html);
    for (const tag of ['figure', 'img', 'figcaption', 'h2', 'a', 'blockquote', 'p'])
      expect(tags).toContain(tag);
    // Readability makes links absolute against the page's address (the test page's, here).
    const img = doc.querySelector('img');
    expect(img?.getAttribute('src')).toBe(new URL('/images/zalambessa.jpg', location.href).href);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Eritrea');
    expect(draft.url).toBe('https://www.daily.example/world/africa/ethiopia-eritrea-border?ref=canonical');
    expect(draftProblems(draft)).toEqual([]);
    expect(window.__pageScriptRan).toBeUndefined();
  });
});

describe('a hostile page', () => {
  it('gives clean HTML: no script, no handlers, no frames or forms, no javascript: URLs', async () => {
    const doc = parsed(hostileHtml);
    const { draft, isArticle } = extractPage(doc, realAutomaton(), {
      url: 'https://hostile.example/world/yemen-talks',
    });
    expect(isArticle).toBe(true);
    const { tags, attributes } = inspect(draft.html);
    for (const tag of [
      'script',
      'iframe',
      'form',
      'input',
      'button',
      'object',
      'embed',
      'style',
      'base',
      'meta',
      'link',
    ]) {
      expect(tags, tag).not.toContain(tag);
    }
    expect(attributes.filter((a) => a.name.startsWith('on'))).toEqual([]);
    expect(attributes.filter((a) => /script:|^data:text\/html/i.test(a.value.replace(/\s/g, '')))).toEqual(
      [],
    );
    expect(attributes.filter((a) => ['style', 'srcdoc', 'formaction', 'action'].includes(a.name))).toEqual(
      [],
    );
    expect(draft.html).not.toMatch(/<script|onerror|javascript:/i);
    expect(scriptInHtml(draft.html)).toBeNull();
    expect(draftProblems(draft)).toEqual([]);
    // What is worth keeping stays: the figure, the heading, the safe link, the text.
    for (const tag of ['figure', 'figcaption', 'h2', 'blockquote']) expect(tags).toContain(tag);
    expect(draft.html).toContain('href="https://www.un.org/en/yemen-talks"');
    expect(draft.text).toContain('Delegations from the government of Yemen');
    // Nothing in the page ran while it was read and cleaned.
    await sleep(50);
    expect(window.__pwned).toBeUndefined();
  });
});

describe('the sanitiser', () => {
  const sanitize = sanitizerFor(window);

  it('takes out what runs, embeds or submits, whatever Readability leaves', async () => {
    const dirty = [
      '<p>Text<script>window.__pwned="script"</script></p>',
      '<img src="x" onerror="window.__pwned=\'img\'">',
      '<a href="jav&#x09;ascript:window.__pwned=1">tab</a>',
      '<a href="JaVaScRiPt:window.__pwned=1">case</a>',
      '<a href="data:text/html,<script>1</script>">data</a>',
      '<img src="https://a.example/i.jpg" alt="javascript: in alt text">',
      '<div style="background:url(javascript:alert(1))">styled</div>',
      '<iframe src="https://evil.example/"></iframe><iframe srcdoc="<script>1</script>"></iframe>',
      '<form action="https://evil.example/"><input name="q"><button formaction="javascript:1">Go</button></form>',
      '<object data="x.swf"></object><embed src="x.swf">',
      '<meta http-equiv="refresh" content="0;url=javascript:1"><base href="https://evil.example/">',
      '<style>body{display:none}</style><link rel="stylesheet" href="https://evil.example/x.css">',
      '<svg onload="window.__pwned=\'svg\'"><script>1</script><a href="javascript:1"><rect/></a></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=\'mxss\'"></style></mglyph></table></mtext></math>',
      '<details open ontoggle="window.__pwned=\'toggle\'"><summary>s</summary></details>',
      '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>"></p></noscript>',
      '<div data-track="1" id="x" class="c">data attribute</div>',
    ].join('');
    const clean = sanitize(dirty);
    const { tags, attributes } = inspect(clean);
    for (const tag of [
      'script',
      'iframe',
      'form',
      'input',
      'button',
      'object',
      'embed',
      'meta',
      'base',
      'style',
      'link',
      'noscript',
    ]) {
      expect(tags, tag).not.toContain(tag);
    }
    expect(attributes.filter((a) => a.name.startsWith('on') || a.name.startsWith('data-'))).toEqual([]);
    expect(
      attributes.filter((a) => /script:|^data:text\/html/i.test(a.value.replace(/[\s\p{Cc}]/gu, ''))),
    ).toEqual([]);
    expect(scriptInHtml(clean)).toBeNull();
    await sleep(50);
    expect(window.__pwned).toBeUndefined();
  });

  it('keeps an article’s structure: headings, links, figures, lists, tables, quotes', () => {
    const article =
      '<h2>Heading</h2><p>Para with <a href="https://example.com/x" title="t">a link</a> and <em>stress</em>.</p>' +
      '<figure><img src="https://example.com/i.jpg" alt="A photo" width="10" height="10"><figcaption>Caption</figcaption></figure>' +
      '<ul><li>One</li></ul><table><tbody><tr><td>Cell</td></tr></tbody></table><blockquote><p>Quote</p></blockquote>';
    const clean = sanitize(article);
    const { doc } = inspect(clean);
    expect(doc.querySelector('h2')?.textContent).toBe('Heading');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://example.com/x');
    expect(doc.querySelector('figure img')?.getAttribute('alt')).toBe('A photo');
    expect(doc.querySelector('figcaption')?.textContent).toBe('Caption');
    expect(doc.querySelectorAll('li, td, blockquote, em')).toHaveLength(4);
  });
});

describe('a page without an article', () => {
  it('offers a bookmark for a search results page', () => {
    const { draft, isArticle } = extractPage(parsed(searchHtml), realAutomaton(), {
      url: 'https://news.example.com/search?q=sudan',
    });
    expect(isArticle).toBe(false);
    expect(draft).toMatchObject({
      kind: 'bookmark',
      html: '',
      text: '',
      title: 'Search results for “sudan” – Example News',
    });
    expect(draft.entities[0]?.id).toBe('country:SD');
  });
});
