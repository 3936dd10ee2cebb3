/**
 * Finds what could run script in stored HTML. The background has no DOM to sanitise with, so HTML that
 * reaches the store from outside (an import file, a message) is checked and refused rather than cleaned;
 * the clipper sanitises with DOMPurify in the page before it ever gets here, so its HTML passes.
 *
 * A small tokenizer rather than regular expressions over the whole string: attribute values may hold ">",
 * and article text may hold "onion = 3", neither of which must fool it. Where it parts from a browser it
 * must only ever refuse more: the HTML is never cleaned, only let through or refused.
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

/**
 * Attributes a browser loads or follows as a URL, style (CSS url()), and SVG animation values, which can
 * set a link's href (`<animate attributeName="href" values="javascript:…">`). Others are plain text.
 */
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
  'values',
  'from',
  'to',
  'by',
]);

/** Browsers ignore whitespace and control characters inside a URL's scheme ("java\tscript:"). */
function scriptUrl(value: string): boolean {
  const v = decode(value).replace(/[\s\p{Cc}]/gu, '');
  return /(javascript|vbscript):/i.test(v) || /^data:(text\/html|application\/xhtml)/i.test(v);
}

interface Tag {
  name: string;
  attributes: Array<[name: string, value: string]>;
  /** Just past the tag's ">" (or the end of the HTML, when it never closes). */
  end: number;
}

/** HTML's own whitespace: `\s` would also split at U+00A0 and other spaces, which a browser keeps in a name. */
const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /^[a-z]$/i.test(c);

/** A start or end tag from its "<", read as the HTML tokenizer reads it (WHATWG §13.2.5.6 onwards). */
function readTag(html: string, start: number): Tag {
  let i = start + 1;
  if (html[i] === '/') i++;
  let name = '';
  while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') name += html[i++];
  const attributes: Tag['attributes'] = [];
  while (i < html.length && html[i] !== '>') {
    if (isSpace(html[i]) || html[i] === '/') {
      i++;
      continue;
    }
    // The first character always starts the name, even "=": in `<a ="…">` the attribute is named `="`.
    let attr = html[i++] as string;
    while (i < html.length && !isSpace(html[i]) && !'/>='.includes(html[i] as string)) attr += html[i++];
    while (isSpace(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const stop = close < 0 ? html.length : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        while (i < html.length && !isSpace(html[i]) && html[i] !== '>') value += html[i++];
      }
    }
    attributes.push([attr.toLowerCase(), value]);
  }
  return { name: name.toLowerCase(), attributes, end: Math.min(i + 1, html.length) };
}

type Finder = (from: number) => RegExpExecArray | null;

/** The first match of a global pattern at or after a position, remembered: the scan only moves forward. */
function finder(html: string, pattern: RegExp): Finder {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let found: RegExpExecArray | null = null;
  return (from) => {
    if (from >= searchedFrom && (found === null || from <= found.index)) return found;
    pattern.lastIndex = from;
    found = pattern.exec(html);
    searchedFrom = from;
    return found;
  };
}

/**
 * Elements whose content a browser reads as text up to their end tag, but only in HTML: inside <svg> or
 * <math> the same content is markup (and <noscript>'s is markup where script is off). <script>, <iframe>
 * and <plaintext>, which never end or are refused anyway, need no second reading.
 */
const RAW_TEXT = new Set(['title', 'textarea', 'style', 'xmp', 'noembed', 'noframes', 'noscript']);

/**
 * Why this HTML could run script, or null when it cannot. Comments, bogus comments ("<!x …>", "<?…>",
 * "</1…>") and tags end where the HTML tokenizer ends them (WHATWG HTML §13.2.5), not where they look like
 * ending, since anything a browser reads as markup after them must be checked.
 */
export function scriptInHtml(html: string): string | null {
  const commentClose = finder(html, /--!?>/g);
  const gt = finder(html, />/g);
  const cdataClose = finder(html, /\]\]>/g);
  const endTags = new Map<string, Finder>();
  // Where a browser that read a stretch as text (a <style>'s content in HTML, a CDATA section in SVG) reads
  // markup again. This scan reads such stretches as markup; the two readings agree from that point on,
  // unless a tag or comment this scan reads runs across it: then one of them could hide a tag from the other.
  const rejoins = new Map<number, string>();
  let i = html.indexOf('<');
  while (i >= 0) {
    const next = html[i + 1];
    const afterSlash = html[i + 2];
    let end: number;
    let found: string | null = null;
    if (html.startsWith('<!--', i)) {
      // "<!-->" and "<!--->" close at once (abrupt-closing-of-empty-comment); else "-->" or "--!>" closes,
      // and an unclosed comment runs to the end.
      if (html[i + 4] === '>') end = i + 5;
      else if (html.startsWith('->', i + 4)) end = i + 6;
      else {
        const close = commentClose(i + 4);
        end = close ? close.index + close[0].length : html.length;
      }
    } else if (
      next === '!' ||
      next === '?' ||
      (next === '/' && afterSlash !== undefined && afterSlash !== '>' && !isAsciiLetter(afterSlash))
    ) {
      // A bogus comment or a doctype: up to the first ">", whatever quotes it holds.
      const close = gt(i + 2);
      end = close ? close.index + 1 : html.length;
      if (html.startsWith('<![CDATA[', i)) {
        const cdata = cdataClose(i + 9);
        if (cdata) rejoins.set(cdata.index + 3, 'a CDATA section');
      }
    } else if (isAsciiLetter(next) || (next === '/' && isAsciiLetter(afterSlash))) {
      const tag = readTag(html, i);
      end = tag.end;
      found = tagProblem(tag);
      if (next !== '/' && RAW_TEXT.has(tag.name)) {
        let close = endTags.get(tag.name);
        if (!close) {
          close = finder(html, new RegExp(`</${tag.name}[\\t\\n\\f\\r />]`, 'gi'));
          endTags.set(tag.name, close);
        }
        const text = close(end);
        if (text) rejoins.set(text.index, `a <${tag.name}> element`);
      }
    } else if (next === '/' && afterSlash === '>') end = i + 3;
    else {
      i = html.indexOf('<', i + 1);
      continue;
    }
    for (const [at, what] of rejoins) {
      if (at > i && at < end)
        return `${what} that ends inside a tag or comment, which browsers may read as text or as markup`;
      if (at <= end) rejoins.delete(at);
    }
    if (found) return found;
    i = html.indexOf('<', end);
  }
  return null;
}

function tagProblem(tag: Tag): string | null {
  if (FORBIDDEN_ELEMENTS.has(tag.name)) return `a <${tag.name}> element`;
  for (const [name, value] of tag.attributes) {
    if (name.startsWith('on')) return `an event-handler attribute (${name}=) on <${tag.name}>`;
    if (name === 'srcdoc') return `a srcdoc attribute on <${tag.name}>`;
    if (URL_ATTRIBUTES.has(name) && scriptUrl(value))
      return `a javascript: (or script-bearing data:) URL in ${name}= on <${tag.name}>`;
  }
  return null;
}
