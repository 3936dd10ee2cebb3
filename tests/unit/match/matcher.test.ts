import { describe, expect, it } from 'vitest';
import { matchChunks } from '../../../lib/match';
import { found, realMatcher } from '../../support/gazetteer';

describe('leftmost-longest', () => {
  it('prefers the longest name at a position', () => {
    expect(found('Islamic State Khorasan Province claimed it.')).toEqual([
      'org:islamic-state-khorasan=Islamic State Khorasan Province',
    ]);
    expect(found('the UN Assistance Mission in Afghanistan said')).toEqual([
      'org:unama=UN Assistance Mission in Afghanistan',
    ]);
    expect(found('in Papua New Guinea and South Sudan')).toEqual([
      'country:PG=Papua New Guinea',
      'country:SS=South Sudan',
    ]);
  });

  it('gives offsets into the text', () => {
    const text = 'Talks between Pakistan and the Taliban resumed.';
    for (const m of realMatcher().matcher.match(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('word boundaries and punctuation', () => {
  it('matches names with non-ASCII letters', () => {
    expect(found("Türkiye, Côte d’Ivoire, Côte d'Ivoire and São Tomé and Príncipe")).toEqual([
      'country:TR=Türkiye',
      'country:CI=Côte d’Ivoire',
      "country:CI=Côte d'Ivoire",
      'country:ST=São Tomé and Príncipe',
    ]);
  });

  it('does not match inside longer words', () => {
    expect(found('Omani Romania Chadian Indiana Niger Nigerien Nigeria')).toEqual([
      'country:OM=Omani',
      'country:RO=Romania',
      'country:TD=Chadian',
      'country:NE=Niger',
      'country:NE=Nigerien',
      'country:NG=Nigeria',
    ]);
  });

  it('stops before possessives, straight and curly', () => {
    expect(found("Pakistan's army and the Taliban’s leaders")).toEqual([
      'country:PK=Pakistan',
      'org:taliban=Taliban',
    ]);
  });

  it('splits hyphenated compounds into their names', () => {
    expect(
      found('Pakistan-US talks, a China-Central Asia summit, the U.S.-led coalition, an Afghan-born writer'),
    ).toEqual([
      'country:PK=Pakistan',
      'country:US=US',
      'country:CN=China',
      'country:US=U.S.',
      'country:AF=Afghan',
    ]);
  });

  it('keeps the dots of U.S. at the end of a sentence', () => {
    const mentions = realMatcher().matcher.match('He flew to the U.S. Then he left.');
    expect(mentions.map((m) => m.text)).toEqual(['U.S.']);
  });

  it('reads through non-breaking spaces and soft hyphens', () => {
    expect(found('Saudi\u00a0Arabia and the United\u00a0Nations met in Af\u00adghanistan')).toEqual([
      'country:SA=Saudi\u00a0Arabia',
      'org:un=United\u00a0Nations',
      'country:AF=Af\u00adghanistan',
    ]);
  });

  it('looks past invisible characters to tell whether a name starts a word', () => {
    // A soft hyphen or zero-width space after a space still opens a word; after a letter it is inside one.
    expect(found('Talks with \u00adPakistan and \u200bPeru, not Super\u200bPeru or ab\u00adChile')).toEqual([
      'country:PK=Pakistan',
      'country:PE=Peru',
    ]);
  });

  it('does not run a name across other punctuation', () => {
    expect(found('It was Guinea. Bissau came later.')).toEqual(['country:GN=Guinea']);
  });
});

describe('case', () => {
  it('matches Title Case and ALL CAPS names, never lower case', () => {
    expect(found('AFGHANISTAN and Afghanistan, not afghanistan; a turkey in Turkey')).toEqual([
      'country:AF=AFGHANISTAN',
      'country:AF=Afghanistan',
      'country:TR=Turkey',
    ]);
  });

  it('matches short acronyms only in their own case', () => {
    expect(found('us and Us, un and Un, the US and the UN')).toEqual(['country:US=US', 'org:un=UN']);
  });

  it('ignores acronyms inside a shouting headline', () => {
    expect(found('PAKISTAN IS READY TO TALK')).toEqual(['country:PK=PAKISTAN']);
    expect(found('WHY US VOTERS SHOULD CARE')).toEqual([]);
    expect(found('WASHINGTON (AP) — The talks')).toContain('org:associated-press=AP');
  });
});

describe('alias rules', () => {
  it('takes "IS" as Islamic State only with a cue or an earlier mention', () => {
    expect(found('The IS militants claimed the bombing.')).toEqual(['org:islamic-state=IS']);
    expect(found('The IS department upgraded its servers.')).toEqual([]);
    expect(found('Islamic State fighters moved. Later, IS took the town.')).toEqual([
      'org:islamic-state=Islamic State',
      'org:islamic-state=IS',
    ]);
  });

  it('knows Jordan and Chad as people', () => {
    expect(found('Michael Jordan met King Abdullah of Jordan.')).toEqual(['country:JO=Jordan']);
    expect(found('Chad Smith flew to Chad.')).toEqual(['country:TD=Chad']);
    expect(found('Every Jordan algebra is power-associative.')).toEqual([]);
  });

  it('knows Georgia the US state', () => {
    expect(found('Rallies in Atlanta, Georgia drew crowds.')).toEqual([]);
    expect(found("Georgia's governor Brian Kemp signed it.")).toEqual([]);
    expect(found('Tbilisi is the capital of Georgia.')).toEqual(['country:GE=Georgia']);
  });
});

describe('traps in the data', () => {
  it('reads "Indian" as India', () => {
    expect(found('Indian officials said')).toEqual(['country:IN=Indian']);
  });

  it('does not see countries in US states, cities and seas', () => {
    expect(found('New Jersey, New Mexico, New South Wales, Mexico City and the Indian Ocean')).toEqual([]);
  });

  it('tells Dominica from the Dominican Republic', () => {
    expect(found('Dominica and the Dominican Republic')).toEqual([
      'country:DM=Dominica',
      'country:DO=Dominican Republic',
    ]);
  });

  it('tells the Guineas apart', () => {
    expect(found('Guinea-Bissau, Guinea, Equatorial Guinea, Papua New Guinea and New Guinea island')).toEqual(
      [
        'country:GW=Guinea-Bissau',
        'country:GN=Guinea',
        'country:GQ=Equatorial Guinea',
        'country:PG=Papua New Guinea',
      ],
    );
  });

  it('finds no country in "the Kingdom"', () => {
    expect(found('the Kingdom announced')).toEqual([]);
  });
});

describe('text fed in pieces', () => {
  const { matcher } = realMatcher();

  it('matches across text nodes', () => {
    const mentions = matchChunks(matcher, [
      { text: 'Talks at the United ', breakBefore: false },
      { text: 'Nations', breakBefore: false },
      { text: ' with Afgh', breakBefore: false },
      { text: 'anistan.', breakBefore: false },
    ]);
    expect(mentions.map((m) => [m.entity, m.text, m.start, m.end])).toEqual([
      ['org:un', 'United Nations', 13, 27],
      ['country:AF', 'Afghanistan', 33, 44],
    ]);
  });

  it('does not run a name across a block boundary', () => {
    const mentions = matchChunks(matcher, [
      { text: 'United', breakBefore: false },
      { text: 'Nations', breakBefore: true },
    ]);
    expect(mentions).toEqual([]);
  });

  it('gives the same mentions whole or in pieces', () => {
    const text = 'PAKISTAN IS READY. The IS militants fled to Syria, said the UN. Jordan and Chad Smith.';
    const whole = matcher.match(text);
    for (const size of [1, 2, 3, 7, 13]) {
      const pieces = [];
      for (let i = 0; i < text.length; i += size)
        pieces.push({ text: text.slice(i, i + size), breakBefore: false });
      expect(matchChunks(matcher, pieces)).toEqual(whole);
    }
  });
});
