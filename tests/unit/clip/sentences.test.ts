import { describe, expect, it } from 'vitest';
import { clipSentence, MAX_SENTENCE, splitSentences } from '../../../lib/clip';

const split = (text: string, lang: string | null = 'en') =>
  splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('splitting an article into sentences', () => {
  it('splits at full stops, question and exclamation marks, and trims', () => {
    expect(split('Talks resumed in Doha.  Will they last? Nobody knows!  ')).toEqual([
      'Talks resumed in Doha.',
      'Will they last?',
      'Nobody knows!',
    ]);
  });

  it('keeps abbreviations, initials and dotted acronyms inside their sentence', () => {
    expect(
      split(
        'The U.S. President met Mr. Putin in Geneva on Jan. 5 and spoke with Dr. Tedros. ' +
          'John F. Kennedy Airport was closed. Officials at the U.N. Security Council agreed.',
      ),
    ).toEqual([
      'The U.S. President met Mr. Putin in Geneva on Jan. 5 and spoke with Dr. Tedros.',
      'John F. Kennedy Airport was closed.',
      'Officials at the U.N. Security Council agreed.',
    ]);
  });

  it('never runs a sentence across paragraphs, even after an abbreviation', () => {
    expect(split('Statement by the U.S.\n\nTroops left Kabul on Monday. Aid followed.')).toEqual([
      'Statement by the U.S.',
      'Troops left Kabul on Monday.',
      'Aid followed.',
    ]);
  });

  it('splits other languages, and falls back when the language tag is unusable', () => {
    expect(split('Le président est arrivé à Paris. Il repart demain.', 'fr')).toEqual([
      'Le président est arrivé à Paris.',
      'Il repart demain.',
    ]);
    expect(split('One. Two.', 'not a language tag!')).toEqual(['One.', 'Two.']);
  });

  it('gives offsets into the text it was given', () => {
    const text = '  First one.\n\nSecond one?';
    for (const s of splitSentences(text))
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    expect(split('')).toEqual([]);
  });
});

describe('cutting a long sentence around its mention', () => {
  const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');

  it('leaves sentences of up to 300 characters alone', () => {
    const s = `${'a'.repeat(299)}.`;
    expect(clipSentence(s, 0, 1)).toBe(s);
  });

  it('cuts at word boundaries, keeps the mention, and marks each cut with an ellipsis', () => {
    const sentence = `${words(60, 'before')} Kazakhstan ${words(60, 'after')}.`;
    const start = sentence.indexOf('Kazakhstan');
    const clipped = clipSentence(sentence, start, start + 'Kazakhstan'.length);
    expect(clipped.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(clipped).toContain('Kazakhstan');
    expect(clipped).toMatch(/^…before /);
    expect(clipped).toMatch(/ after…$/);
  });

  it('cuts one side only when the mention is near an end', () => {
    const sentence = `Kazakhstan ${words(80, 'after')}.`;
    const head = clipSentence(sentence, 0, 10);
    expect(head.startsWith('Kazakhstan after')).toBe(true);
    expect(head.endsWith('after…')).toBe(true);
    expect(head.length).toBeLessThanOrEqual(MAX_SENTENCE);
    const tailSentence = `${words(80, 'before')} Kazakhstan.`;
    const at = tailSentence.indexOf('Kazakhstan');
    const tail = clipSentence(tailSentence, at, at + 10);
    expect(tail.startsWith('…before')).toBe(true);
    expect(tail.endsWith('before Kazakhstan.')).toBe(true);
    expect(tail.length).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('still cuts a sentence without spaces to the limit', () => {
    const clipped = clipSentence('x'.repeat(1000), 500, 510);
    expect(clipped.length).toBe(MAX_SENTENCE);
    expect(clipped.startsWith('…') && clipped.endsWith('…')).toBe(true);
  });
});
