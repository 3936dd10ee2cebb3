import type { Clip, WatchEntity } from '../types';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './format';

/** The export file of these clips and watchlist, as JSON text. */
export function buildExport(clips: readonly Clip[], watchlist: readonly WatchEntity[], now: number): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    clips: [...clips],
    watchlist: [...watchlist],
  };
  return JSON.stringify(file);
}
