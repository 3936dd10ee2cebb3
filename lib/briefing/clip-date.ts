/**
 * A clipped article's date as the card shows it ("3 May 2025"). A bare date ("2025-05-03") is a calendar day,
 * so it is read as UTC and shown as UTC; otherwise the reader's time zone would move it a day back in the
 * Americas. Anything unparseable is shown as given.
 */
export function formatClipDate(date: string, locale = 'en-GB'): string {
  const bareDay = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const parsed = new Date(bareDay ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(parsed.getTime())) return date;
  return (bareDay ? utcFormat(locale) : new Intl.DateTimeFormat(locale, DAY_MONTH_YEAR)).format(parsed);
}

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/**
 * Kept per locale: a briefing's Markdown formats a day per article, and making a formatter costs far more
 * than using one. Only the UTC one: the other would keep the time zone it was made in.
 */
const utcFormats = new Map<string, Intl.DateTimeFormat>();
function utcFormat(locale: string): Intl.DateTimeFormat {
  let format = utcFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...DAY_MONTH_YEAR, timeZone: 'UTC' });
    utcFormats.set(locale, format);
  }
  return format;
}
