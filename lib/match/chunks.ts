import type { Matcher } from './index';
import { HARD_BREAK, type Mention } from './stream';

/** Feeds text pieces (text nodes in document order) through one stream and returns every mention. */
export function matchChunks(
  matcher: Matcher,
  chunks: Iterable<{ text: string; breakBefore: boolean }>,
): Mention[] {
  // One string to scan instead of one per piece, a block break where one falls.
  const parts: string[] = [];
  for (const chunk of chunks) {
    if (chunk.breakBefore) parts.push(HARD_BREAK);
    parts.push(chunk.text);
  }
  const stream = matcher.stream();
  return [...stream.push(parts.join('')), ...stream.end()];
}
