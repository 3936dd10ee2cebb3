import { describe, expect, it } from 'vitest';
import {
  evidenceOf,
  findEntities,
  LEAD_WORDS,
  leadEnd,
  type MentionStats,
  SENTENCES_PER_ENTITY,
  scoreEntities,
} from '../../../lib/clip';
import { realMatcher } from '../../support/gazetteer';

const stats = (title: number, lead: number, body: number): MentionStats => ({ title, lead, body });
const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('main-subject score', () => {
  it('ranks a title mention above a passing one, and puts the main subject at 1', () => {
    const scores = scoreEntities(
      new Map([
        ['main', stats(1, 1, 6)],
        ['titleOnly', stats(1, 0, 0)],
        ['passing', stats(0, 0, 1)],
      ]),
    );
    expect(scores.get('main')).toBe(1);
    expect(scores.get('titleOnly')).toBeGreaterThan(scores.get('passing') as number);
    expect(scores.get('passing')).toBeLessThan(0.15);
  });

  it('keeps a single passing mention low even when nothing else is named', () => {
    const scores = scoreEntities(new Map([['passing', stats(0, 0, 1)]]));
    expect(scores.get('passing')).toBeCloseTo(0.2, 5);
  });

  it('counts repeated mentions with diminishing returns', () => {
    expect(evidenceOf(stats(0, 0, 3)) - evidenceOf(stats(0, 0, 1))).toBeGreaterThan(
      evidenceOf(stats(0, 0, 30)) - evidenceOf(stats(0, 0, 28)),
    );
    // Two title mentions are no stronger than one: the headline says what it is about once.
    expect(evidenceOf(stats(2, 0, 0))).toBe(evidenceOf(stats(1, 0, 0)));
  });

  it('stays within 0..1', () => {
    const scores = scoreEntities(
      new Map([
        ['a', stats(3, 5, 500)],
        ['b', stats(0, 0, 0)],
      ]),
    );
    for (const s of scores.values()) expect(s >= 0 && s <= 1).toBe(true);
  });
});

describe('the lead', () => {
  it('is the first paragraph, at least the first 60 words, at most 100', () => {
    const short = `WASHINGTON —\n\n${filler(200)}`;
    const end = leadEnd(short);
    expect(short.slice(0, end).split(/\s+/).length).toBe(LEAD_WORDS);
    const normal = `${filler(80)}\n\n${filler(50)}`;
    expect(leadEnd(normal)).toBe(normal.indexOf('\n\n'));
    const noParagraphs = filler(500);
    expect(noParagraphs.slice(0, leadEnd(noParagraphs)).split(' ').length).toBe(100);
  });
});

describe('entities of an article', () => {
  const { matcher } = realMatcher();

  it('counts mentions in the title and the text, and sorts the main subject first', () => {
    const title = 'Sudan and the United States agree to lift sanctions';
    const text = [
      'KHARTOUM — Sudan will see sanctions lifted, officials in Sudan said on Friday.',
      `${filler(70)} The talks involved the United States and Sudan.`,
      'Egypt welcomed the decision. Sudan hopes for investment.',
    ].join('\n\n');
    const entities = findEntities(matcher, { title, text, lang: 'en' });
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(entities[0]?.id).toBe('country:SD');
    expect(byId.get('country:SD')?.count).toBe(5);
    expect(byId.get('country:US')?.count).toBe(2);
    expect(byId.get('country:EG')?.count).toBe(1);
    expect(byId.get('country:SD')?.score).toBe(1);
    // Named in the title beats named once in passing.
    expect(byId.get('country:US')?.score).toBeGreaterThan(byId.get('country:EG')?.score as number);
    expect(byId.get('country:EG')?.score).toBeLessThan(0.2);
    const scores = entities.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('quotes the sentences that name an entity, in order, at most three, each once', () => {
    const text = [
      'Chile and Chile again in one sentence.',
      'Then Peru. Chile returns here.',
      'Chile once more. And Chile a fifth time.',
    ].join('\n\n');
    const chile = findEntities(matcher, { title: '', text, lang: 'en' }).find((e) => e.id === 'country:CL');
    expect(chile?.count).toBe(5);
    expect(chile?.sentences).toEqual([
      'Chile and Chile again in one sentence.',
      'Chile returns here.',
      'Chile once more.',
    ]);
    expect(chile?.sentences.length).toBe(SENTENCES_PER_ENTITY);
  });

  it('matches no name across a paragraph break', () => {
    const entities = findEntities(matcher, {
      title: '',
      text: 'Statement of the United\n\nKingdom of Rain',
      lang: 'en',
    });
    expect(entities.map((e) => e.id)).not.toContain('country:GB');
  });

  it('finds nothing in an empty article', () => {
    expect(findEntities(matcher, { title: '', text: '', lang: null })).toEqual([]);
  });
});
