/**
 * The benchmark page: not part of the app. Built by vite.bench.config.ts and served beside the
 * production build on the same origin, so it shares the app's IndexedDB database; it seeds large
 * collections and times the app's own storage, domain and store code (see bench-api.ts).
 */
import { generateQuiz } from '../../../src/domain/quiz/generate-quiz.ts';
import { selectPool } from '../../../src/domain/quiz/quiz-pool.ts';
import { QUESTION_TYPES } from '../../../src/domain/quiz/quiz-types.ts';
import { weightsByDeck } from '../../../src/domain/scheduling/retrievability.ts';
import { createScheduler, Rating, State } from '../../../src/domain/scheduling/scheduler.ts';
import { countDeckCards, listDeckCards } from '../../../src/storage/card-repository.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { getDeck, saveDeckOptions } from '../../../src/storage/deck-repository.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { loadQuizSource } from '../../../src/storage/quiz-repository.ts';
import { importReviewHistory } from '../../../src/storage/review-import.ts';
import { loadStatsData } from '../../../src/storage/stats-repository.ts';
import { answersOn, studyDaysOf } from '../../../src/domain/stats/review-days.ts';
import { browseCards, searchableText } from '../../../src/domain/stats/card-browser.ts';
import { loadBrowseData } from '../../../src/storage/browse-repository.ts';
import { answerCard } from '../../../src/storage/study-repository.ts';
import { computeStatisticsOffThread } from '../../../src/features/stats/compute-statistics.ts';
import { useStudyStore } from '../../../src/features/study/study-store.ts';
import { countDeckReviews } from '../../../src/storage/fsrs-parameters-repository.ts';
import { startOptimizer } from '../../../src/features/decks/optimizer/run-optimizer.ts';
import { simulateLearner } from '../../helpers/simulate-learner.ts';
import type { BenchApi } from '../bench-api.ts';
import { benchCardId, makeBenchDeck, makeReviewRows, simulateDueReviews } from './bench-data.ts';
import { writeFloor } from './idb-floor.ts';
import { seedSyncServer } from './sync-seed.ts';

const DAY_MS = 86_400_000;

async function deckOrThrow(deckId: string) {
  const deck = await getDeck(db, deckId);
  if (deck === undefined) throw new Error(`No deck ${deckId}: seed it first.`);
  return deck;
}

/** A deck of its own holding a simulated learner's `reviews` answers to its cards. */
async function seedOptimizerDeck(deckId: string, reviews: number): Promise<{ rows: number }> {
  const now = new Date();
  // About nine answers per card in the year before yesterday: enough cards, cut to `reviews`.
  const cardCount = Math.ceil(reviews / 5);
  const cardIds = Array.from({ length: cardCount }, (_, index) => benchCardId(deckId, index));
  const answers = simulateLearner({
    cardIds,
    start: new Date(now.getTime() - 365 * DAY_MS),
    end: new Date(now.getTime() - DAY_MS),
    seed: reviews,
  }).slice(0, reviews);
  await syncDecks(db, [makeBenchDeck(deckId, cardCount)], now);
  await importReviewHistory(
    db,
    { reviews: answers.map((answer) => ({ ...answer, deckId, durationMs: 5000 })) },
    now,
  );
  return { rows: await countDeckReviews(db, deckId) };
}

/** Raw ts-fsrs calls are too quick to time one by one: repeat the round until this long. */
const RAW_MIN_MS = 200;

const api: BenchApi = {
  reset: resetDatabaseForTests,

  async seedCards(deckId, count) {
    const deck = makeBenchDeck(deckId, count);
    const started = performance.now();
    await syncDecks(db, [deck], new Date());
    const ms = performance.now() - started;
    return { ms, rows: await db.cards.where('deckId').equals(deckId).count() };
  },

  async makeDue(deckId, count, reviewsPerDay) {
    const deck = await deckOrThrow(deckId);
    const options = { ...deck.options, reviewsPerDay };
    await saveDeckOptions(db, deckId, options);
    const now = new Date();
    const ids = Array.from({ length: count }, (_, index) => benchCardId(deckId, index));
    const states = simulateDueReviews(ids, createScheduler(options), now, count);
    await importReviewHistory(db, { cardStates: states }, now);
    return { due: states.filter((state) => state.due <= now).length };
  },

  async clearReviewLog() {
    await db.reviewLog.clear();
  },

  async seedReviewLog(deckId, cardCount, total, chunk) {
    const now = new Date();
    const window = {
      deckId,
      cardCount,
      total,
      // Two years up to yesterday: today's counts (and so the queue) stay as they are.
      from: new Date(now.getTime() - 731 * DAY_MS),
      to: new Date(now.getTime() - DAY_MS),
    };
    let ms = 0;
    for (let start = 0; start < total; start += chunk) {
      const reviews = makeReviewRows(window, start, chunk);
      const started = performance.now();
      await importReviewHistory(db, { reviews }, now);
      ms += performance.now() - started;
    }
    return { ms, rows: await db.reviewLog.count() };
  },

  async buildQueue(deckId) {
    const started = performance.now();
    await useStudyStore.getState().start(deckId, new Date());
    const ms = performance.now() - started;
    const { phase, session } = useStudyStore.getState();
    if (session === null) throw new Error(`The study store did not start ${deckId} (${phase}).`);
    return { ms, phase, counts: { ...session.queue.counts } };
  },

  async statistics(deckId) {
    const now = new Date();
    const started = performance.now();
    const data = await loadStatsData(db, deckId, now);
    const loaded = performance.now();
    if (data === undefined) throw new Error(`No deck ${String(deckId)}.`);
    // Through the statistics page's own path: the same Web Worker, structured clone included.
    const stats = await computeStatisticsOffThread({
      cardPages: data.cardPages,
      reviewDays: data.reviewDays,
      recentLogs: data.recentLogs,
      quizzes: data.quizzes,
      now,
      dayStartHour: data.dayStartHour,
      deckWeights: data.deckWeights,
      periodDays: 30,
    });
    const done = performance.now();
    const days = studyDaysOf(data.reviewDays, { now, dayStartHour: data.dayStartHour });
    return {
      ms: done - started,
      loadMs: loaded - started,
      computeMs: done - loaded,
      logs: [...days.values()].reduce((sum, day) => sum + answersOn(day), 0),
      cards: data.cardPages.reduce((sum, page) => sum + page.idEnds.length, 0),
      calendarAnswers: stats.calendar.reduce((sum, day) => sum + day.count, 0),
    };
  },

  async quiz(deckId, questionCount, seed) {
    const now = new Date();
    const started = performance.now();
    // As the quiz screen's store does: read the decks' cards, choose the pool, generate.
    const source = await loadQuizSource(db, [deckId]);
    const languages = new Map(source.decks.map((deck) => [deck.id, deck.language]));
    const cards = source.cards.map((card) => ({
      ...card,
      lang: languages.get(card.deckId) ?? 'und',
    }));
    const quiz = generateQuiz({
      questionCount,
      types: [...QUESTION_TYPES],
      seed,
      pool: selectPool(cards, 'all', now, weightsByDeck(source.decks)),
      keepPoolOrder: false,
      deckCards: cards,
    });
    const ms = performance.now() - started;
    return {
      ms,
      questions: quiz.questions.length,
      types: [...new Set(quiz.questions.map((question) => question.type))],
    };
  },

  async browse(deckId, text, sort) {
    const deck = await deckOrThrow(deckId);
    // The page holds the collection and its search index while open; a search reuses both.
    const data = await loadBrowseData(db);
    const languages = new Map(data.decks.map((each) => [each.id, each.language]));
    const indexed = performance.now();
    const searchIndex = new Map(
      data.cards.map((card) => [card.id, searchableText(card, languages.get(card.deckId) ?? '')]),
    );
    const indexMs = performance.now() - indexed;
    const query = { text, status: 'all', kind: 'all', sort, descending: true, deckId } as const;
    const started = performance.now();
    const rows = browseCards(data.cards, query, {
      now: new Date(),
      lang: deck.language,
      deckWeights: weightsByDeck(data.decks),
      searchIndex,
    });
    const ms = performance.now() - started;
    const cards = data.cards.filter((card) => card.deckId === deckId).length;
    return { ms, indexMs, cards, rows: rows.length };
  },

  seedOptimizerDeck,

  idbFloor: writeFloor,

  async optimize(deckId) {
    const deck = await deckOrThrow(deckId);

    // Chromium reports every main-thread task of 50 ms or more; none means all were shorter.
    let longestTaskMs = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longestTaskMs = Math.max(longestTaskMs, entry.duration);
      }
    });
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    try {
      const outcome = await startOptimizer(
        {
          mode: 'optimize',
          deckId,
          dayStartHour: deck.options.nextDayStartsAt,
          currentWeights: null,
        },
        () => undefined,
      ).outcome;
      const ms = performance.now() - started;
      // Entries are delivered after their task: let the last ones arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        ms,
        reviews: outcome.reviewCount,
        plan: outcome.plan.kind,
        longestTaskMs,
      };
    } finally {
      observer.disconnect();
    }
  },

  async seedSyncServer(server, deckId, cards, reviews) {
    const start = performance.now();
    const rows = await seedSyncServer(server, deckId, cards, reviews, new Date());
    return { ms: performance.now() - start, rows };
  },
  async answerOverhead(deckId, count) {
    const deck = await deckOrThrow(deckId);
    const scheduler = createScheduler(deck.options);
    // The deck's next `count` new cards in document order (earlier runs answered the first).
    const size = await countDeckCards(db, deckId);
    const cards = (await listDeckCards(db, deckId, size))
      .filter((card) => card.state === State.New)
      .slice(0, count);
    if (cards.length < count) throw new Error(`${deckId} has only ${cards.length} new cards.`);
    const now = new Date();

    // The deck scheduler's ts-fsrs instance, exactly as `answer` (inside answerCard) calls it.
    let rounds = 0;
    const rawStarted = performance.now();
    let rawMs = 0;
    do {
      for (const card of cards) scheduler.engine.next(card, now, Rating.Good);
      rounds += 1;
      rawMs = performance.now() - rawStarted;
    } while (rawMs < RAW_MIN_MS);

    const oursStarted = performance.now();
    for (const card of cards) {
      await answerCard(db, scheduler, {
        cardId: card.id,
        expectedVersion: card.version,
        rating: Rating.Good,
        now,
        durationMs: 5000,
      });
    }
    const oursMs = performance.now() - oursStarted;
    return {
      rawUs: (rawMs * 1000) / (rounds * cards.length),
      oursUs: (oursMs * 1000) / cards.length,
      answered: cards.length,
    };
  },
};

window.deckwrightBench = api;
document.body.dataset.ready = 'true';
