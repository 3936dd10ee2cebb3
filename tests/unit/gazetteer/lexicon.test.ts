import { describe, expect, it } from 'vitest';
import { BLOCKERS } from '../../../lib/gazetteer';
import { splitWords, wordKey } from '../../../lib/match';
import { realMatcher } from '../../support/gazetteer';

const { gazetteer, matcher } = realMatcher();

/** An alias as the matcher sees it: its words' keys, and the case it needs. */
function matchKey(text: string, exact: boolean): string {
  const words = splitWords(text);
  return exact ? `exact:${words.join(' ').replace(/\./g, '')}` : `name:${words.map(wordKey).join(' ')}`;
}

describe('the lexicon', () => {
  it('shares no surface form between two entities unless a rule tells them apart', () => {
    const owners = new Map<string, Array<{ id: string; ruled: boolean }>>();
    for (const entry of gazetteer.lexicon.entries) {
      if (entry.entity < 0) continue;
      const key = matchKey(entry.text, entry.exact === true);
      const list = owners.get(key) ?? [];
      const id = gazetteer.lexicon.ids[entry.entity] as string;
      if (!list.some((o) => o.id === id)) list.push({ id, ruled: entry.rule !== undefined });
      owners.set(key, list);
    }
    const unresolved = [...owners]
      .filter(([, list]) => list.length > 1 && list.filter((o) => !o.ruled).length > 1)
      .map(([key, list]) => `${key} -> ${list.map((o) => o.id).join(', ')}`);
    expect(unresolved).toEqual([]);
  });

  it('has no blocker that hides an entity name of the same words', () => {
    const names = new Set(
      gazetteer.lexicon.entries.filter((e) => e.entity >= 0 && !e.exact).map((e) => matchKey(e.text, false)),
    );
    expect(BLOCKERS.filter((b) => names.has(matchKey(b.text, false))).map((b) => b.text)).toEqual([]);
  });

  it('gives every rule a reason', () => {
    for (const entry of gazetteer.lexicon.entries) {
      if (entry.rule) expect(entry.rule.note.length, entry.text).toBeGreaterThan(10);
    }
  });

  it('starts lower-case aliases only with Arabic articles, so the scanner skips ordinary words', () => {
    expect(
      [...matcher.automaton.lowerStarts].every((w) => ['al', 'el', 'ad', 'ar', 'as', 'an', 'at'].includes(w)),
    ).toBe(true);
  });
});
