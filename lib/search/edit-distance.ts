/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, so "Reutres" is one edit
 * from "reuters"), bounded: the answer is only exact up to `max`, anything farther is `max + 1`.
 *
 * `full` is the distance between `a` and the whole of `b`; `prefix` the distance between `a` and the
 * closest prefix of `b` ("afgan" is one edit from "afghan…"), for words the reader is still typing.
 */
export function boundedDistance(a: string, b: string, max: number): { full: number; prefix: number } {
  const m = a.length;
  const n = b.length;
  const far = max + 1;
  // Rows i-2, i-1 and i of the (m+1) x (n+1) table, reused.
  let prev2 = new Array<number>(n + 1).fill(far);
  let prev = new Array<number>(n + 1);
  let row = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return { full: far, prefix: far };
    [prev2, prev, row] = [prev, row, prev2];
  }
  let prefix = far;
  for (let j = 0; j <= n; j++) prefix = Math.min(prefix, prev[j] as number);
  return { full: Math.min(far, prev[n] as number), prefix: Math.min(far, prefix) };
}
