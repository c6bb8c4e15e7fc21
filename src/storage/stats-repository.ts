/**
 * Reads for statistics: one deck's (or every deck's) cards, whole review history and finished
 * quizzes, in one read transaction so the figures agree with each other, and a deck's progress
 * for the deck list. Rows are slimmed to the fields statistics use (no card text), because the
 * statistics page sends them to a Web Worker by structured clone.
 */
import { Dexie } from 'dexie';
import { DEFAULT_DECK_OPTIONS } from '../domain/scheduling/deck-options.ts';
import { fsrsFields } from '../domain/scheduling/fsrs-vocabulary.ts';
import { deckProgress, type DeckProgress } from '../domain/stats/deck-progress.ts';
import type { StatsCard, StatsLog, StatsQuiz } from '../domain/stats/stats-types.ts';
import type { CardRecord, DeckRecord, QuizRecord, ReviewLogRecord, StudyDatabase } from './db.ts';

export interface StatsData {
  /** The deck asked for, or `null` for all decks. */
  readonly deck: DeckRecord | null;
  readonly cards: StatsCard[];
  readonly logs: StatsLog[];
  readonly quizzes: StatsQuiz[];
  /**
   * The hour study days start at: the deck's own; for all decks, that of the first deck in the
   * list (one collection-wide boundary, as Anki has), or the default with no decks.
   */
  readonly dayStartHour: number;
}

export function toStatsCard(card: CardRecord): StatsCard {
  return {
    ...fsrsFields(card),
    id: card.id,
    suspended: card.suspended,
    buriedUntil: card.buriedUntil,
  };
}

function toStatsLog(log: ReviewLogRecord): StatsLog {
  return {
    cardId: log.cardId,
    review: log.review,
    rating: log.rating,
    state: log.state,
    scheduled_days: log.scheduled_days,
    durationMs: log.durationMs,
  };
}

function toStatsQuiz(quiz: QuizRecord): StatsQuiz {
  return { id: quiz.id, finishedAt: quiz.finishedAt, total: quiz.total, correct: quiz.correct };
}

/** A deck's review log in time order, from one index range. */
function deckLogs(db: StudyDatabase, deckId: string) {
  return db.reviewLog
    .where('[deckId+review]')
    .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
    .toArray();
}

/**
 * Everything the statistics of `deckId` (or of all decks when `null`) are computed from;
 * `undefined` when that deck does not exist.
 */
export async function loadStatsData(
  db: StudyDatabase,
  deckId: string | null,
): Promise<StatsData | undefined> {
  return db.transaction('r', db.decks, db.cards, db.reviewLog, db.quizzes, async () => {
    if (deckId === null) {
      const [first, cards, logs, quizzes] = await Promise.all([
        db.decks.orderBy('position').first(),
        db.cards.toArray(),
        db.reviewLog.orderBy('review').toArray(),
        db.quizzes.toArray(),
      ]);
      return {
        deck: null,
        cards: cards.map(toStatsCard),
        logs: logs.map(toStatsLog),
        quizzes: quizzes.map(toStatsQuiz),
        dayStartHour: first?.options.nextDayStartsAt ?? DEFAULT_DECK_OPTIONS.nextDayStartsAt,
      };
    }
    const deck = await db.decks.get(deckId);
    if (deck === undefined) return undefined;
    const [cards, logs, quizzes] = await Promise.all([
      db.cards.where('deckId').equals(deckId).toArray(),
      deckLogs(db, deckId),
      db.quizzes.where('deckIds').equals(deckId).toArray(),
    ]);
    return {
      deck,
      cards: cards.map(toStatsCard),
      logs: logs.map(toStatsLog),
      quizzes: quizzes.map(toStatsQuiz),
      dayStartHour: deck.options.nextDayStartsAt,
    };
  });
}

/**
 * A deck's cards learned of all and its true retention over the last 30 study days (by the
 * deck's day boundary); `undefined` when the deck does not exist. Reads the deck's cards and only
 * the log rows of the last 31 days, by index.
 */
export async function loadDeckProgress(
  db: StudyDatabase,
  deckId: string,
  now: Date,
): Promise<DeckProgress | undefined> {
  return db.transaction('r', db.decks, db.cards, db.reviewLog, async () => {
    const deck = await db.decks.get(deckId);
    if (deck === undefined) return undefined;
    // 31 days back covers 30 study days whatever the hour and daylight-saving changes; the
    // domain function counts exactly by study day.
    const since = new Date(now.getTime() - 31 * 86_400_000);
    const [cards, logs] = await Promise.all([
      db.cards.where('deckId').equals(deckId).toArray(),
      db.reviewLog
        .where('[deckId+review]')
        .between([deckId, since], [deckId, Dexie.maxKey])
        .toArray(),
    ]);
    return deckProgress(cards, logs.map(toStatsLog), {
      now,
      dayStartHour: deck.options.nextDayStartsAt,
    });
  });
}
