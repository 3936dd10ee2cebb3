import type { Clip, WatchEntity } from '../types';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';

/**
 * The file's text before its clips. With exportTail it writes what JSON.stringify writes of an ExportFile
 * (same keys, same order), so that an export sent in parts is byte for byte the export made at once.
 */
export function exportHead(exportedAt: string): string {
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt });
  return `${head.slice(0, -1)},"clips":[`;
}

/** The file's text after its clips. */
export function exportTail(watchlist: readonly WatchEntity[]): string {
  return `],"watchlist":${JSON.stringify(watchlist)}}`;
}

/** The export file of these clips and watchlist, as JSON text. */
export function buildExport(clips: readonly Clip[], watchlist: readonly WatchEntity[], now: number): string {
  const clipsText = clips.map((c) => JSON.stringify(c)).join(',');
  return exportHead(new Date(now).toISOString()) + clipsText + exportTail(watchlist);
}
