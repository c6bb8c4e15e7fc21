/**
 * How long the statistics page's computation takes on a large collection, in the host zone and
 * with an explicit IANA zone (day keys through Intl), from the summaries the page reads. Run:
 * `npx tsx tests/bench/stats-throughput.ts`. Answers are spread over two years. Prints
 * milliseconds per run.
 */
import { GRADES, newCardState, Rating, State } from '../../src/domain/scheduling/scheduler.ts';
import { digestPagesOf } from '../../src/domain/stats/card-digest.ts';
import { summarizeReviews } from '../../src/domain/stats/review-days.ts';
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
const logs: StatsLog[] = Array.from({ length: ANSWERS }, (_, index) => ({
  cardId: `card-${index % CARDS}`,
  review: new Date(now.getTime() - random() * 730 * DAY),
  rating: GRADES[Math.floor(random() * 4)] ?? Rating.Good,
  state:
    [State.New, State.Learning, State.Review, State.Relearning][Math.floor(random() * 4)] ??
    State.Review,
  scheduled_days: Math.floor(random() * 60),
  durationMs: 5000,
}));
// As stored: the cards packed, the answers summed by quarter hour (see stats-summaries.ts).
const cardPages = digestPagesOf(cards.map((card) => ({ ...card, deckId: 'deck' })));
const reviewDays = summarizeReviews(logs.map((log) => ({ ...log, deckId: 'deck' })));
const recentLogs = logs.filter((log) => now.getTime() - log.review.getTime() < 2 * DAY);

for (const timeZone of [undefined, 'Europe/Copenhagen']) {
  const runs = Array.from({ length: 5 }, () => {
    const start = performance.now();
    computeStatistics({
      cardPages,
      reviewDays,
      recentLogs,
      quizzes: [],
      now,
      dayStartHour: 4,
      timeZone,
      periodDays: 365,
      deckWeights: {},
    });
    return performance.now() - start;
  });
  const median = [...runs].sort((a, b) => a - b)[2] ?? NaN;
  console.log(
    `${CARDS} cards, ${ANSWERS} answers (${reviewDays.length} review days), ${timeZone ?? 'host zone'}: median ${median.toFixed(0)} ms of 5 runs`,
  );
}
