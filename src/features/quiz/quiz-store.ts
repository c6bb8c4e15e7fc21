import { create } from 'zustand';
import {
  generateQuiz,
  MAX_QUESTION_COUNT,
  type GeneratedQuiz,
} from '../../domain/quiz/generate-quiz.ts';
import {
  gradeResponse,
  overrideNearMiss,
  scoreQuiz,
  type QuestionResult,
  type QuizScore,
} from '../../domain/quiz/grade-question.ts';
import { weightsByDeck } from '../../domain/scheduling/retrievability.ts';
import { selectPool } from '../../domain/quiz/quiz-pool.ts';
import type {
  QuestionType,
  QuizPool,
  QuizQuestion,
  QuizResponse,
} from '../../domain/quiz/quiz-types.ts';
import type { QuizRecord } from '../../storage/db.ts';
import { db } from '../../storage/database.ts';
import {
  loadQuizSource,
  prioritizeForStudy,
  saveFinishedQuiz,
} from '../../storage/quiz-repository.ts';
import type { QuizSettings } from '../../storage/settings.ts';

export interface QuizConfig {
  deckIds: string[];
  questionCount: number;
  types: QuestionType[];
  pool: QuizPool;
  seed: number;
  /** Ask only about these cards of the pool ("Retake the missed ones"). */
  cardIds?: readonly string[];
}

/** `setup`: choosing; `empty`: nothing could be asked (see the notices); `saving`: writing. */
export type QuizPhase =
  'setup' | 'loading' | 'empty' | 'question' | 'feedback' | 'saving' | 'results';

interface QuizSession {
  config: QuizConfig;
  quiz: GeneratedQuiz;
  settings: ReadonlyMap<string, QuizSettings>;
  /** Deck titles by id, for the results' "study the missed cards" links. */
  titles: ReadonlyMap<string, string>;
  startedAt: Date;
  /** When the current question was shown (ms), for its answer's duration. */
  shownAt: number;
  index: number;
  results: QuestionResult[];
  durations: number[];
}

export interface QuizState {
  phase: QuizPhase;
  session: QuizSession | null;
  /** The stored quiz, once saved. */
  saved: QuizRecord | null;
  score: QuizScore | null;
  /** Decks asked for that do not exist. */
  missing: string[];
  /** Cards put at the front of today's study, after "Study the missed cards". */
  prioritized: number | null;
  /** A storage error; the quiz stays where it was so nothing the learner did is lost. */
  error: unknown;
  busy: boolean;
  start: (config: QuizConfig, now: Date) => Promise<void>;
  answer: (response: QuizResponse, now: Date) => void;
  /** Counts the near miss on screen as right ("Count as right"). */
  countAsRight: () => void;
  next: (now: Date) => Promise<void>;
  studyMissed: () => Promise<void>;
  /** A new quiz of the same types over the cards this one missed. */
  retakeMissed: (seed: number, now: Date) => Promise<void>;
  reset: () => void;
}

const initial = {
  phase: 'setup',
  session: null,
  saved: null,
  score: null,
  missing: [],
  prioritized: null,
  error: null,
  busy: false,
} as const satisfies Partial<QuizState>;

/** The question on screen, if any. */
export function currentQuestion(state: Pick<QuizState, 'session'>): QuizQuestion | null {
  const session = state.session;
  return session?.quiz.questions[session.index] ?? null;
}

/**
 * Session and UI state of one quiz: generated once when it starts, answered question by
 * question, stored in IndexedDB when the last answer is confirmed.
 */
export const useQuizStore = create<QuizState>()((set, get) => ({
  ...initial,

  start: async (config, now) => {
    set({ ...initial, phase: 'loading' });
    try {
      const source = await loadQuizSource(db, config.deckIds);
      const languages = new Map(source.decks.map((deck) => [deck.id, deck.language]));
      const cards = source.cards.map((card) => ({
        ...card,
        lang: languages.get(card.deckId) ?? 'und',
      }));
      const only = config.cardIds === undefined ? null : new Set(config.cardIds);
      const pool = selectPool(cards, config.pool, now, weightsByDeck(source.decks)).filter(
        (card) => only === null || only.has(card.id),
      );
      const quiz = generateQuiz({
        questionCount: config.questionCount,
        types: config.types,
        seed: config.seed,
        pool,
        keepPoolOrder: config.pool === 'weakest',
        deckCards: cards,
      });
      const session: QuizSession = {
        config: { ...config, deckIds: source.decks.map((deck) => deck.id) },
        quiz,
        settings: source.settings,
        titles: new Map(source.decks.map((deck) => [deck.id, deck.title])),
        startedAt: now,
        shownAt: now.getTime(),
        index: 0,
        results: [],
        durations: [],
      };
      set({
        session,
        missing: source.missing,
        phase: quiz.questions.length === 0 ? 'empty' : 'question',
      });
    } catch (error) {
      set({ phase: 'setup', error });
    }
  },

  answer: (response, now) => {
    const { session, phase } = get();
    const question = session === null ? null : currentQuestion({ session });
    if (session === null || question === null || phase !== 'question') return;
    if (response.type !== question.type) return;
    const ignoreAccents = session.settings.get(question.deckId)?.ignoreAccents ?? false;
    const result = gradeResponse(question, response, { ignoreAccents });
    set({
      phase: 'feedback',
      session: {
        ...session,
        results: [...session.results, result],
        durations: [...session.durations, Math.max(0, now.getTime() - session.shownAt)],
      },
    });
  },

  countAsRight: () => {
    const { session, phase } = get();
    const last = session?.results[session.index];
    if (session === null || phase !== 'feedback' || last?.verdict !== 'close') return;
    const results = [...session.results];
    results[session.index] = overrideNearMiss(last);
    set({ session: { ...session, results } });
  },

  next: async (now) => {
    const { session, phase, busy } = get();
    if (session === null || phase !== 'feedback' || busy) return;
    if (session.index + 1 < session.quiz.questions.length) {
      set({
        phase: 'question',
        session: { ...session, index: session.index + 1, shownAt: now.getTime() },
      });
      return;
    }
    set({ phase: 'saving', busy: true });
    const { quiz, config, results, durations } = session;
    try {
      const saved = await saveFinishedQuiz(db, {
        deckIds: config.deckIds,
        seed: quiz.seed,
        pool: config.pool,
        types: config.types,
        startedAt: session.startedAt,
        finishedAt: now,
        answers: quiz.questions.map((question, position) => {
          const result = results[position] as QuestionResult;
          return {
            position,
            type: question.type,
            deckId: question.deckId,
            cardIds: result.items.map((item) => item.cardId),
            items: result.items.map((item) => ({ ...item })),
            verdict: result.verdict,
            score: result.score,
            ...(result.overridden === true ? { overridden: true } : {}),
            durationMs: durations[position] ?? 0,
          };
        }),
      });
      set({ phase: 'results', busy: false, saved, score: scoreQuiz(quiz.questions, results) });
    } catch (error) {
      // Back to the last answer's feedback: Enter tries to save again.
      set({ phase: 'feedback', busy: false, error });
    }
  },

  studyMissed: async () => {
    const { score, busy } = get();
    if (score === null || busy) return;
    set({ busy: true });
    try {
      await prioritizeForStudy(db, score.missed);
      let count = 0;
      for (const cards of score.missed.values()) count += cards.length;
      set({ busy: false, prioritized: count, error: null });
    } catch (error) {
      set({ busy: false, error });
    }
  },

  retakeMissed: async (seed, now) => {
    const { session, score } = get();
    if (session === null || score === null) return;
    const cardIds = [...score.missed.values()].flat();
    if (cardIds.length === 0) return;
    await get().start(
      {
        ...session.config,
        seed,
        cardIds,
        questionCount: Math.min(MAX_QUESTION_COUNT, cardIds.length),
        // Every missed card, whichever pool it came from.
        pool: 'all',
      },
      now,
    );
  },

  reset: () => {
    set({ ...initial });
  },
}));
