import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../lib/page';
import { cleanUp, highlightTexts, mount, painted, scannerFor, sleep } from './page-fixtures';

afterEach(cleanUp);

describe('text the page hides while the scan reads it', () => {
  it('leaves no mark in a panel hidden while the first scan is inside it', async () => {
    const filler = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}, about nothing much.</p>`);
    const panel = Array.from({ length: 1500 }, (_, i) => `<p>Item ${i}: rain in Kenya.</p>`);
    const root = mount(`${filler.join('')}<div id="panel">${panel.join('')}</div><p>Closing: Chile.</p>`);
    const panelElement = root.querySelector('#panel') as HTMLElement;
    let marksWhenHidden = 0;
    const scanner = scannerFor({
      budgetMs: 2,
      // The hiding is read at once, while the scan is still inside the panel.
      mutations: { debounceMs: 0 },
      onUpdate(entities) {
        const kenya = entities.find((e) => e.id === 'country:KE')?.count ?? 0;
        if (kenya >= 50 && !panelElement.hidden) {
          marksWhenHidden = kenya;
          panelElement.hidden = true;
        }
      },
    });
    await scanner.start();
    await sleep(500);
    // The scan was inside the panel when it went.
    expect(marksWhenHidden).toBeGreaterThan(0);
    expect(marksWhenHidden).toBeLessThan(1500);
    expect(scanner.entities()).toEqual([{ id: 'country:CL', count: 1 }]);
    root.lastElementChild?.scrollIntoView();
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toEqual(['Chile']);
  });
});
