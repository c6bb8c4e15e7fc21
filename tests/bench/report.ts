/** The benchmark's figures, their budgets, and the table printed at the end. */

/** Every figure of the JSON report (all numbers; times in ms unless the name says otherwise). */
export interface Figures {
  initialJsGzipBytes: number;
  coldLoadToFirstCardMs: number;
  seed100kCardsMs: number;
  seed1MLogsMs: number;
  queueBuild100kMs: number;
  answerP50Ms: number;
  answerP95Ms: number;
  stats1MLogsMs: number;
  /** The two parts of stats1MLogsMs: reading the rows, computing the figures. */
  stats1MLogsLoadMs: number;
  stats1MLogsComputeMs: number;
  quiz50From10kMs: number;
  /** The card browser: a search sorted by front over a 100k-card deck, and its search index. */
  browse100kSearchMs: number;
  browse100kIndexMs: number;
  /** "Optimize" on a deck with 10,000 and 100,000 reviews: worker start to fitted parameters. */
  optimize10kReviewsMs: number;
  optimize100kReviewsMs: number;
  /** The longest main-thread task during any optimizer run (the worst, not a median). */
  optimizeLongestTaskMs: number;
  generateMBps: number;
  /** A 1 MB and a 5 MB document added in the app: file chosen → preview (worker generation). */
  generate1MBWorkerMs: number;
  generate5MBWorkerMs: number;
  /** The longest main-thread task while either was processed. */
  generateLongestTaskMs: number;
  /**
   * An Anki package of 100k cards and 1M review rows imported in the app: file chosen → preview
   * plus "Import" → deck added; review rows per second of that; the longest main-thread task.
   */
  ankiImport1MRowsMs: number;
  ankiImportRowsPerS: number;
  ankiImportLongestTaskMs: number;
  /** The peak JavaScript heap of the page and its workers together while importing (MB). */
  ankiImportPeakHeapMB: number;
  /** A 10,000-card deck with 100,000 answers as an .apkg (Node): rows built, written, zipped. */
  ankiExport10kMs: number;
  ankiExport10kBytes: number;
  /**
   * An empty device's first sync of 100k cards and 1M answers from the local sync server:
   * "Sync now" → "Last sync"; answers per second of that; the longest main-thread task.
   */
  syncFirst1MRowsMs: number;
  syncFirstRowsPerS: number;
  syncFirstLongestTaskMs: number;
  /** Answer → next card, p95, with sync set up and its rounds running. */
  answerP95SyncOnMs: number;
  tsFsrsNextUs: number;
  /** One full answerCard transaction, in µs (the numerator of answerOverheadRatio). */
  answerCardUs: number;
  answerOverheadRatio: number;
}

interface Row {
  key: keyof Figures;
  label: string;
  unit: 'KiB' | 'MB' | 'ms' | 'µs' | 'MB/s' | 'rows/s' | '×';
  /** The budget, in the figure's own unit (bytes for sizes); none when only reported. */
  budget?: number;
  /** The budget is a floor (a rate), not a ceiling. */
  atLeast?: true;
}

const KIB = 1024;

export const ROWS: readonly Row[] = [
  { key: 'initialJsGzipBytes', label: 'initial JS, gzip', unit: 'KiB', budget: 130 * KIB },
  { key: 'coldLoadToFirstCardMs', label: 'cold load → first card', unit: 'ms', budget: 1000 },
  { key: 'seed100kCardsMs', label: 'seed 100k cards', unit: 'ms' },
  { key: 'seed1MLogsMs', label: 'seed 1M review-log rows', unit: 'ms' },
  { key: 'queueBuild100kMs', label: 'queue build, 100k deck, 10k due', unit: 'ms', budget: 16 },
  { key: 'answerP50Ms', label: 'answer → next card, p50', unit: 'ms' },
  { key: 'answerP95Ms', label: 'answer → next card, p95', unit: 'ms', budget: 16 },
  { key: 'stats1MLogsMs', label: 'statistics over 1M rows', unit: 'ms', budget: 1000 },
  { key: 'stats1MLogsLoadMs', label: '  of which reading', unit: 'ms' },
  { key: 'stats1MLogsComputeMs', label: '  of which computing', unit: 'ms' },
  { key: 'quiz50From10kMs', label: '50-question quiz from 10k cards', unit: 'ms' },
  {
    key: 'browse100kSearchMs',
    label: 'card browser: search + sort, 100k',
    unit: 'ms',
    budget: 200,
  },
  { key: 'browse100kIndexMs', label: '  search index, built once', unit: 'ms' },
  { key: 'optimize10kReviewsMs', label: 'optimize, 10k reviews', unit: 'ms', budget: 10_000 },
  { key: 'optimize100kReviewsMs', label: 'optimize, 100k reviews', unit: 'ms', budget: 30_000 },
  { key: 'optimizeLongestTaskMs', label: '  longest main-thread task', unit: 'ms', budget: 50 },
  { key: 'generateMBps', label: 'deck generation (Node)', unit: 'MB/s' },
  { key: 'generate1MBWorkerMs', label: '1 MB document → preview (worker)', unit: 'ms' },
  {
    key: 'generate5MBWorkerMs',
    label: '5 MB document → preview (worker)',
    unit: 'ms',
    budget: 5000,
  },
  { key: 'generateLongestTaskMs', label: '  longest main-thread task', unit: 'ms', budget: 50 },
  { key: 'ankiImport1MRowsMs', label: 'Anki package, 1M review rows', unit: 'ms' },
  {
    key: 'ankiImportRowsPerS',
    label: '  review rows per second',
    unit: 'rows/s',
    budget: 50_000,
    atLeast: true,
  },
  { key: 'ankiImportLongestTaskMs', label: '  longest main-thread task', unit: 'ms', budget: 50 },
  { key: 'ankiImportPeakHeapMB', label: '  peak JS heap, page and workers', unit: 'MB' },
  { key: 'ankiExport10kMs', label: 'Anki export, 10k cards, 100k reviews (Node)', unit: 'ms' },
  { key: 'ankiExport10kBytes', label: '  package size', unit: 'KiB' },
  {
    key: 'syncFirst1MRowsMs',
    label: 'first sync, 1M answers',
    unit: 'ms',
    budget: 120_000,
  },
  { key: 'syncFirstRowsPerS', label: '  answers per second', unit: 'rows/s' },
  { key: 'syncFirstLongestTaskMs', label: '  longest main-thread task', unit: 'ms', budget: 50 },
  { key: 'answerP95SyncOnMs', label: 'answer → next card, p95, sync on', unit: 'ms', budget: 16 },
  { key: 'tsFsrsNextUs', label: 'ts-fsrs next(), raw', unit: 'µs' },
  { key: 'answerCardUs', label: 'answerCard (one transaction)', unit: 'µs' },
  { key: 'answerOverheadRatio', label: 'answerCard / raw next()', unit: '×' },
];

function format(value: number, unit: Row['unit']): string {
  const shown = unit === 'KiB' ? value / KIB : value;
  const digits = Math.abs(shown) >= 100 ? 0 : Math.abs(shown) >= 10 ? 1 : 2;
  return `${shown.toFixed(digits)} ${unit}`;
}

export interface BudgetCheck {
  key: keyof Figures;
  passed: boolean;
}

function withinBudget(row: Row, value: number): boolean {
  if (row.budget === undefined) return true;
  return row.atLeast === true ? value >= row.budget : value <= row.budget;
}

/** Which figures are within their budget (of those measured: `--only` measures a few). */
export function checkBudgets(figures: Partial<Figures>): BudgetCheck[] {
  return ROWS.flatMap((row) => {
    const figure = figures[row.key];
    return row.budget === undefined || figure === undefined
      ? []
      : [{ key: row.key, passed: withinBudget(row, figure) }];
  });
}

/** The figures measured as a plain-text table with each budget and pass/fail. */
export function formatTable(figures: Partial<Figures>): string {
  const lines = ROWS.flatMap((row) => {
    const figure = figures[row.key];
    if (figure === undefined) return [];
    const value = format(figure, row.unit);
    const bound = row.atLeast === true ? '≥' : '≤';
    const budget = row.budget === undefined ? '' : `${bound} ${format(row.budget, row.unit)}`;
    const verdict = row.budget === undefined ? '' : withinBudget(row, figure) ? 'pass' : 'FAIL';
    return [[row.label.padEnd(34), value.padStart(12), budget.padStart(12), verdict.padStart(6)]];
  });
  const header = ['figure'.padEnd(34), 'median'.padStart(12), 'budget'.padStart(12), ''];
  return [header, ...lines].map((cells) => cells.join('  ').trimEnd()).join('\n');
}
