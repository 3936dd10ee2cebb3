/**
 * Finds what could run script in stored HTML. The background has no DOM to sanitise with, so HTML that
 * reaches the store from outside (an import file, a message) is checked and refused rather than cleaned;
 * the clipper sanitises with DOMPurify in the page before it ever gets here, so its HTML passes.
 *
 * A small tokenizer rather than regular expressions over the whole string: attribute values may hold ">",
 * and article text may hold "onion = 3", neither of which must fool it.
 */

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
]);

const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
};

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000),
    )
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED[name.toLowerCase()] ?? whole);
}

/** Attributes a browser loads or follows as a URL, and style (CSS url()). Others are plain text. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'ping',
  'lowsrc',
  'dynsrc',
  'style',
]);

/** Browsers ignore whitespace and control characters inside a URL's scheme ("java\tscript:"). */
function scriptUrl(value: string): boolean {
  const v = decode(value).replace(/[\s\p{Cc}]/gu, '');
  return /(javascript|vbscript):/i.test(v) || /^data:(text\/html|application\/xhtml)/i.test(v);
}

interface Tag {
  name: string;
  attributes: Array<[name: string, value: string]>;
  end: number;
}

const SPACE = /[\s/]/;

function readTag(html: string, start: number): Tag {
  let i = start + 1;
  if (html[i] === '/') i++;
  let name = '';
  while (i < html.length && !/[\s/>]/.test(html[i] as string)) name += html[i++];
  const attributes: Tag['attributes'] = [];
  while (i < html.length && html[i] !== '>') {
    if (SPACE.test(html[i] as string)) {
      i++;
      continue;
    }
    let attr = '';
    while (i < html.length && !/[\s/>=]/.test(html[i] as string)) attr += html[i++];
    while (i < html.length && /\s/.test(html[i] as string)) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && /\s/.test(html[i] as string)) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const stop = close < 0 ? html.length : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        while (i < html.length && !/[\s>]/.test(html[i] as string)) value += html[i++];
      }
    }
    if (attr) attributes.push([attr.toLowerCase(), value]);
    else i++;
  }
  return { name: name.toLowerCase(), attributes, end: i };
}

/** Why this HTML could run script, or null when it cannot. */
export function scriptInHtml(html: string): string | null {
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      if (close < 0) return null;
      i = html.indexOf('<', close + 3);
      continue;
    }
    const next = html[i + 1] ?? '';
    if (/[a-z/]/i.test(next)) {
      const tag = readTag(html, i);
      if (FORBIDDEN_ELEMENTS.has(tag.name)) return `a <${tag.name}> element`;
      for (const [name, value] of tag.attributes) {
        if (name.startsWith('on')) return `an event-handler attribute (${name}=) on <${tag.name}>`;
        if (name === 'srcdoc') return `a srcdoc attribute on <${tag.name}>`;
        if (URL_ATTRIBUTES.has(name) && scriptUrl(value))
          return `a javascript: (or script-bearing data:) URL in ${name}= on <${tag.name}>`;
      }
      i = html.indexOf('<', tag.end + 1);
    } else {
      i = html.indexOf('<', i + 1);
    }
  }
  return null;
}
