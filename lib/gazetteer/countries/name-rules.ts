import type { AliasRule } from '../types';

/** Words that come before a surname: a given name or an honorific makes the next word a person. */
const PERSON_LEAD_INS = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Sen',
  'Senator',
  'Rep',
  'Gov',
  'Coach',
  'Judge',
  'Justice',
  'Sir',
  'Dame',
  'Michael',
  'Vernon',
  'DeAndre',
  'Jim',
  'Eddie',
  'Barbara',
  'Pascual',
  'Camille',
  'Jordan',
  'Katie',
  'Chris',
  'Brian',
  'Ryan',
  'Alex',
  'David',
  'John',
  'Mike',
  'Tom',
  'Mary',
  'Sarah',
  'Matt',
  'Kevin',
  'Jeff',
  'Peter',
];

/** Continuations that say the word is a person: ", who", "'s wife", a surname. */
const PERSON_CONTINUATIONS = [
  ', who',
  "'s wife",
  '’s wife',
  "'s husband",
  '’s husband',
  ', a player',
  ', the player',
];

const MATHS_AND_SCIENCE = [
  'algebra',
  'algebras',
  'curve',
  'curves',
  'normal form',
  'decomposition',
  'block',
  'blocks',
  'chain',
  'product',
  'measure',
  'lemma',
  'theorem',
];

/** "Jordan" and "Chad" are common given names and surnames; "Jordan" also names things in mathematics. */
export const PERSON_NAME_RULE: AliasRule = {
  rejectAfter: PERSON_LEAD_INS,
  rejectBefore: [...PERSON_CONTINUATIONS, ...MATHS_AND_SCIENCE],
  rejectNextCapitalised: true,
  allowNextCapitalised: [
    'River',
    'Valley',
    'Basin',
    'Rift',
    'Lake',
    'Armed',
    'Defense',
    'Defence',
    'Police',
    'Prize',
  ],
  note: 'given name or surname (Michael Jordan, Chad Smith) or a mathematical term (Jordan algebra), not the country',
};

/** "Israel", "India" and "Kenya" are given names (Israel Katz, India Knight, Kenya Moore); a capitalised word after them is a surname. */
export const GIVEN_NAME_RULE: AliasRule = {
  rejectAfter: PERSON_LEAD_INS,
  rejectNextCapitalised: true,
  allowNextCapitalised: [
    'Defense',
    'Defence',
    'Police',
    'Prize',
    'Today',
    'Gate',
    'Inc',
    'Post',
    'Meteorological',
    'Railways',
    'Army',
    'Navy',
    'Air',
    'Airport',
    'Electric',
    'Aerospace',
    'Museum',
    'Prison',
    'Prisons',
    'Radio',
    'TV',
    'Television',
    'Hayom',
    'Pakistan',
    'China',
    'Russia',
    'Iran',
    'Hamas',
    'Hezbollah',
    'Cup',
    'Test',
    'Open',
  ],
  note: 'a given name when a surname follows (Israel Adesanya, India Knight)',
};

/** Cues that "Georgia" is the US state. */
const US_STATE_CUES = [
  'Atlanta',
  'Savannah',
  'Augusta',
  'Macon',
  'Kemp',
  'Raffensperger',
  'Warnock',
  'Ossoff',
  'Fulton',
  'County',
  'Gov',
  'governor',
  'GOP',
  'Republican',
  'Republicans',
  'Democrat',
  'Democrats',
  'Democratic',
  'senator',
  'Senate',
  'Alabama',
  'Florida',
  'Tennessee',
  'Carolina',
  'Texas',
  'Ohio',
  'Arizona',
  'Pennsylvania',
  'Michigan',
  'Wisconsin',
  'Nevada',
  'Virginia',
  'Bulldogs',
  'Tech',
  'peach',
  'primaries',
  'ballots',
  'statehouse',
  'state',
];

/** "Georgia" is also a US state; news names the state with a city, a governor or other states. */
export const US_STATE_RULE: AliasRule = {
  rejectNear: { words: US_STATE_CUES, window: 8 },
  // The country's adjective is "Georgian": "Georgia voters" are the state's.
  rejectBefore: [
    'voters',
    'lawmakers',
    'legislature',
    'primary',
    'runoff',
    'Republicans',
    'Democrats',
    'Bulldogs',
    'Tech',
    'State',
    'Power',
    'peach',
  ],
  rejectAfter: PERSON_LEAD_INS,
  rejectNextCapitalised: true,
  allowNextCapitalised: ['Dream', 'Armed', 'Defense', 'Defence', 'Police'],
  note: 'the US state when a US city, politician or state is near ("Atlanta, Georgia"), or a given name (Georgia O’Keeffe)',
};

/** Aliases of a country that carry a rule, keyed by ISO2 and alias text. */
export const COUNTRY_RULES: Record<string, Record<string, AliasRule>> = {
  JO: {
    Jordan: {
      ...PERSON_NAME_RULE,
      // Pascual Jordan, the physicist, and the algebras named after him.
      rejectNear: {
        words: [
          'algebra',
          'algebras',
          'Neumann',
          'Wigner',
          'matrix',
          'matrices',
          'theorem',
          'lemma',
          'quantum',
          'physicist',
          'mathematician',
        ],
        window: 12,
      },
      examples: {
        kept: ['King Abdullah of Jordan met the envoy in Amman.', 'Jordan reopened its border with Syria.'],
        dropped: [
          'Michael Jordan retired in 2003.',
          'Jordan Peterson spoke in Toronto.',
          'Every Jordan algebra is commutative.',
        ],
      },
    },
  },
  TD: {
    Chad: {
      ...PERSON_NAME_RULE,
      examples: {
        kept: ['Troops from Chad crossed into Sudan.', "N'Djamena, Chad, was calm on Sunday."],
        dropped: ['Chad Smith played the drums.', 'Coach Chad said the team was ready.'],
      },
    },
  },
  GE: {
    Georgia: {
      ...US_STATE_RULE,
      examples: {
        kept: ['Tbilisi is the capital of Georgia.', 'Georgia applied to join the EU in 2022.'],
        dropped: [
          'Voters in Atlanta, Georgia queued for hours.',
          "Georgia's governor Brian Kemp signed the bill.",
          "Georgia O'Keeffe painted flowers.",
        ],
      },
    },
    Georgian: {
      ...US_STATE_RULE,
      examples: {
        kept: ['The Georgian government in Tbilisi protested.'],
        dropped: ['A Georgian Republican senator from Atlanta spoke.'],
      },
    },
    Georgians: {
      ...US_STATE_RULE,
      examples: {
        kept: ['Thousands of Georgians marched in Tbilisi.'],
        dropped: ['Georgians voted in the Senate runoff in Atlanta.'],
      },
    },
  },
  IL: {
    Israel: {
      ...GIVEN_NAME_RULE,
      examples: {
        kept: ['Israel struck targets in Gaza.', 'The Israel Police said the road was closed.'],
        dropped: ['Israel Adesanya won the fight.', 'Foreign minister Israel Katz said.'],
      },
    },
  },
  KE: {
    Kenya: {
      ...GIVEN_NAME_RULE,
      examples: {
        kept: [
          'Kenya sent police officers to Haiti.',
          'She filmed part of the season in Kenya, her agent said.',
        ],
        dropped: ['The reality star Kenya Moore hosted the gala.'],
      },
    },
  },
  IN: {
    India: {
      ...GIVEN_NAME_RULE,
      examples: {
        kept: [
          'India and Pakistan agreed to talks.',
          'The India Meteorological Department warned of floods.',
        ],
        dropped: ['The columnist India Knight wrote about it.'],
      },
    },
  },
};
