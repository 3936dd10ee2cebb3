/**
 * A page's declared language as a BCP 47 tag ("en_GB" → "en-GB", "EN-au" → "en-AU"); null for what is no
 * language tag at all (empty, "x-default", a sentence).
 */
export function normaliseLang(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const tag = raw.trim().replace(/_/g, '-');
  if (!tag || tag.length > 35 || /^x-/i.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}
