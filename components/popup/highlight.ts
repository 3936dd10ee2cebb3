/** A run of text, marked when the search matched it. */
export interface Segment {
  text: string;
  hit: boolean;
}

type Range = [start: number, end: number];

/**
 * Cuts `value` into runs at the match ranges (inclusive [start, end] pairs, as Fuse.js gives them). Ranges
 * out of bounds are clipped, overlapping ones merged; single letters are dropped when longer runs exist,
 * because a fuzzy matcher scatters them over every word and the reader cannot see why they are marked.
 */
export function segments(value: string, indices: readonly Range[]): Segment[] {
  const ranges = mergeRanges(value.length, indices);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: value.slice(at, start), hit: false });
    out.push({ text: value.slice(start, end + 1), hit: true });
    at = end + 1;
  }
  if (at < value.length || out.length === 0) out.push({ text: value.slice(at), hit: false });
  return out;
}

function mergeRanges(length: number, indices: readonly Range[]): Range[] {
  const clipped = indices
    .map(([s, e]): Range => [Math.max(0, s), Math.min(length - 1, e)])
    .filter(([s, e]) => e >= s);
  const long = clipped.filter(([s, e]) => e > s);
  const kept = (long.length > 0 ? long : clipped).sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of kept) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * A window of about `width` characters of a long value (an article's text) around its first match, with
 * the match ranges moved into it, so that the reader sees the words that matched and not the first line.
 */
export function snippet(
  value: string,
  indices: readonly Range[],
  width = 90,
): { text: string; indices: Range[] } {
  const flat = value.replace(/\s+/g, ' ');
  // Whitespace runs shrink to one space: re-index through a map from old to new positions.
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    map[i] = j;
    if (!(/\s/.test(value[i] ?? '') && /\s/.test(value[i + 1] ?? ''))) j++;
  }
  const moved = indices.map(([s, e]): Range => [map[s] ?? flat.length, map[e] ?? flat.length - 1]);
  if (flat.length <= width) return { text: flat, indices: moved };
  const first = mergeRanges(flat.length, moved)[0] ?? [0, 0];
  let start = Math.max(0, first[0] - Math.floor(width / 3));
  // Start at a word boundary, unless that would lose the match.
  const space = flat.lastIndexOf(' ', start);
  if (start > 0 && space >= 0 && first[0] - space < width / 2) start = space + 1;
  const end = Math.min(flat.length, start + width);
  const lead = start > 0 ? '…' : '';
  const tail = end < flat.length ? '…' : '';
  const shift = start - lead.length;
  return {
    text: `${lead}${flat.slice(start, end)}${tail}`,
    indices: moved
      .map(([s, e]): Range => [s - shift, Math.min(e, end - 1) - shift])
      .filter(([s, e]) => s >= lead.length && e >= s),
  };
}
