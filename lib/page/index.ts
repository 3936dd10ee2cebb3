export { compareDocumentOrder } from './document-order';
export { frameOffset } from './frames';
export { everyHighlightCss, HIGHLIGHT_NAMES, type HighlightStyle, highlightNames } from './highlight-styles';
export { createHighlighter, type Highlighter, type HighlighterOptions, kindOf } from './highlighter';
export {
  boundingRect,
  caretAt,
  type FrameThrottled,
  lineBoxes,
  type MentionHit,
  markRects,
  mentionAtPoint,
  throttleToFrame,
} from './hit-test';
export { type Mark, MarkLocator } from './marks';
export { createMutationWatcher, type MutationWatcher, type MutationWatcherOptions } from './mutation-watcher';
export { createPageScanner, type PageScanner, type PageScannerOptions, type ScanStats } from './page-scanner';
export {
  countEntities,
  type DocumentScan,
  type EntityCount,
  OWN_UI_ATTRIBUTE,
  scanDocument,
} from './scan-document';
export { createSliceScheduler, type Slice, type SliceScheduler, type SliceStats } from './scheduler';
export { MentionIndex } from './text-index';
export { TextPass } from './text-pass';
export { TextWalker, type TextWalkerOptions } from './text-walker';
