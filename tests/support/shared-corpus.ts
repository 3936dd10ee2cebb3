import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared corpus of saved news pages lives beside the repository, never inside it. */
export const CORPUS_DIR = resolve(REPO_ROOT, '../shared/corpus');

export interface CorpusPage {
  id: string;
  title?: string;
  lang?: string | null;
  note?: string;
}

function requireCorpus(): void {
  if (!existsSync(join(CORPUS_DIR, 'manifest.json'))) {
    throw new Error(
      `The news-page corpus is missing: expected ${CORPUS_DIR}/manifest.json. ` +
        'The corpus tests read real pages from ../shared/corpus beside the repository (CI provides it).',
    );
  }
}

export function corpusPages(): CorpusPage[] {
  requireCorpus();
  const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as {
    pages: CorpusPage[];
  };
  return manifest.pages;
}

export function corpusPagePath(id: string): string {
  requireCorpus();
  return join(CORPUS_DIR, 'pages', id, 'source.html');
}
