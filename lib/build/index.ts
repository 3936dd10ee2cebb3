export { compactCss, compactCssStringsPlugin } from './compact-css-plugin';
export { PACKED_AUTOMATON_MODULE, packedAutomatonPlugin } from './packed-automaton-plugin';
