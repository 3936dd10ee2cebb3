/**
 * Sentences of a clip's text, for the lines a card or a briefing quotes about an entity. Intl.Segmenter
 * does the splitting; it breaks after every full stop followed by a capital, so the abbreviations news
 * text is full of ("Mr. Putin", "the U.S. President", "John F. Kennedy", "Jan. 5") are joined back.
 */

export interface Sentence {
  /** Offsets into the text: the sentence without the spaces around it is text.slice(start, end). */
  start: number;
  end: number;
}

/** Words that take a full stop and are followed by more of the same sentence (compared lower-cased). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'pres',
  'lt',
  'col',
  'capt',
  'cpt',
  'sgt',
  'maj',
  'adm',
  'cmdr',
  'rev',
  'hon',
  'st',
  'mt',
  'ft',
  'no',
  'nos',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'nr',
  'mme',
  'mlle',
  'sr',
]);

/** The last word of a sentence when it ends with a full stop. */
const LAST_WORD = /(?:^|[\s([{"'“‘«])([\p{L}.]+)\.$/u;
/** "U.S.", "E.U." (the final stop is already cut off) and single initials ("F", "M"). */
const ACRONYM_OR_INITIAL = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u;

function endsWithAbbreviation(sentence: string): boolean {
  const word = LAST_WORD.exec(sentence)?.[1];
  if (!word) return false;
  return ACRONYM_OR_INITIAL.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

function segmenterFor(lang: string | null): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

/** The sentences of a text in order; none crosses a line break (paragraphs, headings). */
export function splitSentences(text: string, lang: string | null = null): Sentence[] {
  const sentences: Sentence[] = [];
  let joinNext = false;
  for (const { segment, index } of segmenterFor(lang).segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) {
      joinNext = false;
      continue;
    }
    const start = index + lead;
    const end = start + trimmed.length;
    const previous = sentences.at(-1);
    if (joinNext && previous) previous.end = end;
    else sentences.push({ start, end });
    // An abbreviation joins the next segment only within a line: a line break ends the sentence anyway.
    joinNext = !/\n/.test(segment.slice(lead)) && endsWithAbbreviation(trimmed);
  }
  return sentences;
}

/** Longest quoted sentence, in characters, ellipses included. */
export const MAX_SENTENCE = 300;
const ELLIPSIS = '…';

/**
 * A sentence cut to at most `max` characters around a mention (offsets into the sentence), at word
 * boundaries where it can, with an ellipsis on each side that was cut.
 */
export function clipSentence(sentence: string, mentionStart = 0, mentionEnd = 0, max = MAX_SENTENCE): string {
  const length = sentence.length;
  if (length <= max) return sentence;
  // Centre the mention in a window that leaves room for an ellipsis on each side…
  const centre = (mentionStart + Math.max(mentionStart, mentionEnd)) / 2;
  const room = max - 2 * ELLIPSIS.length;
  let from = Math.round(Math.min(Math.max(0, centre - room / 2), length - room));
  let to = from + room;
  // …or on one side only, when the window touches an end of the sentence.
  if (from === 0) to = max - ELLIPSIS.length;
  else if (to === length) from = length - (max - ELLIPSIS.length);
  // Cut at spaces so that no word is left half, unless the space is far off (a long URL) or inside the mention.
  if (from > 0) {
    const space = sentence.indexOf(' ', from);
    if (space >= 0 && space < Math.min(mentionStart, from + 40)) from = space + 1;
  }
  if (to < length) {
    const space = sentence.lastIndexOf(' ', to);
    if (space >= Math.max(mentionEnd, to - 40)) to = space;
  }
  const body = sentence.slice(from, to).trim();
  return `${from > 0 ? ELLIPSIS : ''}${body}${to < length ? ELLIPSIS : ''}`;
}
