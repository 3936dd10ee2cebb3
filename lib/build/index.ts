export { PACKED_AUTOMATON_MODULE, packedAutomatonPlugin } from './packed-automaton-plugin';
