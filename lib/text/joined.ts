import type { TextChunk } from './chunks';

/** The separator that stands for a block boundary in joined text. */
export const BLOCK_SEPARATOR = '\n';

export interface JoinedText {
  text: string;
  /** Offset in `text` where each chunk starts, parallel to the chunks. */
  starts: number[];
}

/** Joins chunks into one string, with a separator wherever a block boundary falls. */
export function joinChunks(
  chunks: ReadonlyArray<Pick<TextChunk<unknown>, 'text' | 'breakBefore'>>,
): JoinedText {
  const parts: string[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const chunk of chunks) {
    if (chunk.breakBefore) {
      parts.push(BLOCK_SEPARATOR);
      offset += BLOCK_SEPARATOR.length;
    }
    starts.push(offset);
    parts.push(chunk.text);
    offset += chunk.text.length;
  }
  return { text: parts.join(''), starts };
}
