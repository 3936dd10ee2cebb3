/**
 * Every word the card shows, in one place for translation. Facts arrive as finished text (lib/briefing);
 * these are the card's own words. Counts go through functions so each language can pluralise its own way.
 */
export const STRINGS = {
  dialogLabel: (name: string) => `Dossier briefing: ${name}`,
  close: 'Close',
  kindCountry: 'Country',
  kindOrganisation: 'Organisation',

  capital: 'Capital',
  capitals: 'Capitals',
  region: 'Region',
  neighbours: 'Neighbours',
  moreNeighbours: (n: number) => `and ${n} more`,
  founded: 'Founded',
  headquarters: 'Headquarters',
  members: 'Members',
  memberStates: (n: number) => (n === 1 ? '1 member state' : `${n} member states`),
  partOf: 'Part of',
  source: (source: string) => `Source: ${source}`,

  namedOnPage: (n: number) => (n === 1 ? 'Named once on this page' : `Named ${n} times on this page`),
  mentionPosition: (index: number, count: number) => `${index + 1} of ${count}`,
  nextMention: 'Next ↓',
  nextMentionLabel: (index: number, count: number) => `Go to mention ${index + 1} of ${count}`,

  storeHeading: 'Your dossier',
  storeLoading: 'Looking through your clipped articles…',
  storeCount: (n: number) => (n === 1 ? '1 clipped article mentions it' : `${n} clipped articles mention it`),
  storeEmpty: (name: string) => `No clipped articles mention ${name} yet.`,
  storeEmptyHint: 'Clip this page to start your dossier.',
  storeError: (message: string) => `Couldn't read your clipped articles: ${message}`,
  latestLabel: 'Latest clipped articles',

  openBriefing: 'Open briefing',
  clip: 'Clip this page',
  clipBusy: 'Clipping…',
  clipSaved: 'Clipped ✓',
  clipUpdated: 'Clip updated ✓',
  clipNoArticle: 'No article found on this page.',
  clipAsBookmark: 'Save as bookmark',
  clipError: (message: string) => `Not clipped: ${message}`,
  muteOnSite: "Don't mark this on this site",
} as const;
