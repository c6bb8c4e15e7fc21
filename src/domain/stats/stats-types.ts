/**
 * What the statistics read: slim views of cards, review-log rows and finished quizzes (stored
 * records fit as they are), and the context every figure depends on — the moment, the hour the
 * study day starts and the time zone. Kept apart from the records so the statistics can run in a
 * Web Worker on structured-cloned plain data.
 */
import type { FsrsCard, FsrsReviewLog } from '../scheduling/scheduler.ts';

/**
 * A card as far as statistics go: the FSRS fields they read plus the flags that take it out of
 * study (a stored card record fits as it is).
 */
export interface StatsCard extends Pick<
  FsrsCard,
  'due' | 'stability' | 'difficulty' | 'scheduled_days' | 'state' | 'last_review'
> {
  readonly id: string;
  readonly suspended: boolean;
  readonly buriedUntil: Date | null;
}

/**
 * One answer. As in ts-fsrs logs, `state` is the card's state *before* the answer and
 * `scheduled_days` the interval (in days) it had been given before this answer.
 */
export interface StatsLog extends Pick<FsrsReviewLog, 'rating' | 'state' | 'scheduled_days'> {
  readonly cardId: string;
  /** When the answer was given. */
  readonly review: Date;
  /** Time from showing the question to the answer. */
  readonly durationMs: number;
}

/** A finished quiz: when it ended and how many of its questions were answered right. */
export interface StatsQuiz {
  readonly id: number;
  readonly finishedAt: Date;
  readonly total: number;
  readonly correct: number;
}

/** The moment and the calendar rules every day-based figure uses. */
export interface StatsClock {
  readonly now: Date;
  /** Local hour (0–23) at which a study day starts (4 by default, as in Anki). */
  readonly dayStartHour: number;
  /** IANA zone for day boundaries; the host's zone when omitted. */
  readonly timeZone?: string;
}

/** Answers that passed (Hard, Good, Easy) and failed (Again). */
export interface PassFail {
  readonly passed: number;
  readonly failed: number;
}
