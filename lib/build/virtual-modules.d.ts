declare module 'virtual:dossier/packed-automaton' {
  /** The gazetteer compiled at build time; load it with `unpackAutomaton`. */
  const packed: string;
  export default packed;
}
