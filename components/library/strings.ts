import type { MarkStyle } from '@/lib/settings';
import type { WatchProblem } from './watchlist-rules';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Every word the library shows, in one place for translation. Counts and dates go through functions so
 * that each language can pluralise and order its own way.
 */
export const STRINGS = {
  appName: 'Dossier',
  appSection: 'Library',
  navLabel: 'Library',
  navBrowse: 'Archive',
  navWatchlist: 'Watchlist',
  navSettings: 'Settings',
  pageTitle: (view: string) => `${view} · Dossier`,
  loading: 'Loading…',
  skipToContent: 'Skip to content',
  noAnswer: "Dossier's background did not answer; try again in a moment.",
  missingTitle: 'Page not found',
  missingText: (path: string) =>
    `The library has no page at “${path}”. It may come from an older version of Dossier.`,
  backToArchive: 'Back to your archive',

  // --- Browse
  browseTitle: 'Your archive',
  browseTotal: (n: number) => plural(n, 'clipped article', 'clipped articles'),
  filtersHeading: 'Filters',
  searchLabel: 'Search',
  searchHint: 'Titles, sites, tags, notes and article text',
  entityFilter: 'Entity',
  siteFilter: 'Site',
  tagFilter: 'Tag',
  fromFilter: 'Clipped from',
  toFilter: 'Clipped until',
  anyEntity: 'Any entity',
  anySite: 'Any site',
  anyTag: 'Any tag',
  facetOption: (label: string, n: number) => `${label} (${n.toLocaleString('en')})`,
  clearFilters: 'Clear filters',
  rangeBackwards: 'The start date is after the end date, so nothing can match. Swap them or clear one.',
  briefingOn: (name: string) => `Briefing on ${name}`,
  resultsHeading: 'Articles',
  showing: (shown: number, total: number) =>
    shown === total
      ? plural(total, 'article', 'articles')
      : `Showing ${shown.toLocaleString('en')} of ${plural(total, 'article', 'articles')}`,
  searchShowing: (shown: number, total: number, query: string) =>
    `${shown === total ? plural(total, 'article matches', 'articles match') : `Showing ${shown.toLocaleString('en')} of ${plural(total, 'article that matches', 'articles that match')}`} “${query}”`,
  searchCapped: (n: number) =>
    `Search shows the best ${n.toLocaleString('en')} matches; narrow it with more words.`,
  loadMore: (left: number) => `Load more (${left.toLocaleString('en')} left)`,
  loadingMore: 'Loading more…',
  emptyArchive:
    'Your archive is empty. Clip a news article with the card on a page, the toolbar button, or right-click → Clip this page to Dossier, and it appears here.',
  noMatches: 'No clipped article matches these filters.',
  noSearchMatches: (query: string) => `No clipped article matches “${query}” with these filters.`,
  listError: (message: string) => `Couldn't read your archive: ${message}`,
  facetsError: (message: string) => `Couldn't read the filters: ${message}`,
  bookmark: 'Bookmark',
  entitiesOf: (title: string) => `Entities in “${title}”`,
  tagsOf: (title: string) => `Tags of “${title}”`,

  // --- Clip
  clipLoading: 'Loading the article…',
  clipMissingTitle: 'Article not found',
  clipMissing: 'This article is not in your archive. It may have been deleted.',
  clipError: (message: string) => `Couldn't open the article: ${message}`,
  byline: (by: string) => `By ${by}`,
  published: (date: string) => `Published ${date}`,
  clippedOn: (date: string) => `Clipped ${date}`,
  words: (n: number) => plural(n, 'word', 'words'),
  openOriginal: 'Open the original',
  bookmarkBody:
    'Saved as a bookmark: Dossier keeps no copy of this page’s text. Open the original to read it.',
  emptyBody: 'This clip holds no article text.',
  aboutHeading: 'In this article',
  mentions: (n: number) => plural(n, 'mention', 'mentions'),
  noEntities: 'Dossier found no countries or organisations in this article.',
  editHeading: 'Tags and note',
  tagsLabel: 'Tags',
  tagsHint: 'Separate tags with commas.',
  noteLabel: 'Note',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saveError: (message: string) => `Not saved: ${message}`,
  deleteHeading: 'Delete',
  deleteHint: 'You can undo for a few seconds afterwards.',
  deleteClip: 'Delete this article',
  deleting: 'Deleting…',
  deleteError: (message: string) => `Not deleted: ${message}`,
  deleted: (title: string) => `Deleted “${title}”.`,
  undo: 'Undo',
  undoLabel: (title: string) => `Undo deleting “${title}”`,
  restored: (title: string) => `Restored “${title}”.`,
  openRestored: 'Open it',
  restoreError: (message: string) => `Couldn't restore the article: ${message}`,
  dismiss: 'Dismiss',
  notifications: 'Notifications',

  // --- Briefing
  briefingTitle: 'Briefing',
  briefingLoading: 'Loading the briefing…',
  briefingError: (message: string) => `Couldn't assemble the briefing: ${message}`,
  factsHeading: 'Facts',
  factsMissing: 'Dossier ships no facts about this entity.',
  factsError: (message: string) => `Couldn't read the facts: ${message}`,
  kindWatch: 'On your watchlist',
  capital: 'Capital',
  region: 'Region',
  neighbours: 'Neighbours',
  type: 'Type',
  acronym: 'Acronym',
  founded: 'Founded',
  headquarters: 'Headquarters',
  members: 'Members',
  partOf: 'Part of',
  aliases: 'Also called',
  note: 'Note',
  source: (source: string) => `Source: ${source}`,
  exportMarkdown: 'Export as Markdown',
  exportSelection: (n: number) => `Export ${n === 1 ? 'its article' : `its ${n} articles`} (JSON)`,
  exporting: 'Preparing…',
  exportedMarkdown: (file: string) => `Downloaded ${file}.`,
  exportError: (message: string) => `Couldn't export: ${message}`,
  showInList: 'Show its articles in the archive',
  timelineHeading: 'Over time',
  timelineSummary: (articles: number, weeks: number, first: string, last: string) =>
    `${plural(articles, 'article', 'articles')} over ${plural(weeks, 'week', 'weeks')}, from the week of ${first} to the week of ${last}.`,
  timelineBusiest: (week: string, n: number) =>
    `The busiest was the week of ${week}, with ${plural(n, 'article', 'articles')}.`,
  timelineChartLabel: 'Articles per week',
  timelineBar: (week: string, n: number) => `Week of ${week}: ${plural(n, 'article', 'articles')}`,
  timelineTable: 'Show as a table',
  timelineTableCaption: 'Weeks with clipped articles',
  timelineWeek: 'Week of',
  timelineCount: 'Articles',
  timelineMax: (n: number) => `${n.toLocaleString('en')} per week`,
  articlesHeading: (n: number) => `Articles (${n.toLocaleString('en')})`,
  noArticles: (name: string) => `No clipped article mentions ${name} yet.`,
  coHeading: 'Appears with',
  coCount: (n: number) => plural(n, 'article', 'articles'),
  coNone: 'No other entity appears in these articles.',
  sentencesHeading: 'Latest sentences',

  // --- Watchlist
  watchTitle: 'Watchlist',
  watchIntro:
    'Add the people, companies and places you follow. Dossier marks their names, and the aliases you give, on the pages you read, just like the countries and organisations it knows, and their cards and briefings work the same way.',
  watchAddHeading: 'Add an entity',
  watchListHeading: (n: number, max: number) => `Watching ${n.toLocaleString('en')} of ${max}`,
  watchEmpty: 'Your watchlist is empty.',
  watchName: 'Name',
  watchNameHint: 'As it is usually written, e.g. “Ursula von der Leyen”.',
  watchAliases: 'Aliases',
  watchAliasesHint: 'Other names to mark, separated by commas, e.g. “von der Leyen, VDL”.',
  watchNote: 'Note',
  watchAdd: 'Add to watchlist',
  watchSave: 'Save changes',
  watchCancel: 'Cancel',
  watchEdit: 'Edit',
  watchEditLabel: (name: string) => `Edit ${name}`,
  watchEditHeading: (name: string) => `Edit ${name}`,
  watchRemove: 'Remove',
  watchRemoveLabel: (name: string) => `Remove ${name}`,
  watchBriefing: 'Briefing',
  watchBriefingLabel: (name: string) => `Briefing on ${name}`,
  watchAlso: (aliases: string) => `Also: ${aliases}`,
  watchSaving: 'Saving…',
  watchAdded: (name: string) => `Added ${name}. It is marked on pages from the next one you open.`,
  watchUpdated: (name: string) => `Saved ${name}.`,
  watchRemoved: (name: string) => `Removed ${name} from your watchlist.`,
  watchUndoLabel: (name: string) => `Undo removing ${name}`,
  watchRestored: (name: string) => `${name} is back on your watchlist.`,
  watchSaveError: (message: string) => `The watchlist was not saved: ${message}`,
  watchLoadError: (message: string) => `Couldn't read your watchlist: ${message}`,
  watchProblemsIntro: 'Please fix this first:',
  watchProblem: (p: WatchProblem): string => {
    switch (p.rule) {
      case 'name-missing':
        return 'Give the entity a name.';
      case 'name-long':
        return 'The name is too long: 200 characters at most.';
      case 'name-taken':
        return `You already watch “${p.value}”. Edit it instead, or choose another name.`;
      case 'alias-short':
        return `The alias “${p.value}” is too short: an alias needs at least 2 characters, or it would mark fragments of words.`;
      case 'alias-long':
        return `The alias “${(p.value ?? '').slice(0, 40)}…” is too long: 200 characters at most.`;
      case 'aliases-many':
        return 'That is too many aliases: 50 at most.';
      case 'note-long':
        return 'The note is too long: 10,000 characters at most.';
      case 'list-full':
        return 'You watch 50 entities, the most Dossier marks. Remove one to add another.';
    }
  },

  // --- Settings
  settingsTitle: 'Settings',
  settingsError: (message: string) => `Couldn't read your settings: ${message}`,
  settingsSaved: 'Saved. Pages pick this up the next time they load.',
  settingsSaveError: (message: string) => `Not saved: ${message}`,
  marksHeading: 'Marks on pages',
  globalSwitch: 'Mark countries, organisations and your watchlist on pages',
  globalOffHint: 'Marks are off everywhere. Pages show no marks and no cards until you switch this back on.',
  styleLegend: 'Mark style',
  styleNames: { underline: 'Dotted underline', tint: 'Tint', solid: 'Underline' } satisfies Record<
    MarkStyle,
    string
  >,
  styleHints: {
    underline: 'A light dotted line under the name (the default).',
    tint: 'A soft colour behind the name.',
    solid: 'A plain line under the name.',
  } satisfies Record<MarkStyle, string>,
  styleSample: 'Kabul',
  previewLabel: 'Preview',
  previewBefore: 'Envoys from ',
  previewCountry: 'Pakistan',
  previewMiddle: ' met ',
  previewOrganisation: 'UNAMA',
  previewAfter: ' officials on Monday to discuss access to the north before winter.',
  hoverDelay: 'Hover delay',
  hoverDelayHint: 'How long the pointer rests on a mark before its card opens.',
  hoverDelayValue: (ms: number) => `${ms.toLocaleString('en')} ms`,
  sitesHeading: 'Sites where marks are off',
  sitesNone: 'Dossier marks every site. Turn it off on one from the toolbar popup.',
  turnBackOn: 'Turn back on',
  turnBackOnLabel: (site: string) => `Turn back on: ${site}`,
  mutedHeading: 'Names not marked on a site',
  mutedNone: 'No name is muted. Mute one on a site from its card.',
  mutedOn: (site: string) => `On ${site}`,
  markAgain: 'Mark again',
  markAgainLabel: (name: string, site: string) => `Mark again: ${name} on ${site}`,

  // --- Import and export
  transferHeading: 'Import and export',
  transferIntro:
    'An export is one JSON file with every article, its tags and note, and your watchlist. Import one to restore a backup or move your archive to another browser; articles you already have are kept or updated, never duplicated.',
  exportAll: 'Export all',
  exportBusy: 'Exporting…',
  exported: (file: string) => `Downloaded ${file}.`,
  importChoose: 'Import…',
  importFileLabel: 'Choose a Dossier export file to import',
  importReading: (file: string) => `Reading ${file}…`,
  importReadError: (file: string, message: string) => `Couldn't read ${file}: ${message}`,
  importTooLarge: (file: string) =>
    `Nothing was imported: ${file} is larger than any Dossier export (600 MB at most). Is it the right file?`,
  importPreview: (file: string) => `In ${file}`,
  importWill: (add: number, update: number, skip: number) =>
    `Importing will add ${add.toLocaleString('en')}, update ${update.toLocaleString('en')} and skip ${skip.toLocaleString('en')}.`,
  importCountsHint: 'Counts cover articles and watchlist entries together.',
  importRefused: 'This file cannot be imported, and nothing was changed:',
  importNothingNew: 'Everything in this file is already in your archive; importing it would change nothing.',
  importProblems: 'Skipped:',
  importConfirm: 'Import',
  importCancel: 'Cancel',
  importBusy: 'Importing…',
  importDone: (add: number, update: number, skip: number) =>
    `Imported: ${add.toLocaleString('en')} added, ${update.toLocaleString('en')} updated, ${skip.toLocaleString('en')} skipped.`,
  importError: (message: string) => `Nothing was imported: ${message}`,
} as const;
