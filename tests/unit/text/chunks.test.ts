import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectTextChunks, joinChunks } from '../../../lib/text';

function textOf(html: string): string {
  const { document } = parseHTML(
    `<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`,
  );
  return joinChunks(collectTextChunks(document as unknown as Node)).text;
}

describe('visible text', () => {
  it('leaves out scripts, styles, templates, noscript and form fields', () => {
    const text = textOf(
      '<p>Kabul</p><script>var Pakistan = 1</script><style>.Iran{}</style><template>Iraq</template>' +
        '<noscript>Syria</noscript><textarea>Oman</textarea><p hidden>Chad</p>',
    );
    expect(text).toBe('Kabul');
  });

  it('separates blocks so that words of two paragraphs never join', () => {
    expect(textOf('<h1>United</h1><p>Nations</p>')).toBe('United\nNations');
    expect(textOf('<li>A</li><li>B</li>')).toBe('A\nB');
  });

  it('keeps inline elements in one run of text', () => {
    expect(textOf('<p>the United <b>Nations</b> said</p>')).toBe('the United Nations said');
  });

  it('gives each chunk its offset in the joined text', () => {
    const { document } = parseHTML('<html><body><p>ab<i>cd</i></p><p>ef</p></body></html>');
    const chunks = collectTextChunks(document as unknown as Node);
    const joined = joinChunks(chunks);
    for (const [i, c] of chunks.entries()) {
      const start = joined.starts[i] as number;
      expect(joined.text.slice(start, start + c.text.length)).toBe(c.text);
    }
  });
});
