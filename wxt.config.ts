import { defineConfig } from 'wxt';
import { compactCssStringsPlugin, highlightSheetHooks, packedAutomatonPlugin } from './lib/build';

// Top level holds entrypoints/, components/, lib/ and public/ (srcDir is the project root).
export default defineConfig({
  srcDir: '.',
  // Everything is imported explicitly; no auto-import globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Dossier',
    description:
      'Marks the countries and organisations named on a news page and shows a briefing card on hover.',
    // scripting + every host: the clipper is injected only when the reader clips, also from the card,
    // where no toolbar gesture grants activeTab. The content script already runs on every page.
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    host_permissions: ['<all_urls>'],
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Clip this page to Dossier',
      },
    },
    icons: {
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      128: 'icon/128.png',
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'dossier@dossier',
          // storage.session in MV2 needs 115; data_collection_permissions is read from 140 on.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: highlightSheetHooks,
  vite: () => ({
    plugins: [packedAutomatonPlugin(), compactCssStringsPlugin()],
    oxc: {
      jsx: { runtime: 'automatic', importSource: 'preact' },
    },
  }),
});
