import type { Iso2 } from '../gazetteer';
import type { Dependency } from './labels';

/**
 * What each ISO 3166-1 entry that world-countries marks as not independent is, so that the card can say
 * "Territory of France" instead of "Country in Polynesia". world-countries has no sovereign field, hence this
 * table; an entry missing here (new data) falls back to "Territory in <region>".
 */
export type Standing =
  | { dependency: Dependency; of: Iso2 }
  | 'partially-recognised'
  | 'disputed'
  | 'antarctic';

const territoryOf = (of: Iso2): Standing => ({ dependency: 'territory', of });
const autonomousIn = (of: Iso2): Standing => ({ dependency: 'autonomous', of });

export const STANDING: Record<Iso2, Standing> = {
  AQ: 'antarctic',
  AS: territoryOf('US'),
  AI: territoryOf('GB'),
  AW: autonomousIn('NL'),
  AX: autonomousIn('FI'),
  BL: territoryOf('FR'),
  BM: territoryOf('GB'),
  BQ: territoryOf('NL'),
  BV: territoryOf('NO'),
  CC: territoryOf('AU'),
  CK: { dependency: 'associated', of: 'NZ' },
  CW: autonomousIn('NL'),
  CX: territoryOf('AU'),
  EH: 'disputed',
  FK: territoryOf('GB'),
  FO: autonomousIn('DK'),
  GF: territoryOf('FR'),
  GG: { dependency: 'crown', of: 'GB' },
  GI: territoryOf('GB'),
  GL: autonomousIn('DK'),
  GP: territoryOf('FR'),
  GS: territoryOf('GB'),
  GU: territoryOf('US'),
  HK: { dependency: 'special-region', of: 'CN' },
  HM: territoryOf('AU'),
  IM: { dependency: 'crown', of: 'GB' },
  IO: territoryOf('GB'),
  JE: { dependency: 'crown', of: 'GB' },
  KY: territoryOf('GB'),
  MF: territoryOf('FR'),
  MO: { dependency: 'special-region', of: 'CN' },
  MP: territoryOf('US'),
  MQ: territoryOf('FR'),
  MS: territoryOf('GB'),
  NC: territoryOf('FR'),
  NF: territoryOf('AU'),
  NU: { dependency: 'associated', of: 'NZ' },
  PF: territoryOf('FR'),
  PM: territoryOf('FR'),
  PN: territoryOf('GB'),
  PR: territoryOf('US'),
  PS: 'partially-recognised',
  RE: territoryOf('FR'),
  SH: territoryOf('GB'),
  SJ: territoryOf('NO'),
  SX: autonomousIn('NL'),
  TC: territoryOf('GB'),
  TF: territoryOf('FR'),
  TK: territoryOf('NZ'),
  TW: 'partially-recognised',
  UM: territoryOf('US'),
  VG: territoryOf('GB'),
  VI: territoryOf('US'),
  WF: territoryOf('FR'),
  XK: 'partially-recognised',
  YT: territoryOf('FR'),
};
