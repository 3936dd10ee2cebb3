const MARKS = /\p{M}/gu;
const NON_ASCII = /[\u0080-\uffff]/;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const NOT_ASCII_WORD = /[^a-z0-9]+/;

/** Lower case with diacritics removed, so that "Turkiye" meets "Türkiye". */
export function normalise(text: string): string {
  // Most text is plain ASCII: lower-casing is all it needs, and NFD over 50k excerpts is what loading costs.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  const ascii = !NON_ASCII.test(text);
  return (ascii ? text.toLowerCase().split(NOT_ASCII_WORD) : normalise(text).split(NOT_WORD)).filter(
    (t) => t.length > 0,
  );
}

/** The largest edit distance a query word may be off by: short words must be typed right. */
export function maxTypos(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * Damerau–Levenshtein (optimal string alignment) distance, giving up as soon as it must exceed `max`:
 * transposed letters ("Isreal") count as one typo.
 */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return false;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return (prev[n] as number) <= max;
}
