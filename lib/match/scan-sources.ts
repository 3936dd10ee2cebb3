import { scanClasses, wordSource } from './tokens';

/** The sources of the scanner's two expressions, written out where the automaton is packed. */
export interface ScanSources {
  /** Where a name may start: a capitalised word, a dotted acronym, or a lower-case first word ("al-"). */
  candidate: string;
  /** One word (wordSource) in explicit ranges. */
  word: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Written once at build time and shipped in the packed header: building them on a page (escaping the
 * lower-case starts, joining ~3 kB of classes) cost each page load about a millisecond of cold code.
 */
export function scanSources(lowerStarts: readonly string[]): ScanSources {
  const classes = scanClasses();
  const lower = lowerStarts.map(escapeRegExp).join('|');
  const upper = `[${classes.upper}]`;
  const wordChar = `[${classes.word}]`;
  return {
    // No lookbehind for the word boundary: it made the scan five times slower; `atWordStart` checks it.
    candidate: `${upper}(?:(?:\\.${upper})+\\.|${wordChar}*)${lower ? `|(?:${lower})(?=[-\\s'\u2019])` : ''}`,
    word: wordSource(upper, `[${classes.start}]`, wordChar),
  };
}
