/** The reader's calendar day of a time, as YYYY-MM-DD (files are named for the day the reader sees). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A name as a file-name part: lower case, accents dropped, anything but letters and digits as one "-". */
export function fileSlug(name: string, fallback = 'entity'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** "dossier-export-2025-05-03.json". */
export const exportFileName = (date: Date): string => `dossier-export-${localDay(date)}.json`;

/** "dossier-briefing-afghanistan-2025-05-03.md". */
export const briefingFileName = (name: string, date: Date): string =>
  `dossier-briefing-${fileSlug(name)}-${localDay(date)}.md`;

/** "dossier-export-afghanistan-2025-05-03.json": an entity's articles, exported as a selection. */
export const selectionFileName = (name: string, date: Date): string =>
  `dossier-export-${fileSlug(name)}-${localDay(date)}.json`;
