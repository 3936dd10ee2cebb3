import type { OrganisationRecord } from '../types';
import { ARMED_GROUPS } from './armed-groups';
import { CENTRAL_BANKS } from './central-banks';
import { COMPANIES } from './companies';
import { COURTS } from './courts';
import { INTERGOVERNMENTAL } from './intergovernmental';
import { NEWS_AGENCIES } from './news-agencies';
import { NGOS } from './ngos';
import { POLITICAL_PARTIES } from './political-parties';
import { SECURITY_SERVICES } from './security-services';
import { UN_SYSTEM } from './un-system';

/** Every organisation we curate, by file. */
export const ORGANISATIONS: readonly OrganisationRecord[] = [
  ...UN_SYSTEM,
  ...INTERGOVERNMENTAL,
  ...COURTS,
  ...CENTRAL_BANKS,
  ...NEWS_AGENCIES,
  ...ARMED_GROUPS,
  ...SECURITY_SERVICES,
  ...NGOS,
  ...POLITICAL_PARTIES,
  ...COMPANIES,
];
