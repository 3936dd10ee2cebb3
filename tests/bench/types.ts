/** One benchmark: its figures (the JSON keys the issues name) and the lines of its human table. */
export interface BenchResult {
  figures: Record<string, number>;
  table: Array<[label: string, value: string]>;
}

export interface Bench {
  name: string;
  describe: string;
  run(): Promise<BenchResult>;
}
