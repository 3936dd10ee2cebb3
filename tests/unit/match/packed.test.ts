import { describe, expect, it } from 'vitest';
import { readPageText } from '../../../lib/cli/read-page';
import {
  compileAutomaton,
  createMatcher,
  matchChunks,
  packAutomaton,
  unpackAutomaton,
} from '../../../lib/match';
import { charKind, DIGIT, LETTER, MARK, OTHER, scanClasses, UPPER } from '../../../lib/match/tokens';
import { realMatcher } from '../../support/gazetteer';
import { corpusPagePath, corpusPages } from '../../support/shared-corpus';

const everyBmpUnit = function* () {
  for (let c = 0; c < 0x10000; c++) yield String.fromCharCode(c);
};

describe('the packed automaton a page loads', () => {
  it('has character classes that hold exactly the characters of the Unicode classes they stand for', () => {
    const classes = scanClasses();
    const pairs: Array<[RegExp, RegExp]> = [
      [new RegExp(`^[${classes.upper}]$`), /^\p{Lu}$/u],
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible character is matched on its own, on purpose.
      [new RegExp(`^[${classes.word}]$`), /^[\p{L}\p{M}\p{N}\u00AD\u200B\u200C\u200D\u2060\uFEFF]$/u],
      [new RegExp(`^[${classes.start}]$`), /^[\p{L}\p{N}]$/u],
    ];
    for (const [ranges, unicode] of pairs) {
      const differ = [...everyBmpUnit()].filter(
        (ch) => !(ch >= '\ud800' && ch <= '\udfff') && ranges.test(ch) !== unicode.test(ch),
      );
      expect(differ.map((ch) => ch.charCodeAt(0).toString(16))).toEqual([]);
    }
  });

  it('tells every character what it is as the Unicode classes do, with or without its shortcuts', () => {
    const kind = (ch: string) =>
      /^\p{Lu}$/u.test(ch)
        ? UPPER
        : /^\p{L}$/u.test(ch)
          ? LETTER
          : /^\p{N}$/u.test(ch)
            ? DIGIT
            : /^\p{M}$/u.test(ch)
              ? MARK
              : OTHER;
    const differ = [...everyBmpUnit()].filter((ch) => charKind(ch) !== kind(ch));
    expect(differ.map((ch) => ch.charCodeAt(0).toString(16))).toEqual([]);
  });

  it('finds on every corpus page exactly what the compiled automaton finds', async () => {
    const { gazetteer, matcher } = realMatcher();
    const packed = createMatcher(unpackAutomaton(packAutomaton(compileAutomaton(gazetteer.lexicon))));
    let mentions = 0;
    for (const page of corpusPages()) {
      const { chunks } = await readPageText(corpusPagePath(page.id));
      const expected = matchChunks(matcher, chunks);
      expect(matchChunks(packed, chunks), page.id).toEqual(expected);
      mentions += expected.length;
    }
    expect(mentions).toBeGreaterThan(1000);
  });
});
