/**
 * `npm run bench [-- --out FILE] [--runs N]`: builds the app (the project's vite.config.ts)
 * and the bench page, serves both on one origin with `vite preview`, and measures in headless
 * Chromium with real IndexedDB: seeding a 100k-card deck and 1M review-log rows through the
 * app's storage code, the study queue, answers, statistics, a quiz, a cold load, the first
 * page's JavaScript; deck generation in Node. Each figure is the median of its runs; a table
 * with the budgets is printed, and the figures written as JSON with `--out`.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  chromiumPath,
  launchChromium,
  servePreview,
  type PreviewHandle,
} from '../helpers/node/chromium.ts';
import { parseBenchArgs, type BenchArgs } from './bench-args.ts';
import { appBuildDir, BENCH_PAGE_BASE, pageBuildDir, repoRoot } from './bench-paths.ts';
import {
  entryScriptsOf,
  firstStartOfDay,
  measureAnswers,
  measureColdLoad,
  measureFirstPageScripts,
} from './browser-measures.ts';
import { measureAnkiExport } from './anki-export-throughput.ts';
import { measureGenerateMBps, readSourceDocuments } from './generate-throughput.ts';
import { largeMarkdown, measureWorkerGeneration } from './generate-in-worker.ts';
import {
  ANKI_BENCH_FILE,
  benchPackage,
  measureAnkiImport,
  type AnkiImportRun,
} from './anki-import.ts';
import { median, percentile, repeat } from './measure.ts';
import { checkBudgets, formatTable, type Figures } from './report.ts';
import { servePageBuild } from './serve-page.ts';
import {
  IDB_FLOOR_LAYOUTS,
  type BenchApi,
  type IdbFloorResult,
  type SyncServer,
} from './bench-api.ts';
import { measureFirstSync } from './sync-first.ts';
import { freePort, startSyncServer } from '../helpers/node/sync-server.ts';

const BIG_DECK = 'bench-100k';
const SYNC_DECK = 'bench-sync';
/** The session-storage key of the sync password (features/settings/sync/sync-password.ts). */
const SYNC_PASSWORD_KEY = 'deckwright.sync.password';
/** A first sync still running at twice its budget (2 minutes) is stopped: over budget anyway. */
const SYNC_DEADLINE_MS = 240_000;
/**
 * A `--quick` one (a tenth, not the budget's size) runs to its end within 15 minutes, to show
 * each phase's rate even on a loaded machine.
 */
const QUICK_SYNC_DEADLINE_MS = 900_000;
const QUIZ_DECK = 'bench-10k';
/**
 * The slowest figures run fewer times, to keep the whole bench near ten minutes on two cores:
 * storing 1M review-log rows takes minutes here, so it runs once; seeding 100k cards and
 * reading the statistics run at most this many times.
 */
const LOG_SEED_RUNS = 1;
const HEAVY_RUNS = 3;
const LOG_CHUNK = 100_000;
const QUIZ_QUESTIONS = 50;
/** A word in about half the generated cards: the sort then orders tens of thousands of rows. */
const BROWSE_SEARCH = 'vendor';
/** How long the day's first start is left to run after its first card. */
const FIRST_START_SETTLE_MS = 2000;
/** Pause between seeding the optimizer's deck and timing it. */
const SETTLE_MS = 2000;

/** The collection's sizes; `--quick` divides them by ten. */
function sizesFor(quick: boolean) {
  const scale = quick ? 10 : 1;
  return {
    scale,
    bigDeckCards: 100_000 / scale,
    dueReviews: 10_000 / scale,
    quizDeckCards: 10_000 / scale,
    logRows: 1_000_000 / scale,
    answersPerRun: 200 / scale,
    overheadCards: 200 / scale,
    optimizeSmall: 10_000 / scale,
    optimizeLarge: 100_000 / scale,
    ankiCards: 100_000 / scale,
    ankiReviews: 1_000_000 / scale,
    ankiExportCards: 10_000 / scale,
  };
}

// Bench-only flags: frames are produced as soon as they are ready instead of at the next
// 60 Hz tick, so "painted" measures the app's work, not where in a frame the key was pressed.
const BENCH_CHROMIUM_ARGS = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];

const started = performance.now();
function log(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${seconds}s] ${message}`);
}

async function buildAll(): Promise<void> {
  log('building the app and the bench page');
  await build({
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir: appBuildDir, emptyOutDir: true },
  });
  await build({ configFile: `${repoRoot}tests/bench/vite.bench.config.ts` });
}

/** Calls the bench page's API (see page/bench-api.ts) inside the page. */
function bench<K extends keyof BenchApi>(
  page: Page,
  method: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    async ([name, values]) => {
      const api = window.deckwrightBench;
      if (api === undefined) throw new Error('The bench page did not load.');
      const call = api[name] as (...parameters: unknown[]) => Promise<unknown>;
      return call(...values);
    },
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

function expectEqual(what: string, actual: unknown, expected: unknown): void {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${String(expected)}, got ${String(actual)}`);
  }
}

function chromiumVersion(): string {
  try {
    // Debian's wrapper script prints shell noise on stderr; only stdout is the version.
    return execFileSync(chromiumPath(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

/** Where the figures were taken. */
function machine() {
  return {
    date: new Date().toISOString(),
    cpus: cpus().length,
    // Other work on the machine skews every figure: the 1- and 15-minute load at the end.
    loadAverage: [loadavg()[0], loadavg()[2]],
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    chromium: chromiumVersion(),
  };
}

/** Prints the table of `figures` with their budgets, and writes the JSON report to `out`. */
async function report(
  figures: Partial<Figures>,
  environment: ReturnType<typeof machine>,
  samples: Record<string, unknown>,
  out: string | null,
): Promise<void> {
  console.log(`\n${formatTable(figures)}\n`);
  console.log(
    `${environment.chromium}, Node ${environment.node}, ${String(environment.cpus)} × ${environment.cpuModel}`,
  );
  const failed = checkBudgets(figures).filter((check) => !check.passed);
  console.log(
    failed.length === 0
      ? 'All budgets met.'
      : `Over budget: ${failed.map((check) => check.key).join(', ')}`,
  );
  if (out !== null) {
    await writeFile(out, `${JSON.stringify({ ...figures, environment, samples }, null, 2)}\n`);
    console.log(`Report written to ${out}`);
  }
}

/**
 * Deck generation in Node (`generateMBps`): one unmeasured run first, then `runs` runs, each
 * logged, since the first runs of a process are still warming up the JIT.
 */
async function measureGenerationInNode(runs: number): Promise<number[]> {
  log('deck generation in Node');
  const documents = await readSourceDocuments();
  await measureGenerateMBps(documents);
  return repeat(runs, async () => {
    const mbps = await measureGenerateMBps(documents);
    log(`  ${mbps.toFixed(2)} MB/s`);
    return mbps;
  });
}

/** `--only generation`: the documents added in the app, and deck generation in Node. */
async function reportDocumentsOnly(browser: Browser, baseUrl: string, args: BenchArgs) {
  const { generate1MB, generate5MB } = await measureDocumentsInApp(browser, baseUrl, args);
  const generate = await measureGenerationInNode(args.runs);
  const figures: Partial<Figures> = {
    generateMBps: median(generate),
    generate1MBWorkerMs: median(generate1MB.map((run) => run.ms)),
    generate5MBWorkerMs: median(generate5MB.map((run) => run.ms)),
    generateLongestTaskMs: Math.max(
      ...[...generate1MB, ...generate5MB].map((run) => run.longestTaskMs),
    ),
  };
  const environment = { ...machine(), runs: args.runs, quick: args.quick, only: 'generation' };
  await report(figures, environment, { generate, generate1MB, generate5MB }, args.out);
}

/** `--only anki-import`: the Anki package import, and nothing else. */
async function reportAnkiImportOnly(browser: Browser, baseUrl: string, args: BenchArgs) {
  const sizes = sizesFor(args.quick);
  const ankiImport = await measureAnkiImportInApp(browser, baseUrl, sizes);
  const ankiImportMs = ankiImport.readMs + ankiImport.writeMs;
  const figures: Partial<Figures> = {
    ankiImport1MRowsMs: ankiImportMs,
    ankiImportRowsPerS: sizes.ankiReviews / (ankiImportMs / 1000),
    ankiImportLongestTaskMs: ankiImport.longestTaskMs,
    ankiImportPeakHeapMB: ankiImport.heap.totalMB,
  };
  const environment = { ...machine(), runs: 1, quick: args.quick, only: 'anki-import' };
  await report(figures, environment, { ankiImport }, args.out);
}

/**
 * `--only idb-floor`: 1,000,000 review-shaped rows (a tenth with `--quick`) written with plain
 * IndexedDB in each layout of `IDB_FLOOR_LAYOUTS`, `--runs` rounds of all layouts in turn (so a
 * change of load hits every layout alike); each layout's median rows/s. No budget: it shows
 * what the review log's write can reach at best (see docs/performance.md).
 */
async function reportIdbFloorOnly(context: BrowserContext, baseUrl: string, args: BenchArgs) {
  const rows = sizesFor(args.quick).ankiReviews;
  const page = await context.newPage();
  await page.goto(`${baseUrl}${BENCH_PAGE_BASE}`);
  await page.waitForSelector('body[data-ready="true"]');
  const samples: Record<string, IdbFloorResult[]> = {};
  for (let round = 1; round <= args.runs; round += 1) {
    for (const layout of IDB_FLOOR_LAYOUTS) {
      const result = await bench(page, 'idbFloor', layout, rows);
      expectEqual(`${layout}: rows read back`, result.rows, rows);
      (samples[layout] ??= []).push(result);
      log(
        `  round ${String(round)}, ${layout}: ${String(result.records)} records, ${result.ms.toFixed(0)} ms, ${rowsPerS(rows, result.ms)} rows/s`,
      );
    }
  }
  console.log(`
${String(rows)} review rows written with plain IndexedDB (median of ${String(args.runs)}):`);
  for (const layout of IDB_FLOOR_LAYOUTS) {
    const ms = median((samples[layout] ?? []).map((result) => result.ms));
    console.log(`  ${layout.padEnd(32)} ${rowsPerS(rows, ms).padStart(9)} rows/s`);
  }
  const environment = { ...machine(), runs: args.runs, quick: args.quick, only: 'idb-floor' };
  // No figure of the report's table and no budget: the samples alone.
  if (args.out !== null) {
    await writeFile(args.out, `${JSON.stringify({ environment, samples }, null, 2)}\n`);
    console.log(`Report written to ${args.out}`);
  }
}

function rowsPerS(rows: number, ms: number): string {
  return Math.round(rows / (ms / 1000)).toLocaleString('en');
}

/**
 * The generated Anki package imported through the deck list in a fresh profile of its own, once
 * (the import takes a minute at full size).
 */
async function measureAnkiImportInApp(
  browser: Browser,
  baseUrl: string,
  sizes: ReturnType<typeof sizesFor>,
): Promise<AnkiImportRun> {
  log(
    `an Anki package of ${String(sizes.ankiCards)} cards and ${String(sizes.ankiReviews)} review rows imported in the app, once`,
  );
  await writeFile(
    join(appBuildDir, ANKI_BENCH_FILE),
    await benchPackage(sizes.ankiCards, sizes.ankiReviews, new Date()),
  );
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const run = await measureAnkiImport(browser, context, baseUrl);
    log(
      `  read ${run.readMs.toFixed(0)} ms, write ${run.writeMs.toFixed(0)} ms, longest task ${run.longestTaskMs.toFixed(0)} ms, peak JS heap ${run.heap.totalMB.toFixed(0)} MB (page ${run.heap.pageMB.toFixed(0)}, largest worker ${run.heap.workerMB.toFixed(0)})`,
    );
    return run;
  } finally {
    await context.close();
  }
}

/**
 * `runs` times, `count` answers in a new study page at `url`: each run's p50 and p95 and the
 * page's main-thread CPU per answer (see measureAnswers).
 */
async function answerRuns(context: BrowserContext, url: string, runs: number, count: number) {
  log(`answers, ${String(runs)} × ${String(count)}`);
  return repeat(runs, async () => {
    const { samples, cpuPerAnswer: cpu } = await measureAnswers(context, url, count);
    const shown = samples.map((sample) => sample.shown);
    const committed = samples.map((sample) => sample.committed);
    const window = samples.map((sample) => sample.committed - sample.shown);
    const run = {
      p50: percentile(shown, 0.5),
      p95: percentile(shown, 0.95),
      committedP50: percentile(committed, 0.5),
      committedP95: percentile(committed, 0.95),
      notDurableAfterShownP95: percentile(window, 0.95),
      cpu,
    };
    log(
      `  p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms; main-thread CPU per answer ${cpu.taskMs.toFixed(2)} ms (script ${cpu.scriptMs.toFixed(2)}, style and layout ${cpu.styleLayoutMs.toFixed(2)})`,
    );
    // Not a latency: how long after the key the answer is durable (the next card may be shown
    // before; see docs/development.md, "Answers are written while the next card is shown").
    log(
      `  key → answer committed p50 ${run.committedP50.toFixed(1)} ms, p95 ${run.committedP95.toFixed(1)} ms; next card painted → committed p95 ${run.notDurableAfterShownP95.toFixed(1)} ms`,
    );
    return run;
  });
}

/**
 * The study collection the answers are timed in: `sizes.bigDeckCards` cards with
 * `sizes.dueReviews` of them due, and `sizes.logRows` review-log rows.
 */
async function seedStudyCollection(benchPage: Page, sizes: ReturnType<typeof sizesFor>) {
  await bench(benchPage, 'reset');
  const cards = await bench(benchPage, 'seedCards', BIG_DECK, sizes.bigDeckCards);
  expectEqual('cards stored', cards.rows, sizes.bigDeckCards);
  const due = await bench(benchPage, 'makeDue', BIG_DECK, sizes.dueReviews, sizes.dueReviews);
  expectEqual('due reviews', due.due, sizes.dueReviews);
  await seedReviewLog(benchPage, sizes);
}

/** `sizes.logRows` review-log rows over the big deck's cards, in chunks of LOG_CHUNK. */
async function seedReviewLog(benchPage: Page, sizes: ReturnType<typeof sizesFor>) {
  const result = await bench(
    benchPage,
    'seedReviewLog',
    BIG_DECK,
    sizes.bigDeckCards,
    sizes.logRows,
    LOG_CHUNK,
  );
  expectEqual('review-log rows', result.rows, sizes.logRows);
  return result;
}

/**
 * `--only answer`: the collection of the full bench's answers (100,000 cards, 10,000 due,
 * 1,000,000 review-log rows; a tenth with `--quick`) seeded once, the day's first start, then
 * `--runs` runs of answers (`answerP50Ms`, `answerP95Ms`, and the main-thread CPU per answer).
 */
async function reportAnswersOnly(context: BrowserContext, baseUrl: string, args: BenchArgs) {
  const sizes = sizesFor(args.quick);
  log(
    `seeding ${String(sizes.bigDeckCards)} cards (${String(sizes.dueReviews)} due) and ${String(sizes.logRows)} review-log rows`,
  );
  const benchPage = await context.newPage();
  await benchPage.goto(`${baseUrl}${BENCH_PAGE_BASE}`);
  await benchPage.waitForSelector('body[data-ready="true"]');
  await seedStudyCollection(benchPage, sizes);
  await benchPage.close();
  const studyUrl = `${baseUrl}/decks/${BIG_DECK}/study`;
  await firstStartOfDay(context, studyUrl, FIRST_START_SETTLE_MS);
  const answers = await answerRuns(context, studyUrl, args.runs, sizes.answersPerRun);
  const figures: Partial<Figures> = {
    answerP50Ms: median(answers.map((run) => run.p50)),
    answerP95Ms: median(answers.map((run) => run.p95)),
  };
  const environment = { ...machine(), runs: args.runs, quick: args.quick, only: 'answer' };
  await report(figures, environment, { answers }, args.out);
}

/**
 * `--only sync`, and the end of the full bench: the repo's sync server (`npm run sync-server`)
 * seeded with 100,000 cards and 1,000,000 answers (a tenth with `--quick`) by the bench page over
 * HTTP, then an empty device's first sync through Settings (once: it takes minutes at full
 * size), and answers with sync set up and "sync by itself" on (a round starts as the study page
 * loads and runs while the answers are given).
 */
async function measureSync(browser: Browser, baseUrl: string, args: BenchArgs) {
  const sizes = sizesFor(args.quick);
  const port = await freePort();
  const serverProcess = await startSyncServer(port, baseUrl);
  try {
    const server: SyncServer = {
      url: `http://127.0.0.1:${String(port)}`,
      database: 'bench-sync',
      user: 'deckwright',
      password: 'deckwright',
    };
    log(
      `sync server seeded with ${String(sizes.bigDeckCards)} cards and ${String(sizes.logRows)} answers`,
    );
    const seedContext = await browser.newContext({ serviceWorkers: 'block' });
    const seedPage = await seedContext.newPage();
    await seedPage.goto(`${baseUrl}${BENCH_PAGE_BASE}`);
    await seedPage.waitForSelector('body[data-ready="true"]');
    const seeded = await bench(
      seedPage,
      'seedSyncServer',
      server,
      SYNC_DECK,
      sizes.bigDeckCards,
      sizes.logRows,
    );
    await seedContext.close();
    log(`  ${String(seeded.rows)} documents in ${seeded.ms.toFixed(0)} ms`);

    log('first sync of an empty device, once');
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const first = await measureFirstSync(
      context,
      baseUrl,
      server,
      log,
      args.quick ? QUICK_SYNC_DEADLINE_MS : SYNC_DEADLINE_MS,
    );
    const firstFigures = {
      syncFirst1MRowsMs: first.ms,
      syncFirstRowsPerS: first.reviews / (first.ms / 1000),
      syncFirstLongestTaskMs: first.longestTaskMs,
    };
    if (!first.finished) {
      // Over budget whatever happens next: the time is a lower bound, the rate what it reached.
      log(
        `  stopped after ${first.ms.toFixed(0)} ms (${String(first.reviews)} of ${String(sizes.logRows)} answers): over budget; answers with sync on not measured`,
      );
      await context.close();
      return { figures: firstFigures, samples: { syncSeed: seeded, syncFirst: first } };
    }
    expectEqual('review-log rows after the first sync', first.reviews, sizes.logRows);
    log(`  ${first.ms.toFixed(0)} ms, longest task ${first.longestTaskMs.toFixed(0)} ms`);

    log(`answers with sync on, ${String(args.runs)} × ${String(sizes.answersPerRun)}`);
    await context.addInitScript(
      ([key, password]) => {
        sessionStorage.setItem(key, password);
      },
      [SYNC_PASSWORD_KEY, server.password] as const,
    );
    const answers = await answerRuns(
      context,
      `${baseUrl}/decks/${SYNC_DECK}/study`,
      args.runs,
      sizes.answersPerRun,
    );
    await context.close();
    const figures: Partial<Figures> = {
      ...firstFigures,
      answerP95SyncOnMs: median(answers.map((run) => run.p95)),
    };
    return { figures, samples: { syncSeed: seeded, syncFirst: first, answersSyncOn: answers } };
  } finally {
    serverProcess.kill('SIGTERM');
  }
}

/**
 * A 1 MB and a 5 MB document (a tenth with `--quick`) added through the deck list in a fresh
 * profile of their own: the deck list under the file input holds the bundled decks only, as for
 * a new learner, not the 100k-card collection the other measures seed.
 */
async function measureDocumentsInApp(browser: Browser, baseUrl: string, args: BenchArgs) {
  const sizes = sizesFor(args.quick);
  const runs = Math.min(args.runs, HEAVY_RUNS);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const measure = async (mb: number) => {
    log(`a ${String(mb / sizes.scale)} MB document added in the app, ${String(runs)} runs`);
    const markdown = largeMarkdown((mb * 1_000_000) / sizes.scale);
    return repeat(runs, async () => {
      const result = await measureWorkerGeneration(context, baseUrl, markdown);
      log(
        `  ${String(result.cards)} cards: ${result.ms.toFixed(0)} ms, longest task ${result.longestTaskMs.toFixed(0)} ms`,
      );
      return result;
    });
  };
  const generate1MB = await measure(1);
  const generate5MB = await measure(5);
  await context.close();
  return { generate1MB, generate5MB };
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const runs = args.runs;
  const sizes = sizesFor(args.quick);
  if (args.quick) log("--quick: a tenth of every size; these figures are not the budgets' ones");
  await buildAll();
  const server: PreviewHandle = await servePreview({
    outDir: appBuildDir,
    plugins: [servePageBuild(BENCH_PAGE_BASE, pageBuildDir)],
  });
  const browser = await launchChromium(BENCH_CHROMIUM_ARGS);
  try {
    // A fresh profile; service workers blocked so every load is measured from the server and
    // the bench page is never answered by the app's navigation fallback.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const { baseUrl } = server;
    if (args.only === 'generation') {
      await reportDocumentsOnly(browser, baseUrl, args);
      return;
    }
    if (args.only === 'anki-import') {
      await reportAnkiImportOnly(browser, baseUrl, args);
      return;
    }
    if (args.only === 'idb-floor') {
      await reportIdbFloorOnly(context, baseUrl, args);
      return;
    }
    if (args.only === 'answer') {
      await reportAnswersOnly(context, baseUrl, args);
      return;
    }
    if (args.only === 'sync') {
      const sync = await measureSync(browser, baseUrl, args);
      const environment = { ...machine(), runs: args.runs, quick: args.quick, only: 'sync' };
      await report(sync.figures, environment, sync.samples, args.out);
      return;
    }

    log('first page: scripts loaded');
    const { beforeShown: scripts, afterShown } = await measureFirstPageScripts(context, baseUrl);
    const entry = await entryScriptsOf(appBuildDir);
    const gzipOf = (list: typeof scripts) => list.reduce((sum, file) => sum + file.gzipBytes, 0);
    for (const file of scripts) {
      log(`  ${file.path}: ${String(file.bytes)} B, ${String(file.gzipBytes)} B gzip`);
    }
    for (const file of afterShown) {
      log(`  after the decks showed: ${file.path}, ${String(file.gzipBytes)} B gzip`);
    }
    if (gzipOf(scripts) !== gzipOf(entry)) {
      log(`  note: index.html names ${String(gzipOf(entry))} B gzip; the page loaded more`);
    }

    const benchPage = await context.newPage();
    benchPage.on('pageerror', (error) => {
      log(`bench page error: ${error.message}`);
    });
    await benchPage.goto(`${baseUrl}${BENCH_PAGE_BASE}`);
    await benchPage.waitForSelector('body[data-ready="true"]');

    const heavyRuns = Math.min(runs, HEAVY_RUNS);
    log(`seeding ${String(sizes.bigDeckCards)} cards, ${String(heavyRuns)} runs`);
    const seedCards = await repeat(heavyRuns, async (run) => {
      await bench(benchPage, 'reset');
      const result = await bench(benchPage, 'seedCards', BIG_DECK, sizes.bigDeckCards);
      expectEqual('cards stored', result.rows, sizes.bigDeckCards);
      log(`  run ${String(run + 1)}: ${result.ms.toFixed(0)} ms`);
      return result.ms;
    });
    const due = await bench(benchPage, 'makeDue', BIG_DECK, sizes.dueReviews, sizes.dueReviews);
    expectEqual('due reviews', due.due, sizes.dueReviews);
    await bench(benchPage, 'seedCards', QUIZ_DECK, sizes.quizDeckCards);

    const logRuns = Math.min(runs, LOG_SEED_RUNS);
    log(`seeding ${String(sizes.logRows)} review-log rows, ${String(logRuns)} runs`);
    const seedLogs = await repeat(logRuns, async (run) => {
      await bench(benchPage, 'clearReviewLog');
      const result = await seedReviewLog(benchPage, sizes);
      log(`  run ${String(run + 1)}: ${result.ms.toFixed(0)} ms`);
      return result.ms;
    });

    log('queue build');
    const queue = await repeat(runs, async () => {
      const result = await bench(benchPage, 'buildQueue', BIG_DECK);
      expectEqual('queued reviews', result.counts.review, sizes.dueReviews);
      return result.ms;
    });

    log(`statistics, ${String(heavyRuns)} runs`);
    const stats = await repeat(heavyRuns, async () => {
      const result = await bench(benchPage, 'statistics', null);
      expectEqual('statistics rows', result.logs, sizes.logRows);
      log(`  ${result.loadMs.toFixed(0)} ms reading + ${result.computeMs.toFixed(0)} ms computing`);
      return result;
    });

    log('quiz');
    const quiz = await repeat(runs, async (run) => {
      const result = await bench(benchPage, 'quiz', QUIZ_DECK, QUIZ_QUESTIONS, 1000 + run);
      expectEqual('quiz questions', result.questions, QUIZ_QUESTIONS);
      return result.ms;
    });

    log('card browser: search and sort');
    const browse = await repeat(runs, async () => {
      const result = await bench(benchPage, 'browse', BIG_DECK, BROWSE_SEARCH, 'front');
      expectEqual('browsed cards', result.cards, sizes.bigDeckCards);
      if (result.rows === 0) throw new Error(`browser search "${BROWSE_SEARCH}" found nothing`);
      log(
        `  ${result.ms.toFixed(0)} ms (${String(result.rows)} rows), index ${result.indexMs.toFixed(0)} ms`,
      );
      return result;
    });

    const optimizeRuns = Math.min(runs, HEAVY_RUNS);
    const optimizeOf = async (reviews: number) => {
      log(`optimizer over ${String(reviews)} reviews, ${String(optimizeRuns)} runs`);
      const deckId = `bench-optimize-${String(reviews)}`;
      const seeded = await bench(benchPage, 'seedOptimizerDeck', deckId, reviews);
      expectEqual('optimizer deck reviews', seeded.rows, reviews);
      // The seeding's garbage is collected before the timed runs, not during them.
      await benchPage.waitForTimeout(SETTLE_MS);
      return repeat(optimizeRuns, async () => {
        const result = await bench(benchPage, 'optimize', deckId);
        expectEqual('optimized reviews', result.reviews, reviews);
        expectEqual('optimizer plan', result.plan, 'full');
        log(
          `  ${result.ms.toFixed(0)} ms, longest main-thread task ${result.longestTaskMs.toFixed(0)} ms`,
        );
        return result;
      });
    };
    const optimizeSmall = await optimizeOf(sizes.optimizeSmall);
    const optimizeLarge = await optimizeOf(sizes.optimizeLarge);

    log('ts-fsrs next() and answerCard, side by side');
    const overhead = await repeat(runs, () =>
      bench(benchPage, 'answerOverhead', QUIZ_DECK, sizes.overheadCards),
    );
    await benchPage.close();

    const studyUrl = `${baseUrl}/decks/${BIG_DECK}/study`;
    log('cold loads');
    // The day's first start, untimed: the app stores its bundled decks (and would take the
    // day's snapshot); later starts that day do neither, like the loads timed below.
    const snapshots = await firstStartOfDay(context, studyUrl, FIRST_START_SETTLE_MS);
    log(`  first start of the day: ${String(snapshots)} snapshot(s) stored`);
    const coldLoads = await repeat(runs, async () => {
      const ms = await measureColdLoad(context, studyUrl);
      log(`  ${ms.toFixed(0)} ms`);
      return ms;
    });

    const answers = await answerRuns(context, studyUrl, runs, sizes.answersPerRun);
    // Nothing after this reads the study collection. Playwright's contexts are off the record,
    // so a context's IndexedDB lives in the browser process's memory: left open, 100,000 cards
    // and 1,000,000 answers would stay there beside the later parts' own collections (the first
    // sync's empty device among them), which no real device has.
    await context.close();

    const { generate1MB, generate5MB } = await measureDocumentsInApp(browser, baseUrl, args);

    const ankiImport = await measureAnkiImportInApp(browser, baseUrl, sizes);
    const ankiImportMs = ankiImport.readMs + ankiImport.writeMs;

    const sync = await measureSync(browser, baseUrl, args);

    const generate = await measureGenerationInNode(runs);

    log(`Anki export of ${String(sizes.ankiExportCards)} cards with 10 answers each, in Node`);
    const ankiExport = await repeat(runs, async () => {
      const result = await measureAnkiExport(sizes.ankiExportCards);
      expectEqual('revlog rows', result.revlogRows, sizes.ankiExportCards * 10);
      log(`  ${result.ms.toFixed(0)} ms, ${String(result.bytes)} B`);
      return result;
    });

    const figures: Partial<Figures> = {
      initialJsGzipBytes: gzipOf(scripts),
      coldLoadToFirstCardMs: median(coldLoads),
      seed100kCardsMs: median(seedCards),
      seed1MLogsMs: median(seedLogs),
      queueBuild100kMs: median(queue),
      answerP50Ms: median(answers.map((run) => run.p50)),
      answerP95Ms: median(answers.map((run) => run.p95)),
      stats1MLogsMs: median(stats.map((run) => run.ms)),
      stats1MLogsLoadMs: median(stats.map((run) => run.loadMs)),
      stats1MLogsComputeMs: median(stats.map((run) => run.computeMs)),
      quiz50From10kMs: median(quiz),
      browse100kSearchMs: median(browse.map((run) => run.ms)),
      browse100kIndexMs: median(browse.map((run) => run.indexMs)),
      optimize10kReviewsMs: median(optimizeSmall.map((run) => run.ms)),
      optimize100kReviewsMs: median(optimizeLarge.map((run) => run.ms)),
      optimizeLongestTaskMs: Math.max(
        ...[...optimizeSmall, ...optimizeLarge].map((run) => run.longestTaskMs),
      ),
      generateMBps: median(generate),
      generate1MBWorkerMs: median(generate1MB.map((run) => run.ms)),
      generate5MBWorkerMs: median(generate5MB.map((run) => run.ms)),
      generateLongestTaskMs: Math.max(
        ...[...generate1MB, ...generate5MB].map((run) => run.longestTaskMs),
      ),
      ankiImport1MRowsMs: ankiImportMs,
      ankiImportRowsPerS: sizes.ankiReviews / (ankiImportMs / 1000),
      ankiImportLongestTaskMs: ankiImport.longestTaskMs,
      ankiImportPeakHeapMB: ankiImport.heap.totalMB,
      ankiExport10kMs: median(ankiExport.map((run) => run.ms)),
      ankiExport10kBytes: median(ankiExport.map((run) => run.bytes)),
      tsFsrsNextUs: median(overhead.map((run) => run.rawUs)),
      answerCardUs: median(overhead.map((run) => run.oursUs)),
      answerOverheadRatio: median(overhead.map((run) => run.oursUs / run.rawUs)),
      ...sync.figures,
    };
    const environment = {
      ...machine(),
      runs,
      seed100kCardsRuns: heavyRuns,
      stats1MLogsRuns: heavyRuns,
      seed1MLogsRuns: logRuns,
      dailySnapshotsStored: snapshots,
      quick: args.quick,
    };
    const samples = {
      coldLoads,
      seedCards,
      seedLogs,
      queue,
      answers,
      stats,
      quiz,
      browse,
      overhead,
      generate,
      generate1MB,
      generate5MB,
      ankiImport,
      ankiExport,
      firstPageScripts: scripts,
      ...sync.samples,
    };

    await report(figures, environment, samples, args.out);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
