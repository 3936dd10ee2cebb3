import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { ARTICLE_FORBID_ATTR, ARTICLE_FORBID_TAGS } from '../html';

/** Cleans article HTML for the archive. */
export type Sanitize = (html: string) => string;

/**
 * What the archive keeps of an article's markup: text, headings, links, lists, tables, figures and their
 * images (lib/html's policy says what goes).
 */
const CONFIG: Config = {
  FORBID_TAGS: [...ARTICLE_FORBID_TAGS],
  FORBID_ATTR: [...ARTICLE_FORBID_ATTR],
  ALLOW_DATA_ATTR: false,
};

/**
 * A value a browser might run as script, decoded as the DOM holds it: browsers skip spaces and control
 * characters inside a scheme ("java\tscript:"). The store refuses HTML with any such value (even in
 * alt text), so it goes here rather than costing the reader the clip.
 */
function scriptLike(value: string): boolean {
  const squeezed = value.replace(/[\s\p{Cc}]/gu, '');
  return (
    /(?:javascript|vbscript):/i.test(squeezed) || /^data:(?:text\/html|application\/xhtml)/i.test(squeezed)
  );
}

const instances = new WeakMap<object, DOMPurify>();

function purifierFor(win: WindowLike): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win);
    purify.addHook('afterSanitizeAttributes', (node) => {
      for (const attr of [...node.attributes]) {
        if (/^on/i.test(attr.name) || scriptLike(attr.value)) node.removeAttribute(attr.name);
      }
    });
    instances.set(win, purify);
  }
  return purify;
}

/**
 * A sanitiser working in `win` (the content script's window). Throws when that window cannot host
 * DOMPurify (no DOMParser, no document implementation, as in linkedom): DOMPurify would then hand back
 * its input unchanged, and the archive must never hold unsanitised HTML.
 */
export function sanitizerFor(win: WindowLike | null | undefined): Sanitize {
  const purify = win ? purifierFor(win) : null;
  if (!purify?.isSupported) {
    throw new Error('this page offers no safe way to clean the article’s HTML');
  }
  return (html) => purify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
