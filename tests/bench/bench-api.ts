import type { BrowseSort } from '../../src/domain/stats/card-browser.ts';

/**
 * What the bench page (bench-page.ts, built on its own and served beside the app on the same
 * origin) offers the Node runner on `window.deckwrightBench`. Types only, shared by both sides;
 * every figure is measured in the page with `performance.now()`.
 */

export interface TimedResult {
  /** Milliseconds. */
  readonly ms: number;
}

export interface SeedResult extends TimedResult {
  /** Rows the table holds afterwards, checked by the runner. */
  readonly rows: number;
}

export interface QueueResult extends TimedResult {
  readonly phase: string;
  readonly counts: { readonly new: number; readonly learning: number; readonly review: number };
}

export interface StatsResult extends TimedResult {
  /** Reading the rows (one read transaction), then computing the figures. */
  readonly loadMs: number;
  readonly computeMs: number;
  /** Answers and cards the data covers, counted from the summaries read. */
  readonly logs: number;
  readonly cards: number;
  /** A figure the page shows, so the runner can tell the work was really done. */
  readonly calendarAnswers: number;
}

export interface QuizResult extends TimedResult {
  readonly questions: number;
  readonly types: string[];
}

export interface BrowseResult extends TimedResult {
  /** Building the search index the page keeps (once per change of the collection). */
  readonly indexMs: number;
  /** Cards of the deck searched, and the rows found. */
  readonly cards: number;
  readonly rows: number;
}

export interface OverheadResult {
  /** Microseconds per raw ts-fsrs `next()` call, over the same cards. */
  readonly rawUs: number;
  /** Microseconds per full `answerCard` (one IndexedDB transaction each). */
  readonly oursUs: number;
  readonly answered: number;
}

export interface OptimizeResult extends TimedResult {
  /** Reviews the optimizer used and whether it fitted all parameters (`full`). */
  readonly reviews: number;
  readonly plan: string;
  /**
   * The longest main-thread task meanwhile, from Chromium's Long Tasks API, which reports
   * tasks of 50 ms or more: 0 means every task was shorter than 50 ms.
   */
  readonly longestTaskMs: number;
}

/**
 * How `idbFloor` lays review-shaped rows out in IndexedDB: one record per row with 0, 1, 2 or
 * all 4 of the review log's secondary indexes (in one transaction, or ten), or many rows to a
 * record, per card or per chunk of 10,000 rows.
 */
export type IdbFloorLayout =
  | 'rows-0-indexes'
  | 'rows-1-index'
  | 'rows-2-indexes'
  | 'rows-4-indexes'
  | 'rows-4-indexes-10-transactions'
  | 'packed-per-card'
  | 'packed-per-chunk';

export const IDB_FLOOR_LAYOUTS: readonly IdbFloorLayout[] = [
  'rows-0-indexes',
  'rows-1-index',
  'rows-2-indexes',
  'rows-4-indexes',
  'rows-4-indexes-10-transactions',
  'packed-per-card',
  'packed-per-chunk',
];

export interface IdbFloorResult extends TimedResult {
  /** Records written, and the review rows they hold (read back afterwards). */
  readonly records: number;
  readonly rows: number;
}

/** A sync server and the database and account the bench uses on it. */
export interface SyncServer {
  readonly url: string;
  readonly database: string;
  readonly user: string;
  readonly password: string;
}

export interface BenchApi {
  /** Deletes the whole database and opens it again, empty. */
  reset(): Promise<void>;
  /** Generates a deck of `count` cards (untimed), then times storing it through `syncDecks`. */
  seedCards(deckId: string, count: number): Promise<SeedResult>;
  /**
   * Makes the first `count` cards of the deck due reviews (FSRS answers simulated in the past,
   * stored through `importReviewHistory`) and sets its reviews per day to `reviewsPerDay`.
   */
  makeDue(deckId: string, count: number, reviewsPerDay: number): Promise<{ due: number }>;
  /** Empties the review log. */
  clearReviewLog(): Promise<void>;
  /**
   * Generates `total` review-log rows for the deck's first `cardCount` cards, spread over the
   * two years before yesterday, and times storing them by chunks of `chunk` rows.
   */
  seedReviewLog(
    deckId: string,
    cardCount: number,
    total: number,
    chunk: number,
  ): Promise<SeedResult>;
  /** Times the study screen's start: `loadStudyData` + `buildQueue`, through the study store. */
  buildQueue(deckId: string): Promise<QueueResult>;
  /**
   * Times the statistics page's data as the page gets it: `loadStatsData`, then
   * `computeStatisticsOffThread` (the page's worker); `null`: all decks.
   */
  statistics(deckId: string | null): Promise<StatsResult>;
  /** Times generating a quiz the way the quiz screen does: load, pool, generate. */
  quiz(deckId: string, questionCount: number, seed: number): Promise<QuizResult>;
  /**
   * Times the card browser's search and sort as the page runs them when the search box changes:
   * `browseCards` over every card, filtered to the deck, matching `text`, sorted by `sort` (the
   * other direction), with the page's search index (built first, timed apart).
   */
  browse(deckId: string, text: string, sort: BrowseSort): Promise<BrowseResult>;
  /** Stores a simulated learner's `reviews` answers in a deck of its own; returns its log size. */
  seedOptimizerDeck(deckId: string, reviews: number): Promise<{ rows: number }>;
  /**
   * Times the deck options' "Optimize" path: the optimizer worker reading the deck's log,
   * preparing it and fitting, as the page runs it.
   */
  optimize(deckId: string): Promise<OptimizeResult>;
  /**
   * Stores on `server` a deck of `cards` cards and `reviews` answers as sync documents (bulk
   * requests over HTTP); returns the documents stored and the time taken.
   */
  seedSyncServer(
    server: SyncServer,
    deckId: string,
    cards: number,
    reviews: number,
  ): Promise<SeedResult>;
  /**
   * Times writing `rows` review-shaped rows with plain IndexedDB in `layout`, in a database of
   * their own (deleted afterwards): the floor under the review log's writes.
   */
  idbFloor(layout: IdbFloorLayout, rows: number): Promise<IdbFloorResult>;
  /** Raw ts-fsrs `next()` against `answerCard`, on the deck's next `count` new cards. */
  answerOverhead(deckId: string, count: number): Promise<OverheadResult>;
}

declare global {
  interface Window {
    deckwrightBench?: BenchApi;
    /** Set by the runner's init script: when the first card was painted (ms from navigation). */
    benchFirstCardMs?: number;
  }
}
