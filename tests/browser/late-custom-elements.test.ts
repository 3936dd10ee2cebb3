import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../lib/page';
import { cleanUp, highlightTexts, mount, painted, scannerFor } from './page-fixtures';

afterEach(cleanUp);

describe('custom elements the page defines after the scan', () => {
  it('reads a thousand of them again, with no long task for the page', async () => {
    const hosts = Array.from({ length: 1000 }, (_, i) => `<x-late-teaser><p>${i}: Kenya</p></x-late-teaser>`);
    mount(`<div>${hosts.join('')}</div>`);
    const scanner = scannerFor();
    await scanner.start();
    expect(scanner.mentionsOf('country:KE')).toHaveLength(1000);
    customElements.define(
      'x-late-teaser',
      class extends HTMLElement {
        constructor() {
          super();
          // No slot: the page no longer shows the element's children.
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Peru</p>';
        }
      },
    );
    // Defining them is the page's own long task: let it pass.
    await painted();
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
    });
    observer.observe({ type: 'longtask' });
    await vi.waitFor(() => expect(scanner.mentionsOf('country:PE')).toHaveLength(1000), {
      timeout: 10_000,
      interval: 50,
    });
    await painted();
    observer.disconnect();
    expect(scanner.mentionsOf('country:KE')).toEqual([]);
    expect(longTasks).toEqual([]);
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toContain('Peru');
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).not.toContain('Kenya');
  }, 20_000);
});

describe('custom elements the page never defines', () => {
  it('are forgotten once the page removes them', async () => {
    const cards = Array.from({ length: 100 }, (_, i) => `<x-never-card><p>${i}: Chile</p></x-never-card>`);
    const root = mount(
      `<x-never-card><p>Kept: Peru</p></x-never-card><div id="feed">${cards.join('')}</div>`,
    );
    const scanner = scannerFor();
    await scanner.start();
    expect(scanner.stats.undefinedElements).toBe(101);
    // A single-page app leaves the view: the elements go, one of their tag stays.
    root.querySelector('#feed')?.remove();
    await vi.waitFor(() => expect(scanner.entities()).toEqual([{ id: 'country:PE', count: 1 }]), {
      timeout: 3000,
      interval: 50,
    });
    expect(scanner.stats.undefinedElements).toBe(1);
  });
});
