export { clipTab, clipWithFeedback, NO_CONTENT_SCRIPT } from './clip-tab';
export { factsFor, nameOf, namesFor } from './facts-handler';
export { readerAutomaton, readerLexicon } from './reader-automaton';
export { changeSettings, SETTINGS_STORAGE_KEY, settingsFor } from './settings-store';
export type { StoreHandlerDeps } from './store-deps';
export { browserStoreDeps } from './store-deps-browser';
export { briefingPath, registerStoreHandlers } from './store-handlers';
export { watchFacts } from './watch-facts';
