export { createSearchIndex, loadSearchIndex, SEARCH_SNAPSHOT_VERSION } from './search-index';
export type { SearchDoc, SearchIndex, SearchResult, SearchSnapshot } from './types';
