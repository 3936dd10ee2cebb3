/**
 * What an archived article's markup may not hold, beyond DOMPurify's defaults (script, handlers,
 * javascript: URLs): anything that embeds or submits (frames, objects, forms) and page styling, which
 * would fight the library's own. The clipper cleans with it before storing; the library cleans with it
 * again (and more) before showing.
 */
export const ARTICLE_FORBID_TAGS: readonly string[] = [
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'noscript',
  'template',
  'dialog',
];

export const ARTICLE_FORBID_ATTR: readonly string[] = [
  'style',
  'srcdoc',
  'action',
  'formaction',
  'ping',
  'autofocus',
];
