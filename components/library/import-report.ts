import type { ImportReport } from '@/lib/store';

/**
 * What a preview means for the reader: the file is refused (its problems say why), it would change
 * nothing (everything in it is already here), or it is ready to import.
 */
export type ImportVerdict = 'refused' | 'nothing-new' | 'ready';

export function importVerdict(report: ImportReport): ImportVerdict {
  const touched = report.add + report.update + report.skip;
  // A refused file comes back with no counts at all, only the reasons.
  if (touched === 0 && report.problems.length > 0) return 'refused';
  if (report.add + report.update === 0) return 'nothing-new';
  return 'ready';
}
