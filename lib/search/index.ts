export { createSearchIndex, loadSearchIndex, SEARCH_SNAPSHOT_VERSION } from './token-index';
export type { SearchDoc, SearchIndex, SearchResult, SearchSnapshot } from './types';
