import { loadGazetteer } from '../gazetteer';
import { createMatcher, matchChunks } from '../match';
import { PageError, readPageText } from './read-page';
import { buildScanReport } from './scan-report';

const USAGE = 'usage: npm run --silent scan -- PAGE.html';

/** Prints the countries and organisations a saved HTML page names, as JSON. */
async function main(args: string[]): Promise<number> {
  const path = args[0];
  if (!path || args.length > 1 || path === '--help' || path === '-h') {
    process.stderr.write(`${USAGE}\n`);
    return path === '--help' || path === '-h' ? 0 : 2;
  }
  try {
    const page = await readPageText(path);
    const gazetteer = loadGazetteer();
    const mentions = matchChunks(createMatcher(gazetteer.lexicon), page.chunks);
    const report = buildScanReport(path, page.text.length, mentions, gazetteer);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof PageError) {
      process.stderr.write(`scan: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `scan: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
