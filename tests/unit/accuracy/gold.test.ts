import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTextFromHtml } from '../../../lib/cli/read-page';
import { matchChunks } from '../../../lib/match';
import { realMatcher } from '../../support/gazetteer';
import {
  GOLD_DIR,
  goldPages,
  normaliseSurface,
  resolveGoldEntity,
  type Score,
  score,
  TRAPS_DIR,
} from '../../support/gold';
import { corpusPagePath } from '../../support/shared-corpus';

const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.96;

function pageHtml(page: string): string {
  if (page.startsWith('trap--')) return readFileSync(join(TRAPS_DIR, `${page.slice(6)}.html`), 'utf8');
  return readFileSync(corpusPagePath(page), 'utf8');
}

describe('accuracy against hand-annotated pages', () => {
  const { gazetteer, matcher } = realMatcher();
  const pages = goldPages();
  const rows: Array<{ page: string } & Score> = [];

  it(`has at least 8 annotated corpus pages in ${GOLD_DIR}`, () => {
    expect(pages.filter((p) => !p.page.startsWith('trap--')).length).toBeGreaterThanOrEqual(8);
  });

  for (const gold of pages) {
    it(`scores ${gold.page}`, () => {
      const { chunks } = pageTextFromHtml(pageHtml(gold.page), gold.page);
      const found = new Map<string, number>();
      for (const m of matchChunks(matcher, chunks)) {
        const key = `${m.entity} ${normaliseSurface(m.text)}`;
        found.set(key, (found.get(key) ?? 0) + 1);
      }
      const expected = new Map<string, number>();
      for (const g of gold.mentions) {
        const key = `${resolveGoldEntity(g.entity, gazetteer)} ${normaliseSurface(g.text)}`;
        expected.set(key, (expected.get(key) ?? 0) + g.count);
      }
      rows.push({ page: gold.page, ...score(expected, found) });
    });
  }

  it(`reaches mention precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL} over all pages`, () => {
    const total = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    });
    const pct = (n: number, d: number) => (d === 0 ? '   -  ' : (n / d).toFixed(3));
    const lines = rows.map(
      (r) =>
        `${r.page.padEnd(46)} P ${pct(r.tp, r.tp + r.fp)}  R ${pct(r.tp, r.tp + r.fn)}  tp ${r.tp} fp ${r.fp} fn ${r.fn}` +
        (r.falsePositives.length ? `\n    false positives: ${r.falsePositives.join('; ')}` : '') +
        (r.misses.length ? `\n    misses: ${r.misses.join('; ')}` : ''),
    );
    const precision = total.tp / (total.tp + total.fp);
    const recall = total.tp / (total.tp + total.fn);
    console.log(
      `${lines.join('\n')}\nALL  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (tp ${total.tp}, fp ${total.fp}, fn ${total.fn})`,
    );
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
