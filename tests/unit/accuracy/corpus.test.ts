import { describe, expect, it } from 'vitest';
import { readPageText } from '../../../lib/cli/read-page';
import { matchChunks } from '../../../lib/match';
import { realMatcher } from '../../support/gazetteer';
import { corpusPagePath, corpusPages } from '../../support/shared-corpus';

describe('scanning every corpus page', () => {
  it('reads all 39 pages without a crash and finds entities on the news pages', async () => {
    const { matcher } = realMatcher();
    const pages = corpusPages();
    expect(pages).toHaveLength(39);
    const forms = new Map<string, number>();
    let withEntities = 0;
    for (const page of pages) {
      const { chunks, text } = await readPageText(corpusPagePath(page.id));
      const mentions = matchChunks(matcher, chunks);
      for (const m of mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        const key = `${m.text} (${m.entity})`;
        forms.set(key, (forms.get(key) ?? 0) + 1);
      }
      if (mentions.length > 0) withEntities++;
    }
    const top = [...forms].sort((a, b) => b[1] - a[1]).slice(0, 20);
    console.log(
      `most frequent surface forms over the corpus:\n${top.map(([k, n]) => `${String(n).padStart(5)}  ${k}`).join('\n')}`,
    );
    expect(withEntities).toBeGreaterThanOrEqual(35);
  });
});
