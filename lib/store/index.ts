export { clipForUrl, deleteClip, getClip, restoreClip, type SavedClip, saveClip, updateClip } from './clips';
export {
  type ClipV1,
  DB_NAME,
  type DbOptions,
  type DossierDb,
  openDb,
  SCHEMA_V1,
  SCHEMA_V2,
  tallyFacets,
} from './db';
export { clipsAbout, entityCounts, entityInStore, MAX_BRIEFING_CLIPS } from './entities';
export { messageOf, StoreError } from './errors';
export { storeFacets } from './facets';
export { scriptInHtml } from './html-safety';
export { listClips, MAX_PAGE } from './list';
export { cleanTags, reclippedNote } from './records';
export { MAX_SEARCH_RESULTS, searchClips } from './search';
export { persistIndex } from './search-sync';
export { closeStore, openStore, type SearchEngine, type Store, type StoreOptions } from './store';
export {
  applyImport,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  type ExportPart,
  exportPart,
  exportStore,
  MAX_FILE_CHARS,
  parseExport,
  previewImport,
} from './transfer';
export type {
  Clip,
  ClipAboutEntity,
  ClipDraft,
  ClipEntity,
  ClipFilter,
  ClipSummary,
  EntityBriefing,
  EntityInStore,
  ImportReport,
  SearchHit,
  WatchEntity,
} from './types';
export { normaliseUrl, siteOfUrl } from './url';
export {
  cleanClip,
  cleanWatchEntity,
  clipProblems,
  draftProblems,
  LIMITS,
  watchEntityProblems,
} from './validate';
export { getWatchlist, saveWatchlist } from './watchlist';
