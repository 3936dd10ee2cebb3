import { afterEach, describe, expect, it } from 'vitest';
import { type Mark, scanDocument, TextPass } from '../../lib/page';
import { cleanUp, mount, realAutomaton } from './page-fixtures';

afterEach(cleanUp);

const PARAGRAPH =
  '<p>Talks between <b>Pakistan</b> and the United <i>Nations</i> resumed in Kabul on Monday.</p>';

/** A pass over `root` that records its marks, and a clock that runs out after `budget` looks at it. */
function passOver(root: HTMLElement) {
  const marks: Mark[] = [];
  const pass = new TextPass(root, document, realAutomaton(), 1, {
    walker: {},
    replaces: () => false,
    beforeRead() {},
    onMark: (mark) => marks.push(mark),
  });
  const clock = (budget: number) => {
    let left = budget;
    return () => left-- > 0;
  };
  return { pass, marks, clock };
}

describe('a text pass, a time slice at a time', () => {
  it('never matches text in a slice that ran out of time while reading it', () => {
    const root = mount(PARAGRAPH.repeat(60));
    const { pass, marks } = passOver(root);
    // Every slice has run out: each either reads a few nodes or matches the batch read before, not both.
    const outOfTime = () => false;
    let readAndMatched = 0;
    let matched = 0;
    for (let slice = 0; slice < 10_000; slice++) {
      const [read, marked] = [pass.textLength, marks.length];
      const done = pass.step(outOfTime);
      if (marks.length > marked) matched++;
      if (marks.length > marked && pass.textLength > read) readAndMatched++;
      if (done) break;
    }
    expect(matched).toBeGreaterThan(1);
    expect(readAndMatched).toBe(0);
  });

  it('finds what a one-shot scan finds however short the slices', () => {
    const root = mount(PARAGRAPH.repeat(40));
    const oneShot = scanDocument(root, realAutomaton());
    for (const budget of [0, 1, 3, 1_000]) {
      const { pass, marks, clock } = passOver(root);
      let slices = 0;
      while (!pass.step(clock(budget))) slices++;
      expect(slices).toBeLessThan(10_000);
      expect(marks.map((m) => `${m.entity}:${m.text}`)).toEqual(
        oneShot.mentions.map((m) => `${m.entity}:${m.text}`),
      );
    }
  });
});
