import type { Clip, WatchEntity } from '../types';

export const EXPORT_FORMAT = 'dossier-export';
export const EXPORT_VERSION = 1;
/** Largest file an import reads, in characters (about 200 MB). */
export const MAX_FILE_CHARS = 200_000_000;

/** An export file, version 1. Clips are whole (body included); entityIds and site are derived on import. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  clips: Clip[];
  watchlist: WatchEntity[];
}
