import type { AliasEnd } from './automaton';
import { cleanWord, startsUpper } from './tokens';

/**
 * Names match in Title Case or ALL CAPS, never all lower case: every capitalised word of the alias
 * must be capitalised in the text; its lower-case particles ("al", "of") may be written either way.
 * Acronyms match only in exactly their own case.
 */
export function caseMatches(end: AliasEnd, textWords: readonly string[]): boolean {
  const casing = end[1];
  if (typeof casing === 'string') return textWords.map(cleanWord).join(' ') === casing;
  for (let i = 0; i < textWords.length; i++) {
    if (casing & (1 << i) && !startsUpper(textWords[i] as string)) return false;
  }
  return true;
}

export function isExact(end: AliasEnd): boolean {
  return typeof end[1] === 'string';
}
