/**
 * A clipped article's date as the card shows it ("3 May 2025"). A bare date ("2025-05-03") is a calendar day,
 * so it is read as UTC and shown as UTC; otherwise the reader's time zone would move it a day back in the
 * Americas. Anything unparseable is shown as given.
 */
export function formatClipDate(date: string, locale = 'en-GB'): string {
  const bareDay = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const parsed = new Date(bareDay ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(bareDay ? { timeZone: 'UTC' } : {}),
  }).format(parsed);
}
