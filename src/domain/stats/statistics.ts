/**
 * Everything the statistics page shows, computed in one pass over one input, so the page can
 * hand the whole job to a Web Worker (the same function runs there and on the main thread) and
 * tests can check the page's figures without a browser.
 */
import { cardCounts, memoryStats, type CardCounts, type MemoryStats } from './card-stats.ts';
import { dueForecast, type DueForecast } from './forecast.ts';
import { quizScores, type QuizScores } from './quiz-scores.ts';
import {
  reviewsPerDay,
  streaks,
  todayStats,
  type DayReviews,
  type Streaks,
  type TodayStats,
} from './review-activity.ts';
import { digestPageCards, type CardDigestPage } from './card-digest.ts';
import { studyDaysOf, type ReviewDay } from './review-days.ts';
import type { DeckWeights } from '../scheduling/retrievability.ts';
import type { StatsClock, StatsLog, StatsQuiz } from './stats-types.ts';
import { trueRetention, type TrueRetention } from './true-retention.ts';

/** The periods the review graph and the quiz scores can show, in study days. */
export const STATS_PERIODS = [30, 90, 365] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

/** Days shown by the calendar heatmap and the due forecast. */
export const CALENDAR_DAYS = 365;
export const FORECAST_DAYS = 30;

export interface StatsInput extends StatsClock {
  /** The cards, packed (see card-digest.ts). */
  readonly cardPages: readonly CardDigestPage[];
  /** The review log by quarter hour (see review-days.ts). */
  readonly reviewDays: readonly ReviewDay[];
  /** The answers of the last two days at least: today's figures count distinct cards. */
  readonly recentLogs: readonly StatsLog[];
  readonly quizzes: readonly StatsQuiz[];
  readonly periodDays: StatsPeriod;
  /** The FSRS weights of the cards' decks: recall follows each deck's fitted forgetting curve. */
  readonly deckWeights: DeckWeights;
}

export interface Statistics {
  readonly today: TodayStats;
  /** Answers per day over the chosen period, oldest first. */
  readonly reviews: DayReviews[];
  /** Answers per day over the last {@link CALENDAR_DAYS} days, oldest first. */
  readonly calendar: { readonly day: string; readonly count: number }[];
  readonly streaks: Streaks;
  readonly forecast: DueForecast;
  readonly counts: CardCounts;
  readonly retention: TrueRetention;
  readonly memory: MemoryStats;
  readonly quizzes: QuizScores;
}

/**
 * All figures of the statistics page.
 *
 * @example
 * const stats = computeStatistics({
 *   cardPages, reviewDays, recentLogs, quizzes, periodDays: 30, now, dayStartHour: 4,
 *   deckWeights: weightsByDeck(decks),
 * });
 * stats.today.answers; // answers given since 4 AM
 */
export function computeStatistics(input: StatsInput): Statistics {
  const cards = input.cardPages.flatMap(digestPageCards);
  const studyDays = studyDaysOf(input.reviewDays, input);
  const calendar = reviewsPerDay(studyDays, CALENDAR_DAYS, input);
  return {
    today: todayStats(input.recentLogs, input),
    reviews: calendar.slice(-input.periodDays),
    calendar: calendar.map(({ day, total }) => ({ day, count: total })),
    streaks: streaks(studyDays),
    forecast: dueForecast(cards, FORECAST_DAYS, input),
    counts: cardCounts(cards),
    retention: trueRetention(studyDays),
    memory: memoryStats(cards, input.now, input.deckWeights),
    quizzes: quizScores(input.quizzes, input.periodDays, input),
  };
}
