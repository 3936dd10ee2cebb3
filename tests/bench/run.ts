import { contentBench } from './content.bench';
import { matcherBench } from './matcher.bench';
import { popupBench } from './popup.bench';
import { searchBench } from './search.bench';
import { storeBench } from './store.bench';
import type { Bench } from './types';

/** Every benchmark, by the name `--json NAME` takes. Later issues add theirs here. */
const BENCHES: Bench[] = [matcherBench, contentBench, storeBench, searchBench, popupBench];

async function main(args: string[]): Promise<number> {
  const jsonAt = args.indexOf('--json');
  if (jsonAt >= 0) {
    const name = args[jsonAt + 1];
    const bench = BENCHES.find((b) => b.name === name);
    if (!bench) {
      process.stderr.write(
        `bench: unknown benchmark ${JSON.stringify(name)}; known: ${BENCHES.map((b) => b.name).join(', ')}\n`,
      );
      return 2;
    }
    const { figures, table } = await bench.run();
    // The figures alone on stdout; the table, which says where they come from, on stderr.
    printTable(process.stderr, bench, table);
    process.stdout.write(`${JSON.stringify({ [bench.name]: figures })}\n`);
    return 0;
  }
  // `npm run bench -- content store` runs only the named ones.
  const named = args.filter((a) => !a.startsWith('-'));
  const unknown = named.filter((n) => !BENCHES.some((b) => b.name === n));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: unknown benchmark ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}\n`,
    );
    return 2;
  }
  for (const bench of BENCHES.filter((b) => named.length === 0 || named.includes(b.name))) {
    printTable(process.stdout, bench, (await bench.run()).table);
  }
  return 0;
}

function printTable(out: NodeJS.WritableStream, bench: Bench, table: [string, string][]): void {
  const width = Math.max(...table.map(([label]) => label.length));
  out.write(`\n${bench.name}: ${bench.describe}\n`);
  for (const [label, value] of table) out.write(`  ${label.padEnd(width)}  ${value}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
