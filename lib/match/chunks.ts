import type { Matcher } from './index';
import type { Mention } from './stream';

/** Feeds text pieces (text nodes in document order) through one stream and returns every mention. */
export function matchChunks(
  matcher: Matcher,
  chunks: Iterable<{ text: string; breakBefore: boolean }>,
): Mention[] {
  const stream = matcher.stream();
  return [...stream.pushAll(chunks), ...stream.end()];
}
