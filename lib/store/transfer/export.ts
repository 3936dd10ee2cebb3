import type { WatchEntity } from '../types';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';

/**
 * The file's text before its clips. With exportTail it writes what JSON.stringify writes of an ExportFile
 * (same keys, same order), so that an export's parts, joined, are one JSON file.
 */
export function exportHead(exportedAt: string): string {
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt });
  return `${head.slice(0, -1)},"clips":[`;
}

/** The file's text after its clips. */
export function exportTail(watchlist: readonly WatchEntity[]): string {
  return `],"watchlist":${JSON.stringify(watchlist)}}`;
}
