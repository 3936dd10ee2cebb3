/**
 * Publication dates as pages write them, made into ISO 8601 (UTC). Pages mostly give ISO forms, with or
 * without a zone; a date-time without a zone is read as UTC rather than in the reader's zone, so that the
 * same page gives the same date on every machine.
 */

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** An explicit zone in a free-form date ("GMT", "UTC", "Z", "+0200", "-05:00"). */
const HAS_ZONE = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\s*$)/i;

/** Years a news page's date can plausibly name; anything else is a placeholder or a parsing accident. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

function fromIso(m: RegExpExecArray): number {
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  // Date.UTC reads years 0 to 99 as 1900 to 1999: "0001-01-01" would become 1901.
  if (Number(y) < FIRST_YEAR) return Number.NaN;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Month 13 or day 32 would roll over silently in Date.UTC: refuse them instead.
  const check = new Date(ms);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return Number.NaN;
  ms += Math.round(Number(`0.${frac}`) * 1000);
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
    ms -= sign * offset * 60_000;
  }
  return ms;
}

/** A page's date string as ISO 8601 in UTC, or null when it names no plausible date. */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim();
  if (value.length < 8 || value.length > 100) return null;
  const iso = ISO_LIKE.exec(value);
  let ms: number;
  if (iso) {
    ms = fromIso(iso);
  } else {
    // Only strings that name a year: Date.parse accepts "1" or "May" as dates.
    if (!/\b\d{4}\b/.test(value)) return null;
    ms = Date.parse(value);
    // Date.parse reads a zoneless date-time in the local zone; move it back to the same wall time in UTC.
    if (!Number.isNaN(ms) && !HAS_ZONE.test(value)) ms -= new Date(ms).getTimezoneOffset() * 60_000;
  }
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return new Date(ms).toISOString();
}
