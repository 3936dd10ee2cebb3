import type { OrganisationRecord } from '../types';

/*
 * International and regional courts and tribunals. The International Court of Justice is a UN principal organ and
 * lives in un-system.ts. Bare "the court" / "the tribunal" are never aliases: they are everyday words.
 */
export const COURTS: OrganisationRecord[] = [
  {
    id: 'org:icc',
    name: 'International Criminal Court',
    acronyms: ['ICC'],
    aliases: ['International Criminal Court'],
    type: 'court',
    description:
      'Permanent court in The Hague that tries individuals for genocide, war crimes and crimes against humanity.',
    founded: 2002,
    headquarters: 'NL',
    rules: {
      ICC: {
        rejectNear: {
          words: [
            'cricket',
            'cricketer',
            'cricketers',
            'ODI',
            'ODIs',
            'T20',
            'T20I',
            'T20Is',
            'wicket',
            'wickets',
            'batsman',
            'batter',
            'batters',
            'bowler',
            'bowlers',
            'innings',
            'umpire',
            'umpires',
            'BCCI',
            'PCB',
            'Commerce',
          ],
          window: 25,
        },
        note: 'ICC is also the International Cricket Council and the International Chamber of Commerce.',
        examples: {
          kept: [
            'The ICC issued an arrest warrant for the Russian president.',
            'Judges at the ICC rejected the appeal.',
          ],
          dropped: [
            'The ICC fined the captain for a slow over rate in the T20 match.',
            'The ICC, the International Chamber of Commerce, said trade finance was drying up.',
          ],
        },
      },
    },
    source: 'Wikipedia: International Criminal Court; icc-cpi.int',
  },
  {
    id: 'org:echr-court',
    name: 'European Court of Human Rights',
    acronyms: ['ECtHR', 'ECHR'],
    aliases: ['European Court of Human Rights'],
    type: 'court',
    description:
      'Council of Europe court in Strasbourg that rules on breaches of the European Convention on Human Rights.',
    founded: 1959,
    headquarters: 'FR',
    parent: 'org:council-of-europe',
    rules: {
      ECHR: {
        requireNear: {
          words: [
            'court',
            'judges',
            'ruling',
            'ruled',
            'rules',
            'judgment',
            'judgement',
            'Strasbourg',
            'case',
            'appeal',
          ],
          window: 10,
        },
        orPriorMention: true,
        note: 'ECHR more often names the European Convention on Human Rights itself (e.g. "leave the ECHR").',
        examples: {
          kept: [
            'The ECHR ruled that Switzerland had failed to protect older women from climate change.',
            'The European Court of Human Rights sits in Strasbourg. Last year the ECHR heard a record number of cases.',
          ],
          dropped: [
            'The Conservatives want Britain to leave the ECHR.',
            'Leaving the ECHR would please the party base.',
          ],
        },
      },
    },
    source: 'Wikipedia: European Court of Human Rights; echr.coe.int',
  },
  {
    id: 'org:cjeu',
    name: 'Court of Justice of the European Union',
    acronyms: ['CJEU', 'ECJ'],
    aliases: [
      'Court of Justice of the European Union',
      'European Court of Justice',
      'EU Court of Justice',
      'EU Court',
    ],
    type: 'court',
    description:
      'Highest court on EU law, in Luxembourg; rules on disputes between EU bodies, states and companies.',
    founded: 1952,
    headquarters: 'LU',
    parent: 'org:eu',
    rules: {
      'EU Court': {
        rejectBefore: ['of Auditors'],
        note: 'Prefix of the EU Court of Auditors, which is a different body.',
        examples: {
          kept: [
            'The EU Court ruled that the fine against Google stands.',
            'The EU Court struck down the data transfer deal.',
          ],
          dropped: ['The EU Court of Auditors criticised spending from the recovery fund.'],
        },
      },
    },
    source: 'Wikipedia: Court of Justice of the European Union; curia.europa.eu',
  },
  {
    id: 'org:permanent-court-of-arbitration',
    name: 'Permanent Court of Arbitration',
    acronyms: ['PCA'],
    aliases: ['Permanent Court of Arbitration'],
    type: 'court',
    description: 'Hague body that administers arbitration between states, companies and other parties.',
    founded: 1899,
    headquarters: 'NL',
    rules: {
      PCA: {
        requireNear: {
          words: ['arbitration', 'arbitral', 'tribunal', 'Hague', 'award', 'ruling', 'Indus'],
          window: 15,
        },
        orPriorMention: true,
        note: "PCA is also the Professional Cricketers' Association and other bodies.",
        examples: {
          kept: [
            'The PCA tribunal ruled on the Indus waters dispute.',
            'The award by the PCA in The Hague rejected Chinese claims.',
          ],
          dropped: [
            'The PCA said county players would get a pay rise.',
            'Doctors said the PCA pump eased her pain.',
          ],
        },
      },
    },
    source: 'Wikipedia: Permanent Court of Arbitration; pca-cpa.org',
  },
  {
    id: 'org:special-tribunal-for-lebanon',
    name: 'Special Tribunal for Lebanon',
    acronyms: ['STL'],
    aliases: ['Special Tribunal for Lebanon'],
    type: 'court',
    description:
      'UN-backed tribunal near The Hague that tried the 2005 killing of Lebanese ex-PM Rafik Hariri; closed 2023.',
    founded: 2009,
    headquarters: 'NL',
    rules: {
      STL: {
        requireNear: {
          words: ['Lebanon', 'Lebanese', 'Hariri', 'tribunal', 'Hezbollah', 'Beirut'],
          window: 15,
        },
        orPriorMention: true,
        note: 'STL is the common abbreviation for St. Louis.',
        examples: {
          kept: [
            'The STL convicted a Hezbollah member over the Hariri killing.',
            'The STL, the tribunal set up after the bombing in Beirut, closed its doors after 15 years.',
          ],
          dropped: [
            'Flights out of STL were delayed by snow.',
            'The Cardinals beat Chicago in STL on Sunday.',
          ],
        },
      },
    },
    source: 'Wikipedia: Special Tribunal for Lebanon; stl-tsl.org',
  },
  {
    id: 'org:icty',
    name: 'International Criminal Tribunal for the former Yugoslavia',
    acronyms: ['ICTY'],
    aliases: [
      'International Criminal Tribunal for the former Yugoslavia',
      'International Criminal Tribunal for the Former Yugoslavia',
    ],
    type: 'court',
    description: 'UN tribunal in The Hague for war crimes of the 1990s Balkan wars; closed in 2017.',
    founded: 1993,
    headquarters: 'NL',
    parent: 'org:un',
    source: 'Wikipedia: International Criminal Tribunal for the former Yugoslavia; icty.org',
  },
  {
    id: 'org:ictr',
    name: 'International Criminal Tribunal for Rwanda',
    acronyms: ['ICTR'],
    aliases: ['International Criminal Tribunal for Rwanda'],
    type: 'court',
    description: 'UN tribunal in Arusha that tried leaders of the 1994 genocide in Rwanda; closed in 2015.',
    founded: 1994,
    headquarters: 'TZ',
    parent: 'org:un',
    source: 'Wikipedia: International Criminal Tribunal for Rwanda; unictr.irmct.org',
  },
  {
    id: 'org:irmct',
    name: 'International Residual Mechanism for Criminal Tribunals',
    acronyms: ['IRMCT', 'MICT'],
    aliases: [
      'International Residual Mechanism for Criminal Tribunals',
      'Mechanism for International Criminal Tribunals',
    ],
    type: 'court',
    description:
      'UN body in The Hague and Arusha that finishes the remaining work of the Yugoslavia and Rwanda tribunals.',
    founded: 2010,
    headquarters: 'NL',
    parent: 'org:un',
    source: 'Wikipedia: International Residual Mechanism for Criminal Tribunals; irmct.org',
  },
  {
    id: 'org:inter-american-court-of-human-rights',
    name: 'Inter-American Court of Human Rights',
    acronyms: ['IACtHR'],
    aliases: ['Inter-American Court of Human Rights'],
    type: 'court',
    description:
      'OAS court in San José that rules on rights violations under the American Convention on Human Rights.',
    founded: 1979,
    headquarters: 'CR',
    parent: 'org:oas',
    source: 'Wikipedia: Inter-American Court of Human Rights; corteidh.or.cr',
  },
  {
    id: 'org:african-court-on-human-and-peoples-rights',
    name: "African Court on Human and Peoples' Rights",
    acronyms: ['AfCHPR'],
    aliases: ["African Court on Human and Peoples' Rights", 'African Court'],
    type: 'court',
    description:
      "African Union court in Arusha that rules on breaches of the African Charter on Human and Peoples' Rights.",
    founded: 2004,
    headquarters: 'TZ',
    parent: 'org:african-union',
    rules: {
      'African Court': {
        rejectAfter: ['East', 'West', 'South', 'Southern'],
        rejectBefore: ['of Justice'],
        note: 'Prefix of other courts, e.g. the East African Court of Justice.',
        examples: {
          kept: [
            'The African Court ordered Tanzania to change its election law.',
            'Judges at the African Court in Arusha heard the case.',
          ],
          dropped: [
            'The East African Court of Justice in Arusha heard the case.',
            'The African Court of Justice was never set up.',
          ],
        },
      },
    },
    source: "Wikipedia: African Court on Human and Peoples' Rights; african-court.org",
  },
  {
    id: 'org:itlos',
    name: 'International Tribunal for the Law of the Sea',
    acronyms: ['ITLOS'],
    aliases: ['International Tribunal for the Law of the Sea'],
    type: 'court',
    description: 'Hamburg court set up under the UN Law of the Sea treaty to settle maritime disputes.',
    founded: 1996,
    headquarters: 'DE',
    source: 'Wikipedia: International Tribunal for the Law of the Sea; itlos.org',
  },
  {
    id: 'org:court-of-arbitration-for-sport',
    name: 'Court of Arbitration for Sport',
    acronyms: ['CAS'],
    aliases: ['Court of Arbitration for Sport'],
    type: 'court',
    description:
      'Lausanne tribunal that settles sports disputes, including doping bans and Olympic eligibility.',
    founded: 1984,
    headquarters: 'CH',
    rules: {
      CAS: {
        requireNear: {
          words: [
            'sport',
            'sports',
            'doping',
            'appeal',
            'athlete',
            'athletes',
            'Olympic',
            'Olympics',
            'FIFA',
            'UEFA',
            'WADA',
            'ban',
            'banned',
            'Lausanne',
            'arbitration',
          ],
          window: 15,
        },
        orPriorMention: true,
        rejectNear: { words: ['Academy', 'Sciences', 'Chinese'], window: 10 },
        note: 'CAS is also the Chinese Academy of Sciences.',
        examples: {
          kept: [
            'The CAS upheld the doping ban on the skater.',
            'FIFA lost its appeal at the CAS in Lausanne.',
          ],
          dropped: [
            'Researchers at the CAS unveiled a new quantum chip.',
            'The CAS, China top science academy, lost its appeal over the banned chip.',
          ],
        },
      },
    },
    source: 'Wikipedia: Court of Arbitration for Sport; tas-cas.org',
  },
];
