import { describe, expect, it } from 'vitest';
import { assembleBriefing, briefingToMarkdown, type EntityFacts, isoWeekStart } from '../../../lib/briefing';
import type { ClipSummary } from '../../../lib/store';

let nextId = 1;
function clip(
  published: string | null,
  entities: Array<[id: string, sentences?: string[]]>,
  more: Partial<ClipSummary> = {},
): ClipSummary {
  const id = nextId++;
  return {
    id,
    url: `https://news.example/${id}`,
    title: `Story ${id}`,
    byline: null,
    siteName: 'News Example',
    publishedAt: published,
    lang: 'en',
    excerpt: '',
    entities: entities.map(([eid, sentences = []]) => ({ id: eid, count: 1, score: 0.5, sentences })),
    wordCount: 100,
    kind: 'article',
    entityIds: entities.map(([eid]) => eid),
    site: 'news.example',
    tags: [],
    note: '',
    clippedAt: Date.UTC(2025, 5, 1),
    updatedAt: Date.UTC(2025, 5, 1),
    ...more,
  };
}

const names: Record<string, string> = {
  'country:AF': 'Afghanistan',
  'country:PK': 'Pakistan',
  'org:un': 'United Nations',
};
const nameOf = (id: string) => names[id] ?? null;

describe('ISO weeks', () => {
  it('start on Monday, UTC', () => {
    const day = (s: string) => new Date(isoWeekStart(Date.parse(s))).toISOString().slice(0, 10);
    expect(day('2025-05-05T00:00:00Z')).toBe('2025-05-05'); // a Monday
    expect(day('2025-05-11T23:59:59Z')).toBe('2025-05-05'); // its Sunday
    expect(day('2025-01-01T12:00:00Z')).toBe('2024-12-30'); // week 1 of 2025 starts in 2024
  });
});

describe('assembling a briefing', () => {
  const af = 'country:AF';
  const clips = [
    clip('2025-05-06T10:00:00Z', [[af, ['Kabul first.', 'Kabul second.']], ['country:PK']]),
    clip('2025-05-27', [[af, ['Late May.']], ['country:PK'], ['org:un']]),
    clip(null, [[af]], { clippedAt: Date.UTC(2025, 4, 14) }),
    clip('2025-05-20', [['country:PK', ['Not about Afghanistan.']]]),
  ];
  const b = assembleBriefing(af, clips);

  it('lists the articles that mention it, newest first (by publication, else clip date), with the sentence', () => {
    expect(b.articles.map((a) => [a.clip.title, a.sentence])).toEqual([
      ['Story 2', 'Late May.'],
      ['Story 3', null],
      ['Story 1', 'Kabul first.'],
    ]);
  });

  it('ranks the entities it appears with, most first', () => {
    expect(b.coOccurring).toEqual([
      { id: 'country:PK', count: 2 },
      { id: 'org:un', count: 1 },
    ]);
  });

  it('counts articles per ISO week, oldest first, with empty weeks filled', () => {
    expect(b.timeline).toEqual([
      { week: '2025-05-05', count: 1 },
      { week: '2025-05-12', count: 1 },
      { week: '2025-05-19', count: 0 },
      { week: '2025-05-26', count: 1 },
    ]);
  });

  it('keeps the timeline to the century before its latest article, leaving out dates no page can have', () => {
    const odd = [...clips, clip('1900-01-01', [[af]]), clip('2200-01-01', [[af]])];
    const briefing = assembleBriefing(af, odd);
    expect(briefing.articles).toHaveLength(5);
    expect(briefing.timeline).toEqual(b.timeline);
  });

  it('builds the timeline at once beside a date thousands of years off, and names any week it shows', () => {
    const far = clip('9999-12-31', [[af]]);
    expect(assembleBriefing(af, [clips[0] as ClipSummary, far]).timeline).toEqual([
      { week: '2025-05-05', count: 1 },
    ]);
    // Alone, an article dated after its clipping still shows, in its own week.
    expect(assembleBriefing(af, [clip('+275760-09-13', [[af]])]).timeline).toEqual([
      { week: '+275760-09-08', count: 1 },
    ]);
  });

  it('gives the latest sentences, newest article first', () => {
    expect(b.sentences.map((s) => s.sentence)).toEqual(['Late May.', 'Kabul first.', 'Kabul second.']);
    expect(b.sentences[0]).toMatchObject({
      clipId: clips[1]?.id,
      title: 'Story 2',
      date: Date.parse('2025-05-27'),
    });
  });

  it('is empty for an entity no clip mentions', () => {
    expect(assembleBriefing('country:FR', clips)).toEqual({
      id: 'country:FR',
      articles: [],
      coOccurring: [],
      timeline: [],
      sentences: [],
    });
  });

  it('reads as Markdown, with names, links, the timeline and the facts when given', () => {
    const facts: EntityFacts = {
      id: af,
      kind: 'country',
      name: 'Afghanistan',
      description: 'Country in Southern Asia',
      flag: '🇦🇫',
      capital: 'Kabul',
      source: 'world-countries (ODbL)',
    };
    const md = briefingToMarkdown(b, nameOf, facts);
    expect(md).toContain('# Afghanistan\n\n🇦🇫 Country in Southern Asia\n\n- **Capital:** Kabul');
    expect(md).toContain('3 clipped articles, from 6 May 2025 to 27 May 2025.');
    expect(md).toContain(
      `- [Story 2](https://news.example/${clips[1]?.id}) — News Example, 27 May 2025\n  > Late May.`,
    );
    expect(md).toContain('## Appears with\n\n- Pakistan (2)\n- United Nations (1)');
    expect(md).toContain('| 2025-05-19 | 0 |');
    expect(md).toContain('- “Kabul second.” — Story 1, 6 May 2025');
  });

  it('writes the Markdown of an entity named in two hundred thousand articles', () => {
    const many = Array.from({ length: 200_000 }, (_, i) =>
      clip(null, [[af]], { clippedAt: Date.UTC(2025, 0, 1) + i * 60_000 }),
    );
    const md = briefingToMarkdown(assembleBriefing(af, many), nameOf);
    expect(md).toContain('200000 clipped articles, from 1 Jan 2025 to 19 May 2025.');
  });

  it('escapes what would break the Markdown, and says when nothing is clipped', () => {
    const odd = clip('2025-05-06', [['country:AF']], {
      title: 'A [bracketed] *title*',
      url: 'https://x.example/a (b)',
    });
    const md = briefingToMarkdown(assembleBriefing('country:AF', [odd]), nameOf);
    expect(md).toContain('[A \\[bracketed\\] \\*title\\*](https://x.example/a%20%28b%29)');
    expect(briefingToMarkdown(assembleBriefing('country:XX', []), nameOf)).toBe(
      '# country:XX\n\n## In your archive\n\nNo clipped article mentions it yet.\n',
    );
  });
});
