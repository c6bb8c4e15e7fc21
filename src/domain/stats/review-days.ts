/**
 * The review log summed up by quarter hour, so statistics read a few hundred small records
 * instead of every answer ever given. One record per deck and UTC calendar day holds, for each
 * of the day's 96 quarter hours, the answers by kind, the time spent and the true-retention
 * counts. Quarter hours, not study days, because the study day depends on settings (the hour a
 * day starts, the time zone) that can change after the answers were given; every time zone's
 * offset is a whole number of quarter hours, so a quarter hour always falls in exactly one study
 * day, whatever the settings are when the statistics are read.
 */
import { Rating } from '../scheduling/fsrs-vocabulary.ts';
import {
  countsForRetention,
  MATURE_INTERVAL_DAYS,
  REVIEW_KINDS,
  reviewKindOf,
} from './classify.ts';
import { DAY_MS, MINUTE_MS } from '../time/time-units.ts';
import { daysAgoFrom } from './stats-days.ts';
import type { PassFail, StatsClock, StatsLog } from './stats-types.ts';

const SLOT_MS = 15 * MINUTE_MS;
/** Quarter hours in a UTC day. */
export const SLOTS_PER_DAY = DAY_MS / SLOT_MS;

/**
 * The counters kept per quarter hour, in this order: answers by kind (see `REVIEW_KINDS`), then
 * passed and failed answers of young and of mature cards that count for true retention.
 */
const COUNTERS = 8;
const RETENTION_OFFSET = REVIEW_KINDS.length;

/** One deck's answers on one UTC day, by quarter hour. */
export interface ReviewDay {
  readonly deckId: string;
  /** Days since 1970-01-01 (UTC). */
  readonly day: number;
  /** `SLOTS_PER_DAY × 8` counters, slot by slot (see COUNTERS). */
  readonly counts: Uint32Array;
  /** Time spent per quarter hour, in milliseconds. */
  readonly timeMs: Float64Array;
}

/** What summing needs of an answer: the deck it belongs to and the fields statistics read. */
export interface DeckLog extends Omit<StatsLog, 'cardId'> {
  readonly deckId: string;
}

/**
 * The UTC day number of an answer, the key of its {@link ReviewDay} with its deck.
 *
 * @example
 * reviewDayNumber(new Date('1970-01-02T10:00:00Z')); // 1
 */
export function reviewDayNumber(review: Date): number {
  return Math.floor(review.getTime() / DAY_MS);
}

/**
 * A day with no answers yet.
 *
 * @example
 * emptyReviewDay('bpo-da', 20_527).counts.every((count) => count === 0); // true
 */
export function emptyReviewDay(deckId: string, day: number): ReviewDay {
  return {
    deckId,
    day,
    counts: new Uint32Array(SLOTS_PER_DAY * COUNTERS),
    timeMs: new Float64Array(SLOTS_PER_DAY),
  };
}

/**
 * Adds one answer to its day (`sign` 1) or takes it away again (`sign` -1, when the answer is
 * undone or deleted); a Manual row counts nothing. The answer must fall on `record.day`. Counters
 * never go below zero.
 *
 * @example
 * const day = emptyReviewDay('d', reviewDayNumber(log.review));
 * countReview(day, log, 1);
 */
export function countReview(record: ReviewDay, log: DeckLog, sign: 1 | -1): void {
  // A reset or reschedule by hand is no answer.
  if (log.rating === Rating.Manual) return;
  const slot = Math.floor((log.review.getTime() - record.day * DAY_MS) / SLOT_MS);
  const base = slot * COUNTERS;
  const bump = (counter: number) => {
    const index = base + counter;
    record.counts[index] = Math.max(0, (record.counts[index] ?? 0) + sign);
  };
  bump(REVIEW_KINDS.indexOf(reviewKindOf(log)));
  if (countsForRetention(log)) {
    const mature = log.scheduled_days >= MATURE_INTERVAL_DAYS ? 2 : 0;
    bump(RETENTION_OFFSET + mature + (log.rating === Rating.Again ? 1 : 0));
  }
  record.timeMs[slot] = Math.max(
    0,
    (record.timeMs[slot] ?? 0) + sign * Math.max(0, log.durationMs),
  );
}

/** Sums answers into one record per deck and UTC day as they come (e.g. from a cursor). */
export class ReviewDaysBuilder {
  private readonly days = new Map<string, ReviewDay>();

  add(log: DeckLog): void {
    const day = reviewDayNumber(log.review);
    const key = `${String(day)} ${log.deckId}`;
    let record = this.days.get(key);
    if (record === undefined) {
      record = emptyReviewDay(log.deckId, day);
      this.days.set(key, record);
    }
    countReview(record, log, 1);
  }

  records(): ReviewDay[] {
    return [...this.days.values()];
  }
}

/**
 * The days of a list of answers, one record per deck and UTC day.
 *
 * @example
 * summarizeReviews([{ deckId: 'd', review, rating, state, scheduled_days, durationMs }]);
 * // [{ deckId: 'd', day: 20_527, counts, timeMs }]
 */
export function summarizeReviews(logs: Iterable<DeckLog>): ReviewDay[] {
  const builder = new ReviewDaysBuilder();
  for (const log of logs) builder.add(log);
  return builder.records();
}

/** One study day's answers: by kind, time spent, and true-retention counts. */
export interface StudyDayTotals {
  readonly kinds: Uint32Array;
  timeMs: number;
  readonly youngRetention: { passed: number; failed: number };
  readonly matureRetention: { passed: number; failed: number };
}

/** Study days with answers, keyed by how many days before today they are (0 = today). */
export type StudyDays = ReadonlyMap<number, StudyDayTotals>;

/**
 * Sums quarter hours into study days under the given clock (day start hour and time zone).
 *
 * @example
 * const days = studyDaysOf(records, { now, dayStartHour: 4 });
 * days.get(0)?.timeMs; // time spent today
 */
export function studyDaysOf(records: Iterable<ReviewDay>, clock: StatsClock): StudyDays {
  const daysAgo = daysAgoFrom(clock);
  const totals = new Map<number, StudyDayTotals>();
  for (const record of records) {
    for (let slot = 0; slot < SLOTS_PER_DAY; slot += 1) {
      const base = slot * COUNTERS;
      let answers = 0;
      for (let kind = 0; kind < RETENTION_OFFSET; kind += 1)
        answers += record.counts[base + kind] ?? 0;
      if (answers === 0) continue;
      const ago = daysAgo(new Date(record.day * DAY_MS + slot * SLOT_MS));
      let day = totals.get(ago);
      if (day === undefined) {
        day = {
          kinds: new Uint32Array(RETENTION_OFFSET),
          timeMs: 0,
          youngRetention: { passed: 0, failed: 0 },
          matureRetention: { passed: 0, failed: 0 },
        };
        totals.set(ago, day);
      }
      for (let kind = 0; kind < RETENTION_OFFSET; kind += 1) {
        day.kinds[kind] = (day.kinds[kind] ?? 0) + (record.counts[base + kind] ?? 0);
      }
      day.timeMs += record.timeMs[slot] ?? 0;
      const retention = base + RETENTION_OFFSET;
      day.youngRetention.passed += record.counts[retention] ?? 0;
      day.youngRetention.failed += record.counts[retention + 1] ?? 0;
      day.matureRetention.passed += record.counts[retention + 2] ?? 0;
      day.matureRetention.failed += record.counts[retention + 3] ?? 0;
    }
  }
  return totals;
}

/**
 * Answers of a study day, all kinds together.
 *
 * @example
 * answersOn(days.get(0)); // answers today
 */
export function answersOn(day: StudyDayTotals | undefined): number {
  return day === undefined ? 0 : day.kinds.reduce((sum, count) => sum + count, 0);
}

/** Pass/fail counts added together. */
export function addPassFail(a: PassFail, b: PassFail): PassFail {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed };
}
