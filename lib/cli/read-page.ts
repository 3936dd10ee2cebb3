import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { collectTextChunks, joinChunks, type TextChunk } from '../text';

export interface PageText {
  chunks: TextChunk[];
  text: string;
}

/** A user-facing error: the scan command prints its message on one line and exits non-zero. */
export class PageError extends Error {}

const LOOKS_LIKE_HTML = /<\s*(!doctype\s+html|html|head|body|div|p|article|section|span|main)\b/i;

/** Reads a saved HTML page and extracts its visible text the same way the content script does. */
export async function readPageText(path: string): Promise<PageText> {
  let html: string;
  try {
    html = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PageError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new PageError(`is a directory, not an HTML file: ${path}`);
    throw new PageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return pageTextFromHtml(html, path);
}

export function pageTextFromHtml(html: string, label: string): PageText {
  if (html.includes('\u0000') || !LOOKS_LIKE_HTML.test(html))
    throw new PageError(`not an HTML page: ${label}`);
  const { document } = parseHTML(html);
  const chunks = collectTextChunks(document as unknown as Node);
  const { text } = joinChunks(chunks);
  if (text.trim().length === 0) throw new PageError(`the page has no visible text: ${label}`);
  return { chunks, text };
}
