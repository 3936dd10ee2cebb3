import { describe, expect, it } from 'vitest';
import { briefingFileName, exportFileName, fileSlug, localDay } from '@/components/library/file-names';
import { fallbackName, parseTags, topEntities } from '@/components/library/format';
import { importVerdict } from '@/components/library/import-report';
import { busiestWeek, SLOT, timelineBars } from '@/components/library/timeline';

describe('download file names', () => {
  it('names an export for the reader’s day', () => {
    expect(exportFileName(new Date(2025, 4, 3, 23, 59))).toBe('dossier-export-2025-05-03.json');
    expect(localDay(new Date(2025, 0, 9))).toBe('2025-01-09');
  });

  it('names a briefing after its entity, safe for any file system', () => {
    expect(briefingFileName('Côte d’Ivoire', new Date(2025, 4, 3))).toBe(
      'dossier-briefing-cote-d-ivoire-2025-05-03.md',
    );
    expect(briefingFileName('UN Assistance Mission in Afghanistan / UNAMA', new Date(2025, 4, 3))).toBe(
      'dossier-briefing-un-assistance-mission-in-afghanistan-unama-2025-05-03.md',
    );
    expect(fileSlug('日本')).toBe('日本');
    expect(fileSlug('***')).toBe('entity');
    expect(fileSlug('a'.repeat(100)).length).toBe(60);
  });
});

describe('import preview verdict', () => {
  const report = { add: 0, update: 0, skip: 0, problems: [] as string[], applied: false };
  it('tells a refused file from one with nothing new and one ready to import', () => {
    expect(importVerdict({ ...report, problems: ['The file is not valid JSON'] })).toBe('refused');
    expect(importVerdict({ ...report, skip: 3, problems: ['3 skipped: already here'] })).toBe('nothing-new');
    expect(importVerdict(report)).toBe('nothing-new');
    expect(importVerdict({ ...report, add: 2, skip: 1, problems: ['1 skipped'] })).toBe('ready');
    expect(importVerdict({ ...report, update: 1 })).toBe('ready');
  });
});

describe('timeline bars', () => {
  const timeline = [
    { week: '2025-03-03', count: 2 },
    { week: '2025-03-10', count: 0 },
    { week: '2025-03-17', count: 4 },
    { week: '2025-03-24', count: 1 },
  ];

  it('draws one bar per week, oldest at the left, heights against the busiest week', () => {
    const chart = timelineBars(timeline, 100);
    expect(chart.max).toBe(4);
    expect(chart.bars.map((b) => b.height)).toEqual([50, 0, 100, 25]);
    expect(chart.bars.map((b) => b.y)).toEqual([50, 100, 0, 75]);
    const last = chart.bars[3];
    expect(last && last.x + last.width).toBeLessThanOrEqual(chart.width);
    expect(last && chart.width - (last.x + last.width)).toBeLessThan(2);
    expect(chart.width).toBe(4 * SLOT);
    expect(chart.bars.map((b) => b.x)).toEqual([1, 11, 21, 31]);
  });

  it('keeps one article visible beside a busy week, and handles long and empty timelines', () => {
    const long = Array.from({ length: 80 }, (_, i) => ({
      week: `w${i}`,
      count: i === 5 ? 1 : i === 6 ? 500 : 0,
    }));
    const chart = timelineBars(long, 100);
    expect(chart.width).toBe(800);
    expect(chart.bars[5]?.height).toBe(2);
    expect(chart.bars[0]?.height).toBe(0);
    expect(timelineBars([]).bars).toEqual([]);
  });

  it('finds the busiest week (the first, on a tie)', () => {
    expect(busiestWeek(timeline)).toEqual({ week: '2025-03-17', count: 4 });
    expect(
      busiestWeek([
        { week: 'a', count: 2 },
        { week: 'b', count: 2 },
      ])?.week,
    ).toBe('a');
    expect(busiestWeek([{ week: 'a', count: 0 }])).toBeNull();
  });
});

describe('list helpers', () => {
  it('reads tags as typed', () => {
    expect(parseTags(' aid,  Kabul access ,aid, AID,, ')).toEqual(['aid', 'Kabul access']);
  });

  it('picks the entities an article is most about', () => {
    const e = (id: string, score: number, count = 1) => ({ id, score, count, sentences: [] });
    expect(
      topEntities({ entities: [e('a', 0.1), e('b', 0.9), e('c', 0.5, 3), e('d', 0.5, 4), e('x', 0.2)] }, 3),
    ).toEqual(['b', 'd', 'c']);
  });

  it('makes a readable name of an unknown id', () => {
    expect(fallbackName('org:some-body_here')).toBe('some body here');
  });
});
