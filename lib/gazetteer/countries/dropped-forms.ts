/**
 * Forms the dataset lists that we do not match, each with why: they are ordinary words, people's
 * names, brands, or belong to another country more often than to this one.
 */
export const DROPPED_FORMS: Record<string, Record<string, string>> = {
  IS: { Island: 'an ordinary English word (and German for Iceland)' },
  IM: { Mann: 'a common surname', Mannin: 'rare, and a surname' },
  AE: { Emirates: 'usually the airline' },
  DM: { Dominique: 'a given name', Dominican: 'news means the Dominican Republic' },
  JP: { Nippon: 'mostly company names (Nippon Steel)', Nihon: 'mostly company names' },
  TH: { Prathet: 'a fragment ("country"), not a name' },
  CG: { Congo: 'news means the DR Congo by bare "Congo" (AP, Reuters)', Congolese: 'likewise' },
  IO: { Indian: 'means India (or Native Americans), never this territory' },
  TF: { French: 'means France' },
  BQ: { Dutch: 'means the Netherlands' },
  SJ: { Norwegian: 'means Norway' },
  MP: { American: 'means the United States' },
  UM: { 'American Islander': 'not used in news' },
  GG: { 'Channel Islander': 'shared with Jersey; names neither' },
  JE: { 'Channel Islander': 'shared with Guernsey; names neither' },
  VG: { 'Virgin Islands': 'shared with the US Virgin Islands', 'Virgin Islander': 'shared likewise' },
  VI: { 'Virgin Islander': 'shared with the British Virgin Islands' },
  SX: {
    'Saint-Martin': 'French for the whole island; Saint Martin is the French part',
    'São Martinho': 'likewise, in Portuguese',
  },
  ZA: { RSA: 'mostly the cryptosystem in English text' },
  KN: { 'Kittitian or Nevisian': 'not a form, two forms joined' },
  FJ: { Viti: 'rare, and a word in other languages' },
  GF: { Guiana: 'also the region spanning three countries' },
  TL: { Timor: 'also the island, shared with Indonesia' },
};

/** Translations that are English words or given names; the matcher would mark them in English text. */
export const DROPPED_TRANSLATIONS: ReadonlySet<string> = new Set([
  'Island',
  'Maurice',
  'Dominique',
  'Man',
  'Chili',
  'Salomon',
  'Marianne',
  'Bélgica',
]);
