import type { Plugin } from 'vite';

/**
 * CSS text without comments and without the whitespace that only helps a reader, nor a rule's last
 * semicolon or a fraction's leading zero. Quoted strings are kept as written, and so is a space before a
 * colon (".card :focus" is not ".card:focus").
 */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            // A rule's last declaration needs no semicolon, a fraction no leading zero (0.12 is .12).
            .replace(/;}/g, '}')
            .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2'),
    )
    .join('')
    .trim();
}

/**
 * Styles that must travel as strings (the card's, for a shadow root on any page) are written readably in
 * `*.css.ts` files; the build ships their template literals compacted, which keeps the content script
 * under its size budget. Interpolations (`${…}`) are left as they are.
 */
export function compactCssStringsPlugin(): Plugin {
  return {
    name: 'dossier-compact-css-strings',
    transform(code, id) {
      if (!/\.css\.ts$/.test(id.split('?')[0] ?? '')) return undefined;
      const out = code.replace(/`([^`]*)`/g, (_, body: string) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return `\`${parts.map((part) => (part.startsWith('${') ? part : compactCss(part))).join('')}\``;
      });
      return { code: out, map: null };
    },
  };
}
