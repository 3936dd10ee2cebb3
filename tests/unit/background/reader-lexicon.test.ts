import { describe, expect, it } from 'vitest';
import { readerLexicon } from '../../../lib/background/reader-automaton';
import { createMatcher } from '../../../lib/match';
import { realMatcher } from '../../support/gazetteer';

const base = () => realMatcher().gazetteer.lexicon;

const watch = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases, note: '' });

describe("the reader's watchlist in the matcher", () => {
  it('finds watched names beside the built-in ones', () => {
    const lexicon = readerLexicon(base(), [watch('watch:klc', 'Kandahar Logistics Company', ['KLC'])]);
    const matcher = createMatcher(lexicon);
    const found = matcher
      .match('Kandahar Logistics Company and the UN agreed; KLC said so. Klc is not it.')
      .map((m) => m.entity);
    expect(found).toEqual(['watch:klc', 'org:un', 'watch:klc']);
  });

  it('leaves a built-in name to its entity when the reader watches it too', () => {
    const lexicon = readerLexicon(base(), [watch('watch:mine', 'My UN desk', ['UN', 'Taliban'])]);
    const matcher = createMatcher(lexicon);
    const ids = matcher.match('The UN and the Taliban met.').map((m) => m.entity);
    expect(ids).toEqual(['org:un', 'org:taliban']);
  });
});
