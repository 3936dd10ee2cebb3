import type { Clip, WatchEntity } from '../types';
import { cleanClip, cleanWatchEntity, clipProblems, watchEntityProblems } from '../validate';
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_FILE_CHARS } from './format';

export type ParsedExport =
  | { ok: true; clips: Clip[]; watchlist: WatchEntity[] }
  | { ok: false; problems: string[] };

/** At most this many record problems are listed; the rest are counted. */
const MAX_LISTED = 20;

const refuse = (...problems: string[]): ParsedExport => ({ ok: false, problems });
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads an export file and checks every record. Any problem refuses the whole file (an import is all or
 * nothing), and the problems say which record and what is wrong with it.
 */
export function parseExport(json: string, now: number): ParsedExport {
  if (json.length > MAX_FILE_CHARS)
    return refuse(`The file is larger than ${MAX_FILE_CHARS / 1e6} MB; nothing was imported.`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return refuse(
      `The file is not valid JSON (is it cut short, or not a Dossier export?): ${e instanceof Error ? e.message : String(e)}. Nothing was imported.`,
    );
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT)
    return refuse('This is not a Dossier export file (no "format": "dossier-export"); nothing was imported.');
  if (data.version !== EXPORT_VERSION)
    return refuse(
      typeof data.version === 'number' && data.version > EXPORT_VERSION
        ? `The file was made by a newer Dossier (export version ${data.version}; this one reads version ${EXPORT_VERSION}). Update Dossier to import it; nothing was imported.`
        : `Unknown export version ${JSON.stringify(data.version)}; this Dossier reads version ${EXPORT_VERSION}. Nothing was imported.`,
    );
  if (!Array.isArray(data.clips)) return refuse('The file has no list of clips; nothing was imported.');
  const watchlist = data.watchlist ?? [];
  if (!Array.isArray(watchlist)) return refuse('The file’s watchlist is not a list; nothing was imported.');

  const problems: string[] = [];
  data.clips.forEach((clip, i) => {
    const found = clipProblems(clip, now);
    if (found.length) problems.push(`Clip ${i + 1}${labelOf(clip)}: ${found.join('; ')}.`);
  });
  watchlist.forEach((entity, i) => {
    const found = watchEntityProblems(entity);
    if (found.length) problems.push(`Watchlist entry ${i + 1}: ${found.join('; ')}.`);
  });
  if (problems.length) {
    const listed = problems.slice(0, MAX_LISTED);
    if (problems.length > MAX_LISTED)
      listed.push(`…and ${problems.length - MAX_LISTED} more invalid records.`);
    return refuse(`${problems.length} invalid record(s): nothing was imported.`, ...listed);
  }
  return {
    ok: true,
    clips: (data.clips as Clip[]).map(cleanClip),
    watchlist: (watchlist as WatchEntity[]).map(cleanWatchEntity),
  };
}

function labelOf(clip: unknown): string {
  const url = isRecord(clip) && typeof clip.url === 'string' ? clip.url : '';
  return url ? ` (${url.length > 120 ? `${url.slice(0, 120)}…` : url})` : '';
}
