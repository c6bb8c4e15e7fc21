/** Command line of `npm run bench`. */

export interface BenchArgs {
  /** Where to write the JSON report; none when omitted. */
  out: string | null;
  /** Runs per figure (the 1M-row seed runs at most 3 times, see run-bench.ts). */
  runs: number;
  /** A tenth of every size, to try the bench quickly; its figures are not the budgets' ones. */
  quick: boolean;
  /**
   * One section alone: `generation`, the documents added in the app (`generate*WorkerMs`,
   * `generateLongestTaskMs`); `anki-import`, the Anki package import (`ankiImport*`); `sync`,
   * sync (`syncFirst*`, `answerP95SyncOnMs`); `idb-floor`, plain IndexedDB writes of review-shaped
   * rows in several layouts (rows/s of each, no budget); `answer`, answers in the study page
   * (`answerP50Ms`, `answerP95Ms`, with the page's main-thread CPU per answer).
   */
  only: BenchSection | null;
}

export type BenchSection = 'generation' | 'anki-import' | 'sync' | 'idb-floor' | 'answer';

const SECTIONS: readonly BenchSection[] = [
  'generation',
  'anki-import',
  'sync',
  'idb-floor',
  'answer',
];

export const BENCH_USAGE =
  'usage: npm run bench -- [--out FILE] [--runs N] [--quick] [--only generation|anki-import|sync|idb-floor|answer]';

/** Parses the arguments after `--`; throws with the usage on anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { out: null, runs: 5, quick: false, only: null };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--out' && value !== undefined && !value.startsWith('--')) {
      args.out = value;
      index += 1;
    } else if (flag === '--runs' && value !== undefined && /^[1-9]\d*$/.test(value)) {
      args.runs = Number(value);
      index += 1;
    } else if (flag === '--quick') {
      args.quick = true;
    } else if (flag === '--only' && SECTIONS.some((section) => section === value)) {
      args.only = value as BenchSection;
      index += 1;
    } else {
      throw new Error(`unexpected argument ${String(flag)}\n${BENCH_USAGE}`);
    }
  }
  return args;
}
