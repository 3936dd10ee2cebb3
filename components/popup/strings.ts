/**
 * Every word the popup shows, in one place for translation. Counts and dates go through functions so that
 * each language can pluralise and order its own way.
 */
export const STRINGS = {
  title: 'Dossier',
  openLibrary: 'Open library',

  // --- On this page
  onThisPage: 'On this page',
  countries: 'Countries',
  organisations: 'Organisations',
  watchlist: 'Your watchlist',
  readingPage: 'Looking at this page…',
  namedHere: (n: number) => (n === 1 ? '1 mention here' : `${n} mentions here`),
  clippedCount: (n: number) =>
    n === 0 ? 'none clipped yet' : n === 1 ? '1 clipped article' : `${n} clipped articles`,
  countsLoading: 'counting…',
  countsError: 'archive count unavailable',
  briefing: 'Briefing',
  briefingLabel: (name: string) => `Open the briefing on ${name}`,
  articlesLoading: 'Looking through your clipped articles…',
  articlesEmpty: (name: string) => `No clipped articles mention ${name} yet.`,
  articlesMore: (shown: number, total: number) => `Latest ${shown} of ${total}. The briefing lists them all.`,
  latestLabel: (name: string) => `Latest clipped articles about ${name}`,
  noEntities:
    'Dossier found no countries or organisations on this page. On a news article they are listed here, with your clipped articles about each.',
  cannotRun:
    "Dossier can't read this page: browser pages, the extension store and Dossier's own pages are off limits.",
  cannotRunHint:
    'If this is a web page that was open before Dossier was installed or switched on, reload it.',
  offHere: (site: string) =>
    `Marks are off on ${site}. Switch them on below to see the countries and organisations it names.`,
  offEverywhere: 'Marks are off everywhere. Switch them on below to see what this page names.',
  pageError: (message: string) => `Couldn't read what Dossier found on this page: ${message}`,
  articlesError: (message: string) => `Couldn't read your clipped articles: ${message}`,
  briefingError: (message: string) => `Couldn't open the briefing: ${message}`,

  // --- Search
  searchLabel: 'Search your clipped articles',
  searchPlaceholder: 'Search your clipped articles',
  searchResultsLabel: 'Clipped articles that match',
  searchNoResults: (query: string) => `No clipped article matches “${query}”.`,
  searchNoResultsHint: 'Search looks in titles, sites, tags, summaries and the names articles mention.',
  matchTag: 'Tag:',
  matchEntity: 'Mentions:',
  searchCount: (n: number) => (n === 1 ? '1 article found' : `${n} articles found`),
  searchError: (message: string) => `Couldn't search your archive: ${message}`,
  searchHelp: 'Up and down arrows choose, Enter opens, Escape clears.',
  openError: (message: string) => `Couldn't open the article: ${message}`,

  // --- Clip
  clipHeading: 'This page',
  clip: 'Clip this page',
  clipBusy: 'Clipping…',
  clippedOn: (date: string) => `Clipped on ${date}`,
  bookmarkedOn: (date: string) => `Saved as a bookmark on ${date}`,
  update: 'Update',
  updateLabel: 'Update the clip of this page',
  detailsToggle: 'Tags and note',
  clipLoading: 'Checking your archive for this page…',
  tagsLabel: 'Tags',
  tagsHint: 'Separate tags with commas',
  notePlaceholder: 'Why it matters, what to follow up…',
  noteLabel: 'Note',
  saveDetails: 'Save tags and note',
  saveDetailsBusy: 'Saving…',
  clipSaved: 'Clipped ✓',
  clipUpdated: 'Clip updated ✓',
  bookmarkSaved: 'Saved as a bookmark ✓',
  detailsSaved: 'Tags and note saved ✓',
  noArticle: 'No article found on this page.',
  saveAsBookmark: 'Save as bookmark',
  clipFoundUpdated: (added: boolean) =>
    added
      ? 'This page was in your archive already: clip updated ✓, your tags and note added to its own.'
      : 'This page was in your archive already: clip updated ✓, its tags and note kept.',
  clipError: (message: string) => `Not clipped: ${message}`,
  clipEditsError: (message: string) => `Clip updated, but your tags and note were not saved: ${message}`,
  quickClipped: (title: string) => `Your last clip from the menu or keyboard shortcut saved “${title}”.`,
  quickClipBookmark:
    'Your last clip from the menu or keyboard shortcut saved this page as a bookmark: it has no article, so only its title, link and the names it mentions were kept.',
  quickClipFailed: (message: string) =>
    `Your last clip from the menu or keyboard shortcut did not save this page: ${message}`,
  detailsError: (message: string) => `Tags and note not saved: ${message}`,
  clipStateError: (message: string) => `Couldn't tell whether this page is clipped: ${message}`,
  firstRun:
    'Dossier marks countries and organisations on news pages. Clip an article to start your archive: the button above, right-click → Clip this page to Dossier, or Alt+Shift+S.',
  firstRunElsewhere:
    'Dossier marks countries and organisations on news pages. Clip an article to start your archive: open one and use the Clip button here, right-click → Clip this page to Dossier, or Alt+Shift+S.',

  // --- Switches
  switchesLabel: 'Marks',
  globalSwitch: 'Mark countries and organisations on pages',
  siteSwitch: (site: string) => `Mark them on ${site}`,
  siteSwitchOverridden: 'Marks are off everywhere, so this site is off too.',
  switchError: (message: string) => `Couldn't change the setting: ${message}`,
  settingsError: (message: string) => `Couldn't read your settings: ${message}`,

  // --- Transport
  noAnswer: "Dossier's background did not answer; try again in a moment.",
} as const;
