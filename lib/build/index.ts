export { compactCss, compactCssStringsPlugin } from './compact-css-plugin';
export { highlightSheetHooks } from './highlight-sheet';
export { PACKED_AUTOMATON_MODULE, packedAutomatonPlugin } from './packed-automaton-plugin';
