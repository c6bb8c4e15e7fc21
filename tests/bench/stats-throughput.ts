/**
 * How long the statistics page's computation takes on a large collection, in the host zone and
 * with an explicit IANA zone (day keys through Intl). Run: `npx tsx tests/bench/stats-throughput.ts`.
 * Answers are spread over two years in time order, as the review log is read; a second run
 * shuffles them (the worst case for the day lookup). Prints milliseconds per run.
 */
import { GRADES, newCardState, Rating, State } from '../../src/domain/scheduling/scheduler.ts';
import { computeStatistics } from '../../src/domain/stats/statistics.ts';
import type { StatsCard, StatsLog } from '../../src/domain/stats/stats-types.ts';

const CARDS = 10_000;
const ANSWERS = 200_000;
const DAY = 86_400_000;
const now = new Date('2026-03-15T10:00:00Z');
let seed = 42;
const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;

const cards: StatsCard[] = Array.from({ length: CARDS }, (_, index) => ({
  ...newCardState(now),
  id: `card-${index}`,
  state: State.Review,
  stability: 1 + random() * 200,
  difficulty: 1 + random() * 9,
  scheduled_days: Math.floor(random() * 60),
  last_review: new Date(now.getTime() - random() * 60 * DAY),
  due: new Date(now.getTime() + (random() - 0.3) * 60 * DAY),
  suspended: false,
  buriedUntil: null,
}));
const sorted: StatsLog[] = Array.from({ length: ANSWERS }, (_, index) => ({
  cardId: `card-${index % CARDS}`,
  review: new Date(now.getTime() - random() * 730 * DAY),
  rating: GRADES[Math.floor(random() * 4)] ?? Rating.Good,
  state:
    [State.New, State.Learning, State.Review, State.Relearning][Math.floor(random() * 4)] ??
    State.Review,
  scheduled_days: Math.floor(random() * 60),
  durationMs: 5000,
})).sort((a, b) => a.review.getTime() - b.review.getTime());
const shuffled = [...sorted].sort(() => random() - 0.5);

for (const [order, logs] of [
  ['time order', sorted],
  ['shuffled', shuffled],
] as const) {
  for (const timeZone of [undefined, 'Europe/Copenhagen']) {
    const runs = Array.from({ length: 5 }, () => {
      const start = performance.now();
      computeStatistics({
        cards,
        logs,
        quizzes: [],
        now,
        dayStartHour: 4,
        timeZone,
        periodDays: 365,
      });
      return performance.now() - start;
    });
    const median = [...runs].sort((a, b) => a - b)[2] ?? NaN;
    console.log(
      `${CARDS} cards, ${ANSWERS} answers, ${order}, ${timeZone ?? 'host zone'}: median ${median.toFixed(0)} ms of 5 runs`,
    );
  }
}
