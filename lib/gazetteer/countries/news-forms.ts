import type { AliasSpec } from '../types';

/**
 * Forms that news uses and the dataset lacks, by ISO2. Curated by hand; sources: AP and Reuters style
 * guides (U.S., U.K., Britain), UN terminology (Türkiye, Côte d'Ivoire, Cabo Verde), and common usage.
 */
export const NEWS_FORMS: Record<string, Array<string | AliasSpec>> = {
  US: [
    { text: 'US', exact: true },
    { text: 'U.S.', exact: true },
    { text: 'U.S.A.', exact: true },
    'America',
    'Americans',
  ],
  GB: [
    { text: 'UK', exact: true },
    { text: 'U.K.', exact: true },
    'Britain',
    'Britons',
    'Brits',
    'England',
    'Scotland',
    'Scottish',
    'Wales',
    'Northern Ireland',
    'Northern Irish',
  ],
  TR: ['Turkey', 'Turks'],
  CN: [{ text: 'PRC', exact: true }],
  KR: [{ text: 'ROK', exact: true }, 'Korea'],
  KP: ['Pyongyang regime'],
  SA: [{ text: 'KSA', exact: true }, 'Saudis'],
  AE: [{ text: 'UAE', exact: true }, 'Emiratis'],
  CD: ['Congo', 'Congolese', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CV: ['Cabo Verde'],
  CZ: ['Czechs'],
  SK: ['Slovaks'],
  DK: ['Danes'],
  SE: ['Swedes'],
  FI: ['Finns'],
  PL: ['Poles'],
  ES: ['Spaniards'],
  GR: ['Greeks'],
  NL: ['Dutch'],
  FR: ['French'],
  NO: ['Norwegian', 'Norwegians'],
  IN: ['Indian', 'Indians'],
  LA: ['Laotians'],
  VA: ['Holy See'],
  TL: ['East Timor'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  MM: ['Burma', 'Burmese'],
  CI: ['Ivory Coast', 'Ivorians'],
  PS: ['Palestinians', 'Palestinian territories'],
  TW: ['Taiwanese'],
  HK: ['Hong Kongers'],
  TH: ['Thais'],
  PH: ['Filipinos', 'Philippine'],
  NZ: [{ text: 'NZ', exact: true }, 'New Zealanders', 'Kiwis'],
  BA: ['Bosnia'],
  BH: ['Bahrainis'],
  KG: ['Kyrgyz Republic', 'Kyrgyz'],
  TJ: ['Tajik', 'Tajiks'],
  UZ: ['Uzbek', 'Uzbeks'],
  KZ: ['Kazakh', 'Kazakhs'],
  CH: ['Swiss'],
  BY: ['Belarusians'],
  VN: ['Viet Nam'],
  IR: ['Iranians'],
};

/** Two-letter and other short codes the dataset lists that stand for something else in text ("IS", "NO", "IT"). */
export function isCodeLike(form: string): boolean {
  return /^[A-Z]{2}$/.test(form);
}
