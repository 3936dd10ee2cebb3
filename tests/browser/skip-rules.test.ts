import { describe, expect, it } from 'vitest';
import { isSkippedByAttributes, SKIPPED_BY_ATTRIBUTES } from '../../lib/text';

const ELEMENTS = [
  '<p>',
  '<p hidden>',
  '<p hidden="until-found">',
  '<div contenteditable>',
  '<div contenteditable="">',
  '<div contenteditable="true">',
  '<div contenteditable="True">',
  '<div contenteditable="plaintext-only">',
  '<div contenteditable="PLAINTEXT-ONLY">',
  '<div contenteditable="false">',
  '<div contenteditable="inherit">',
  '<div class="hidden" data-contenteditable="true">',
  '<span aria-hidden="true">',
];

describe('the attribute rules of what is not read', () => {
  it('are the same in the scanner’s selector and in lib/text’s function', () => {
    for (const html of ELEMENTS) {
      const host = document.createElement('div');
      host.innerHTML = html;
      const el = host.firstElementChild as Element;
      expect({ html, skipped: el.matches(SKIPPED_BY_ATTRIBUTES) }).toEqual({
        html,
        skipped: isSkippedByAttributes(el),
      });
    }
    const skipped = ELEMENTS.filter((html) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return isSkippedByAttributes(host.firstElementChild as Element);
    });
    expect(skipped).toEqual(ELEMENTS.slice(1, 9));
  });
});
