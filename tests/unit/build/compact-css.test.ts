import { describe, expect, it } from 'vitest';
import { compactCss, compactCssStringsPlugin } from '../../../lib/build';

describe('card styles ship compacted', () => {
  it('drops comments, layout whitespace, last semicolons and leading zeros; keeps strings and descendant combinators', () => {
    const css = `
      /* why */
      .card :focus-visible > a,
      .card b {
        font-family: 'Segoe UI Emoji', sans-serif;
        content: ":  a , b ";
        margin: 0 auto;
        color: rgba(0, 0, 0, 0.12);
        width: 10.5px;
        content: '0.5';
      }
    `;
    expect(compactCss(css)).toBe(
      `.card :focus-visible>a,.card b{font-family:'Segoe UI Emoji',sans-serif;content:":  a , b ";margin:0 auto;color:rgba(0,0,0,.12);width:10.5px;content:'0.5'}`,
    );
  });

  it('compacts the template literals of *.css.ts files only, leaving interpolations alone', () => {
    const plugin = compactCssStringsPlugin();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | undefined;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the input is source code holding a template literal
    const code = 'export const CSS = `\n.a {\n  font: ${FONT};\n}\n`;';
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the output is source code too
    expect(transform(code, '/x/card.css.ts')?.code).toBe('export const CSS = `.a{font:${FONT}}`;');
    expect(transform(code, '/x/card.ts')).toBeUndefined();
  });
});
