/**
 * Token-level helpers shared by the automaton compiler and the scanner, so that an alias and the text
 * it should match are cut into tokens the same way. Words are Unicode-aware (JavaScript's `\b` is
 * ASCII-only); soft hyphens and zero-width joiners inside a word belong to it.
 */

/** Characters inside a word that the reader does not see: soft hyphen, zero-width space and joiners, BOM. */
export const INVISIBLE_CHARS = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';
export const INVISIBLE_IN_WORD = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

/** What a word starts with (a letter or digit) and goes on with (marks and invisible characters too). */
const WORD_START = '[\\p{L}\\p{N}]';
const WORD_CHAR = `[\\p{L}\\p{M}\\p{N}${INVISIBLE_CHARS}]`;

/**
 * One word: a dotted acronym ("U.S.", "U.N.") or a run of letters, marks and digits, from the classes of an
 * upper-case letter, a word's start and its rest (`\\p{…}` here; explicit ranges on a page: ScanClasses).
 */
export const wordSource = (upper: string, start: string, rest: string): string =>
  `(?:${upper}\\.){2,}|${start}${rest}*`;

/** Everything between two words that lets a multi-word name go on: spaces, or one hyphen or apostrophe. */
export const SOFT_GAP =
  /^(?:[ \t\r\n\u00A0\u2007\u2009\u202F]+|[ \t\r\n\u00A0\u2007\u2009\u202F]*[-\u2010\u2011'\u2019][ \t\r\n\u00A0\u2007\u2009\u202F]*)$/;

/** Spaces only (no punctuation): the gap between two words of one run of text. */
export const SPACE_GAP = /^[ \t\u00A0\u2007\u2009\u202F]+$/;

/** Words (global), for splitting aliases; unused by pages, which build theirs from ScanClasses. */
const WORD_RE = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ wordSource('\\p{Lu}', WORD_START, WORD_CHAR),
  'gu',
);

/**
 * Every regular expression with Unicode property classes costs a page a millisecond or more to compile,
 * cold, each: the scanner asks this one what a character is, instead of one expression per question.
 */
const CHAR_KIND_RE = /^(?:(\p{Lu})|(\p{L})|(\p{N})|\p{M})/u;
/** `charKind`: not a letter, digit or mark. */
export const OTHER = 0;
export const UPPER = 1;
/** A letter that is not upper case. */
export const LETTER = 2;
export const DIGIT = 3;
export const MARK = 4;

/** charKind of U+0080–U+00FF, one digit each (OTHER 0, UPPER 1, LETTER 2, DIGIT 3). */
const LATIN_1 =
  '0000000000000000000000000000000000000000002000000033020003203330' +
  '1111111111111111111111101111111222222222222222222222222022222222';

/** What one UTF-16 code unit is (a lone surrogate is OTHER): \p{Lu}, another \p{L}, \p{N} or \p{M}. */
export function charKind(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if (c >= 65 && c <= 90) return UPPER;
    if (c >= 97 && c <= 122) return LETTER;
    return c >= 48 && c <= 57 ? DIGIT : OTHER;
  }
  // Latin-1 (©, «», °, ½ and the letters), combining diacritics, the typographic quotes, dashes and spaces of U+2000–U+206F,
  // currency signs, arrows, shapes and symbols: known without the expression, whose first use costs a page
  // milliseconds (the test holds this to it, character by character).
  if (c <= 0xff) return LATIN_1.charCodeAt(c - 128) - 48;
  // Combining diacritics: what a key's accented letters decompose into ("é" is "e" + U+0301).
  if (c >= 0x300 && c <= 0x36f) return MARK;
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) || (c >= 0x2190 && c <= 0x245f))
    return OTHER;
  if ((c >= 0x2500 && c <= 0x2775) || (c >= 0x2794 && c <= 0x2bff)) return OTHER;
  const m = CHAR_KIND_RE.exec(ch);
  if (!m) return OTHER;
  return m[1] ? UPPER : m[2] ? LETTER : m[3] ? DIGIT : MARK;
}

/**
 * The scanner's character classes as explicit ranges of the Basic Multilingual Plane, made once where the
 * automaton is packed: a page compiles `[…ranges…]` without the `u` flag in a fraction of the time
 * `\p{…}` classes take. Outside the BMP (rare in news text) no character is a letter to the scanner.
 */
export interface ScanClasses {
  /** \p{Lu} */
  upper: string;
  /** What a word goes on with: \p{L}, \p{M}, \p{N} and the invisible characters (WORD_CHAR). */
  word: string;
  /** What a word starts with: \p{L} and \p{N} (WORD_START). */
  start: string;
}

function bmpRanges(test: RegExp): string {
  // Letters as themselves, not as \uXXXX: a sixth of the text for a page to carry, and to parse in `new RegExp`.
  // The invisible characters stay escaped, to be read.
  const written = (c: number) =>
    c >= 0xc0 && !INVISIBLE_CHARS.includes(String.fromCharCode(c))
      ? String.fromCharCode(c)
      : `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  let from = -1;
  for (let c = 0; c <= 0x10000; c++) {
    const inside = c < 0xd800 || (c > 0xdfff && c < 0x10000) ? test.test(String.fromCharCode(c)) : false;
    if (inside && from < 0) from = c;
    else if (!inside && from >= 0) {
      out += from === c - 1 ? written(from) : `${written(from)}-${written(c - 1)}`;
      from = -1;
    }
  }
  return out;
}

let classes: ScanClasses | undefined;

/**
 * The classes, from this engine's Unicode tables (the build's Node, or the worker for a watchlist): ~30 ms,
 * so worked out once and kept (they depend on nothing else).
 */
export function scanClasses(): ScanClasses {
  classes ??= {
    upper: bmpRanges(/^\p{Lu}$/u),
    word: bmpRanges(new RegExp(`^${WORD_CHAR}$`, 'u')),
    start: bmpRanges(new RegExp(`^${WORD_START}$`, 'u')),
  };
  return classes;
}

/** Splits an alias into its words. */
export function splitWords(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** The word as the reader sees it: no invisible characters, no acronym dots. */
export function cleanWord(word: string): string {
  let clean = word;
  if (clean.includes('.')) clean = clean.replace(/\./g, '');
  if (INVISIBLE_IN_WORD.test(clean)) clean = clean.replace(INVISIBLE_IN_WORD, '');
  INVISIBLE_IN_WORD.lastIndex = 0;
  return clean;
}

const ASCII = /^[ -~]*$/;

/** The key a word is looked up by: clean, without diacritics, lower case ("Türkiye" -> "turkiye"). */
const PLAIN_ASCII_WORD = /^[A-Za-z0-9]+$/;

export function wordKey(word: string): string {
  if (PLAIN_ASCII_WORD.test(word)) return word.toLowerCase();
  const clean = cleanWord(word);
  if (ASCII.test(clean)) return clean.toLowerCase();
  const decomposed = clean.normalize('NFD');
  let bare = '';
  for (let i = 0; i < decomposed.length; i++) {
    const ch = decomposed.charAt(i);
    if (charKind(ch) !== MARK) bare += ch;
  }
  return bare.toLowerCase();
}

export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = String.fromCodePoint(word.codePointAt(0) as number);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const first = String.fromCodePoint(word.codePointAt(0) as number);
  return first !== first.toUpperCase();
}

/** Two or more letters and no lower-case letter ("PAKISTAN", "IS", "G7" is not: one letter). */
export function isAllCapsWord(word: string): boolean {
  const clean = cleanWord(word);
  let letters = 0;
  for (const ch of clean) {
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters >= 2;
}
