/**
 * Reads for statistics: one deck's (or every deck's) packed cards and review days (the summaries
 * stats-summaries.ts keeps), its answers of the last two days and its finished quizzes, in one
 * read transaction so the figures agree with each other (a deck's progress for the deck list is
 * read by deck-progress-repository.ts). Never the whole review log or every card record: at a hundred thousand cards and a
 * million answers those take tens of seconds to read, the summaries a few dozen milliseconds.
 */
import { DEFAULT_DECK_OPTIONS } from '../domain/scheduling/deck-options.ts';
import { weightsByDeck, type DeckWeights } from '../domain/scheduling/retrievability.ts';
import type { CardDigestPage } from '../domain/stats/card-digest.ts';
import type { ReviewDay } from '../domain/stats/review-days.ts';
import { DAY_MS } from '../domain/time/time-units.ts';
import type { StatsLog, StatsQuiz } from '../domain/stats/stats-types.ts';
import { answersOfDeck, type StoredAnswer } from './answer-log.ts';
import type { DeckRecord, QuizRecord, StudyDatabase } from './db.ts';
import { ofDeck } from './deck-progress-repository.ts';

export interface StatsData {
  /** The deck asked for, or `null` for all decks. */
  readonly deck: DeckRecord | null;
  readonly cardPages: CardDigestPage[];
  readonly reviewDays: ReviewDay[];
  /** Answers of the last 48 hours: today's study day, whatever the hour it starts at. */
  readonly recentLogs: StatsLog[];
  readonly quizzes: StatsQuiz[];
  /**
   * The hour study days start at: the deck's own; for all decks, that of the first deck in the
   * list (one collection-wide boundary, as Anki has), or the default with no decks.
   */
  readonly dayStartHour: number;
  /** The FSRS weights of the decks read (their fitted ones or the defaults). */
  readonly deckWeights: DeckWeights;
}

const RECENT_MS = 2 * DAY_MS;

function toStatsLog(log: StoredAnswer): StatsLog {
  return {
    cardId: log.cardId,
    review: log.review,
    rating: log.rating,
    state: log.state,
    scheduled_days: log.scheduled_days,
    durationMs: log.durationMs,
  };
}

/**
 * The answers of `deckIds` since `since`, oldest first: each deck's range of the log's
 * `[deckId+review]` index (the log has no index by time alone since schema 12, see db.ts).
 */
async function recentLogsOf(
  db: StudyDatabase,
  deckIds: readonly string[],
  since: Date,
): Promise<StatsLog[]> {
  const perDeck = await Promise.all(deckIds.map((deckId) => answersOfDeck(db, deckId, since)));
  return perDeck
    .flat()
    .sort((a, b) => a.review.getTime() - b.review.getTime())
    .map(toStatsLog);
}

function toStatsQuiz(quiz: QuizRecord): StatsQuiz {
  return { id: quiz.id, finishedAt: quiz.finishedAt, total: quiz.total, correct: quiz.correct };
}

/**
 * Everything the statistics of `deckId` (or of all decks when `null`) are computed from at
 * `now`; `undefined` when that deck does not exist.
 */
export async function loadStatsData(
  db: StudyDatabase,
  deckId: string | null,
  now: Date,
): Promise<StatsData | undefined> {
  const since = new Date(now.getTime() - RECENT_MS);
  const tables = [db.decks, db.cardDigest, db.reviewDays, db.reviewLog, db.logBlocks, db.quizzes];
  return db.transaction('r', tables, async () => {
    if (deckId === null) {
      const [decks, cardPages, reviewDays, quizzes] = await Promise.all([
        db.decks.orderBy('position').toArray(),
        db.cardDigest.toArray(),
        db.reviewDays.toArray(),
        db.quizzes.toArray(),
      ]);
      return {
        deck: null,
        cardPages,
        reviewDays,
        recentLogs: await recentLogsOf(
          db,
          decks.map((each) => each.id),
          since,
        ),
        quizzes: quizzes.map(toStatsQuiz),
        dayStartHour: decks[0]?.options.nextDayStartsAt ?? DEFAULT_DECK_OPTIONS.nextDayStartsAt,
        deckWeights: weightsByDeck(decks),
      };
    }
    const deck = await db.decks.get(deckId);
    if (deck === undefined) return undefined;
    const [cardPages, reviewDays, recentLogs, quizzes] = await Promise.all([
      ofDeck(db.cardDigest, deckId),
      ofDeck(db.reviewDays, deckId),
      recentLogsOf(db, [deckId], since),
      db.quizzes.where('deckIds').equals(deckId).toArray(),
    ]);
    return {
      deck,
      cardPages,
      reviewDays,
      recentLogs,
      quizzes: quizzes.map(toStatsQuiz),
      dayStartHour: deck.options.nextDayStartsAt,
      deckWeights: weightsByDeck([deck]),
    };
  });
}
