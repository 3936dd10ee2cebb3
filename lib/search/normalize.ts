/**
 * Case and accent folding for the index and the query, so that "Türkiye", "TURKIYE" and "turkiye" are one
 * word. Folded text keeps a map back to the original so that highlights land on the text the reader sees.
 */

/** Letters that NFD does not decompose, folded the way readers type them. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ħ: 'h',
  Ħ: 'h',
  ı: 'i',
  ŧ: 't',
  Ŧ: 't',
};

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}/gu;
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = SPECIAL[ch] ?? ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    // A few letters lower-case into a letter plus a mark ("İ" → "i̇"); drop what is left of those marks.
    folded = folded.normalize('NFD').replace(MARKS, '');
    if (cache.size < 4096) cache.set(ch, folded);
  }
  return folded;
}

export interface Folded {
  text: string;
  /**
   * For each code unit of `text`, the inclusive [start, end] code units of the original it came from; null
   * when the two line up one to one (ASCII and most accented Latin text), the common case.
   */
  starts: number[] | null;
  ends: number[] | null;
}

/** Lower-cases and strips diacritics. */
export function fold(value: string): string {
  if (!NON_ASCII.test(value)) return value.toLowerCase();
  return foldText(value).text;
}

/**
 * Folds non-ASCII text a character at a time, ASCII runs in one go (news text is mostly ASCII with a few
 * curly quotes and accented names), noting whether the result still lines up with the original.
 */
function foldText(value: string): { text: string; aligned: boolean } {
  let text = '';
  let aligned = true;
  let run = 0;
  for (let i = 0; i < value.length; ) {
    const code = value.charCodeAt(i);
    if (code < 0x80) {
      i++;
      continue;
    }
    if (run < i) text += value.slice(run, i).toLowerCase();
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < value.length ? 2 : 1;
    const folded = foldChar(value.slice(i, i + width));
    if (folded.length !== width) aligned = false;
    text += folded;
    i += width;
    run = i;
  }
  if (run < value.length) text += value.slice(run).toLowerCase();
  return { text, aligned };
}

/** Like fold, with the map back to the original for highlighting. */
export function foldMapped(value: string): Folded {
  if (!NON_ASCII.test(value)) return { text: value.toLowerCase(), starts: null, ends: null };
  const quick = foldText(value);
  if (quick.aligned) return { text: quick.text, starts: null, ends: null };
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < value.length; ) {
    const code = value.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < value.length ? 2 : 1;
    const folded = code < 0x80 ? (value[i]?.toLowerCase() ?? '') : foldChar(value.slice(i, i + width));
    if (folded.length === 0) {
      // A combining mark on its own: it belongs to the letter before it.
      if (ends.length) ends[ends.length - 1] = i + width - 1;
    } else {
      for (let k = 0; k < folded.length; k++) {
        starts.push(i);
        ends.push(i + width - 1);
      }
      text += folded;
    }
    i += width;
  }
  return { text, starts, ends };
}

/** Maps an inclusive [start, end] range of folded text back to the original. */
export function unfoldRange(folded: Folded, start: number, end: number): [number, number] {
  if (!folded.starts || !folded.ends) return [start, end];
  return [folded.starts[start] ?? start, folded.ends[end] ?? end];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of already folded text. */
export function words(folded: string): string[] {
  return folded.match(WORD) ?? [];
}
