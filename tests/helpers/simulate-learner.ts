/**
 * A simulated learner for the optimizer's tests and benchmark: cards scheduled by FSRS with
 * known "true" weights, each answer a pass or a fail drawn (seeded) with the recall probability
 * those weights predict. Parameters fitted to the resulting history should find the learner's
 * memory better than FSRS's defaults do.
 */
import { fsrs, generatorParameters, type Card, type Grade, type ReviewLog } from 'ts-fsrs';
import { newCardState, Rating, State } from '../../src/domain/scheduling/scheduler.ts';
import type { ReviewHistoryRow } from '../../src/domain/scheduling/optimizer.ts';
import { seededRandom } from './seeded-random.ts';

const DAY_MS = 86_400_000;

/** A learner who forgets faster than FSRS's defaults assume after a first "Good", and gains more on "Easy". */
export const LEARNER_WEIGHTS: readonly number[] = [
  0.1, 0.6, 0.9, 20, 6.8, 0.6, 2.2, 0.02, 1.2, 0.3, 1.1, 2.1, 0.1, 0.4, 1.2, 0.4, 2.4, 0.5, 0.1,
  0.1, 0.35,
];

/** One answer: what the optimizer reads, and every field ts-fsrs logs (for review-log rows). */
export type SimulatedAnswer = ReviewHistoryRow & ReviewLog;

/**
 * Studies the cards, introduced evenly over the first half of `start`–`end`, each answered at its
 * due date (plus up to two days late) until `end`. Returns the answers in time order.
 */
export function simulateLearner(options: {
  cardIds: readonly string[];
  start: Date;
  end: Date;
  seed: number;
  weights?: readonly number[];
}): SimulatedAnswer[] {
  const random = seededRandom(options.seed);
  const engine = fsrs(
    generatorParameters({
      w: options.weights ?? LEARNER_WEIGHTS,
      enable_fuzz: false,
      enable_short_term: false,
    }),
  );
  const rows: SimulatedAnswer[] = [];
  const spanMs = options.end.getTime() - options.start.getTime();
  options.cardIds.forEach((cardId, index) => {
    // New cards are spread over the first half of the period, so each has months of reviews.
    const offsetDays = Math.floor(((index / options.cardIds.length) * spanMs) / 2 / DAY_MS);
    let at = new Date(options.start.getTime() + offsetDays * DAY_MS + (index % 100) * 60_000);
    let card: Card = newCardState(at);
    while (at < options.end) {
      const recall =
        card.state === State.New || card.last_review === undefined
          ? 1
          : engine.forgetting_curve(
              Math.max(0, (at.getTime() - card.last_review.getTime()) / DAY_MS),
              card.stability,
            );
      const rating = answerWith(random, random() < recall);
      const { card: next, log } = engine.next(card, at, rating);
      rows.push({ ...log, cardId, rating });
      card = next;
      at = new Date(card.due.getTime() + Math.floor(random() * 3) * DAY_MS);
    }
  });
  rows.sort((a, b) => a.review.getTime() - b.review.getTime());
  return rows;
}

function answerWith(random: () => number, recalled: boolean): Grade {
  if (!recalled) return Rating.Again;
  const unit = random();
  if (unit < 0.15) return Rating.Hard;
  if (unit < 0.85) return Rating.Good;
  return Rating.Easy;
}
