import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { ARTICLE_FORBID_ATTR, ARTICLE_FORBID_TAGS } from '@/lib/html';

/**
 * The second pass over a stored article before the library shows it. The clipper sanitised it already
 * and the store refuses script, but an import file or an older version could still carry something: this
 * pass trusts nothing. Beyond DOMPurify's defaults (no script, no handlers, no javascript: URLs) it drops
 * what embeds, submits or restyles, and ids and names, which could clash with the library's own.
 */
const CONFIG: Config = {
  FORBID_TAGS: [...ARTICLE_FORBID_TAGS, 'audio', 'video', 'source', 'track'],
  FORBID_ATTR: [...ARTICLE_FORBID_ATTR, 'class', 'id', 'name', 'tabindex'],
  ALLOW_DATA_ATTR: false,
};

const SAFE_LINK = /^(?:https?:|mailto:)/i;

const purifiers = new WeakMap<Window, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purify = purifiers.get(win);
  if (!purify) {
    // A browsing window has everything DOMPurify needs; its type names only a few of them.
    purify = createDOMPurify(win as unknown as WindowLike);
    purify.addHook('afterSanitizeAttributes', (node) => {
      for (const attr of [...node.attributes]) if (/^on/i.test(attr.name)) node.removeAttribute(attr.name);
      if (node.nodeName === 'A') {
        // Links open the original web, outside the library; anything else (a "#note" jump, a relative path
        // that would resolve inside the extension) is kept as text.
        const href = node.getAttribute('href') ?? '';
        if (SAFE_LINK.test(href)) {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer');
        } else node.removeAttribute('href');
      }
      if (node.nodeName === 'IMG') {
        // An image the article left undescribed is decoration to a screen reader, not a file name.
        if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    });
    purifiers.set(win, purify);
  }
  return purify;
}

/**
 * Headings renumbered under the clip's own <h1>: the article's top level becomes <h2> and no level is
 * skipped, so that the page's outline stays in order whatever the source site did.
 */
export function shiftHeadings(root: ParentNode, doc: Document): void {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  if (headings.length === 0) return;
  const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
  let previous = 1;
  for (const h of headings) {
    const wanted = Math.min(6, Number(h.tagName[1]) - top + 2, previous + 1);
    previous = wanted;
    if (h.tagName === `H${wanted}`) continue;
    const replacement = doc.createElement(`h${wanted}`);
    for (const attr of [...h.attributes]) replacement.setAttribute(attr.name, attr.value);
    replacement.append(...h.childNodes);
    h.replaceWith(replacement);
  }
}

/** The stored article as nodes ready to append, cleaned again and fitted to the library's outline. */
export function articleFragment(html: string, doc: Document = document): DocumentFragment {
  const win = doc.defaultView;
  if (!win) throw new Error('no window to clean the article in');
  const purify = purifierFor(win);
  if (!purify.isSupported) throw new Error('this browser offers no safe way to clean the article');
  const fragment = purify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
  shiftHeadings(fragment, doc);
  return doc.importNode(fragment, true);
}
