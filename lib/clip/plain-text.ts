import { OWN_UI_ATTRIBUTE } from '../page';
import { collectTextChunks } from '../text';

/** Separates paragraphs in a clip's text. */
export const PARAGRAPH_BREAK = '\n\n';

/**
 * Collapses every run of whitespace (no-break spaces included) to one space, and trims. Zero-width spaces,
 * word joiners and soft hyphens go: they split words for search and matching. Zero-width (non-)joiners stay:
 * Persian, Indic scripts and emoji need them.
 */
export function cleanText(text: string): string {
  return text
    .replace(/[\u200B\u2060\uFEFF\u00AD]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const isOwnUi = (el: Element) => el.hasAttribute(OWN_UI_ATTRIBUTE);

/**
 * The text of an element as paragraphs: each block (p, li, heading, cell, a <br> line…) on its own,
 * whitespace normalised inside it, paragraphs separated by a blank line. Scripts, styles, form fields and
 * hidden elements give no text (the same rules as the page scanner).
 */
export function plainText(root: Node): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const close = () => {
    const paragraph = cleanText(current.join(''));
    if (paragraph) paragraphs.push(paragraph);
    current = [];
  };
  for (const chunk of collectTextChunks(root, { skip: isOwnUi })) {
    if (chunk.breakBefore) close();
    current.push(chunk.text);
  }
  close();
  return paragraphs.join(PARAGRAPH_BREAK);
}

/** The paragraphs of a clip's text. */
export function paragraphsOf(text: string): string[] {
  return text.split(PARAGRAPH_BREAK).filter((p) => p.length > 0);
}

/**
 * Words in a text, as the language counts them: Intl.Segmenter finds the words of Chinese or Thai, where
 * spaces do not separate them.
 */
export function countWords(text: string, lang: string | null): number {
  if (!text) return 0;
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'word' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  }
  let n = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) n++;
  return n;
}
