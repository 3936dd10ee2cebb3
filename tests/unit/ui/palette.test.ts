import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_CSS } from '../../../components/card/card.css';
import { REPO_ROOT } from '../../support/shared-corpus';

/** Custom properties of the first rule block after `from` in `css`: name → value. */
function tokens(css: string, from: number): Record<string, string> {
  const open = css.indexOf('{', from);
  const body = css.slice(open + 1, css.indexOf('}', open));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]));
}

/** The light tokens (the first block) and the dark ones (the block inside the dark media query). */
function palettes(
  css: string,
  selector: string,
): { light: Record<string, string>; dark: Record<string, string> } {
  const light = tokens(css, css.indexOf(`${selector} {`));
  const media = css.indexOf('@media (prefers-color-scheme: dark)');
  const dark = tokens(css, css.indexOf(`${selector} {`, media));
  return { light, dark };
}

describe('one palette for every surface', () => {
  const shared = palettes(readFileSync(join(REPO_ROOT, 'components/shared/palette.css'), 'utf8'), ':root');
  const card = palettes(CARD_CSS, '.card');

  it('defines the same colours light and dark', () => {
    expect(Object.keys(shared.dark).sort()).toEqual(
      Object.keys(shared.light)
        .filter((k) => k !== 'sans')
        .sort(),
    );
    expect(Object.keys(shared.light).length).toBeGreaterThan(10);
  });

  it('gives the hover card (in a page’s shadow root, where the file’s :root is the card) the same values', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, value] of Object.entries(shared[scheme])) {
        if (name === 'sans') continue;
        expect(card[scheme][name], `--${name} (${scheme})`).toBe(value);
      }
    }
  });
});
