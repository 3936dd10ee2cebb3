import { afterEach, describe, expect, it } from 'vitest';
import { boundingRect, markRects, throttleToFrame } from '../../lib/page';
import { centre, cleanUp, mount, nextFrame, scannerFor } from './page-fixtures';

afterEach(cleanUp);

const TEXT_STYLE = 'font: 20px/30px sans-serif; width: 600px; margin: 0; padding: 0';

describe('the mark under the pointer', () => {
  it('is found at the centre of its box, with the box', async () => {
    mount(`<p style="${TEXT_STYLE}">Talks between Afghanistan and the United <b>Nations</b> resumed.</p>`);
    const scanner = scannerFor({ watchMutations: false });
    await scanner.start();
    for (const id of ['country:AF', 'org:un']) {
      const [mark] = scanner.mentionsOf(id);
      if (!mark) throw new Error(`no mark for ${id}`);
      const rect = boundingRect(markRects(mark));
      const hit = scanner.mentionAtPoint(centre(rect).x, centre(rect).y);
      expect(hit?.mark).toBe(mark);
      expect(hit?.rect.toJSON()).toEqual(rect.toJSON());
      expect(hit?.lineRect.toJSON()).toEqual(rect.toJSON());
    }
  });

  it('gives a wrapped name one box per line, and the box of the line under the pointer', async () => {
    mount(`<p style="${TEXT_STYLE}; width: 160px">Delegates of the Organization of American States</p>`);
    const scanner = scannerFor({ watchMutations: false });
    await scanner.start();
    const [mark] = scanner.mentionsOf('org:oas');
    if (!mark) throw new Error('no mark');
    const rects = markRects(mark);
    const last = rects[rects.length - 1] as DOMRect;
    expect(last.top).toBeGreaterThan((rects[0] as DOMRect).top);
    const hit = scanner.mentionAtPoint(centre(last).x, centre(last).y);
    expect(hit?.mark).toBe(mark);
    expect(hit?.lineRect.top).toBe(last.top);
    expect(hit?.rect.height).toBeGreaterThan(last.height);
  });

  it('is found on the part of a split name in another element, and on its last letter', async () => {
    mount(`<p style="${TEXT_STYLE}">the United <b>Nations</b> said</p>`);
    const scanner = scannerFor({ watchMutations: false });
    await scanner.start();
    const bold = document.querySelector('b') as HTMLElement;
    const box = bold.getBoundingClientRect();
    expect(scanner.mentionAtPoint(centre(box).x, centre(box).y)?.mark.entity).toBe('org:un');
    // The right half of the last letter puts the caret after the name.
    expect(scanner.mentionAtPoint(box.right - 1, centre(box).y)?.mark.entity).toBe('org:un');
  });

  it('is null past the end of a line, in the margin, and on words that are no name', async () => {
    mount(`<p style="${TEXT_STYLE}">Talks with Iran</p><p style="${TEXT_STYLE}">and then nothing</p>`);
    const scanner = scannerFor({ watchMutations: false });
    await scanner.start();
    const [iran] = scanner.mentionsOf('country:IR');
    const [rect] = markRects(iran as NonNullable<typeof iran>);
    if (!rect) throw new Error('no box');
    // Same line, right of the line's end: the caret still lands after "Iran".
    expect(scanner.mentionAtPoint(rect.right + 40, centre(rect).y)).toBeNull();
    expect(scanner.mentionAtPoint(rect.right + 300, centre(rect).y)).toBeNull();
    const other = (document.querySelectorAll('p')[1] as HTMLElement).getBoundingClientRect();
    expect(scanner.mentionAtPoint(other.left + 10, centre(other).y)).toBeNull();
  });

  it('is found inside an open shadow root', async () => {
    const root = mount('<div id="host"></div>');
    const host = root.querySelector('#host') as HTMLElement;
    host.attachShadow({
      mode: 'open',
    }).innerHTML = `<p style="${TEXT_STYLE}">Rain in <span>Bangladesh</span></p>`;
    const scanner = scannerFor({ watchMutations: false });
    await scanner.start();
    const span = host.shadowRoot?.querySelector('span') as HTMLElement;
    const box = span.getBoundingClientRect();
    expect(scanner.mentionAtPoint(centre(box).x, centre(box).y)?.mark.entity).toBe('country:BD');
  });

  it('is found inside a same-origin frame, with its box in the page’s coordinates', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'border: 5px solid black; padding: 7px; width: 500px; height: 200px; margin: 20px';
    frame.srcdoc = `<p style="${TEXT_STYLE}">Floods in <span>Mozambique</span></p>`;
    mount('').append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const scanner = scannerFor({ watchMutations: false });
    await scanner.start();
    const span = frame.contentDocument?.querySelector('span') as HTMLElement;
    const inner = span.getBoundingClientRect();
    const outer = frame.getBoundingClientRect();
    const x = outer.left + 12 + centre(inner).x;
    const y = outer.top + 12 + centre(inner).y;
    const hit = scanner.mentionAtPoint(x, y);
    expect(hit?.mark.entity).toBe('country:MZ');
    expect(hit?.rect.left).toBeCloseTo(outer.left + 12 + inner.left, 0);
    expect(hit?.rect.top).toBeCloseTo(outer.top + 12 + inner.top, 0);
  });
});

describe('throttling pointer moves to the frame rate', () => {
  it('runs once per animation frame with the latest arguments', async () => {
    const seen: number[] = [];
    const onMove = throttleToFrame((x: number) => seen.push(x));
    for (let x = 0; x < 10; x++) onMove(x);
    expect(seen).toEqual([]);
    await nextFrame();
    expect(seen).toEqual([9]);
    onMove(42);
    onMove.cancel();
    await nextFrame();
    expect(seen).toEqual([9]);
  });
});
