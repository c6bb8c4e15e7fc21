/**
 * Quizzes: the cards a quiz is built from, finished quizzes with every answer (one transaction),
 * each deck's quiz history, the per-deck quiz settings, and "study the missed cards".
 *
 * Only finished quizzes are stored: a quiz abandoned half-way says little, and storing it as it
 * goes would need a clean-up. Quiz answers leave FSRS alone unless the deck's settings count
 * them as reviews (recognising an option is not recalling it); then each card is answered
 * Again/Good through `answerCard`, inside the same transaction as the quiz.
 */
import { Dexie } from 'dexie';
import { defaultIgnoreAccents } from '../domain/quiz/normalize-answer.ts';
import { createScheduler, Rating } from '../domain/scheduling/scheduler.ts';
import type { CardRecord, DeckRecord, QuizAnswerRecord, QuizRecord, StudyDatabase } from './db.ts';
import { readStudyPriority } from './queue-repository.ts';
import { readSetting, SETTINGS, writeSetting, type QuizSettings } from './settings.ts';
import { answerCard } from './study-repository.ts';

/** The deck's quiz settings, with the defaults of its language where none were saved. */
export async function loadQuizSettings(db: StudyDatabase, deck: DeckRecord): Promise<QuizSettings> {
  const stored = await readSetting(db, SETTINGS.quizOptions(deck.id));
  return {
    ignoreAccents: stored?.ignoreAccents ?? defaultIgnoreAccents(deck.language),
    countAsReviews: stored?.countAsReviews ?? false,
  };
}

export async function saveQuizSettings(
  db: StudyDatabase,
  deckId: string,
  settings: QuizSettings,
): Promise<void> {
  await writeSetting(db, SETTINGS.quizOptions(deckId), { ...settings });
}

/** What a quiz over some decks is generated from. */
export interface QuizSource {
  /** The decks found, in the order asked for. */
  decks: DeckRecord[];
  /** Their cards, each deck in document order. */
  cards: CardRecord[];
  settings: Map<string, QuizSettings>;
  /** Ids asked for that are no deck. */
  missing: string[];
}

/** Reads decks, cards and quiz settings of `deckIds` in one read transaction. */
export async function loadQuizSource(
  db: StudyDatabase,
  deckIds: readonly string[],
): Promise<QuizSource> {
  return db.transaction('r', db.decks, db.cards, db.settings, async () => {
    const unique = [...new Set(deckIds)];
    const found = await db.decks.bulkGet(unique);
    const decks = found.filter((deck): deck is DeckRecord => deck !== undefined);
    const cards = await Promise.all(
      decks.map((deck) =>
        db.cards
          .where('[deckId+position]')
          .between([deck.id, Dexie.minKey], [deck.id, Dexie.maxKey])
          .toArray(),
      ),
    );
    const settings = new Map<string, QuizSettings>();
    for (const deck of decks) settings.set(deck.id, await loadQuizSettings(db, deck));
    return {
      decks,
      cards: cards.flat(),
      settings,
      missing: unique.filter((id) => !decks.some((deck) => deck.id === id)),
    };
  });
}

/** The ids of the decks that have at least one card (one key read per deck). */
export async function listDecksWithCards(db: StudyDatabase): Promise<string[]> {
  return db.transaction('r', db.decks, db.cards, async () => {
    const deckIds = await db.decks.toCollection().primaryKeys();
    const firsts = await Promise.all(
      deckIds.map((id) =>
        db.cards.where('[deckId+position]').between([id, Dexie.minKey], [id, Dexie.maxKey]).first(),
      ),
    );
    return deckIds.filter((_, index) => firsts[index] !== undefined);
  });
}

/** A finished quiz as the quiz screen has it; ids and the score are added on saving. */
export interface FinishedQuiz {
  deckIds: string[];
  seed: number;
  pool: QuizRecord['pool'];
  types: QuizRecord['types'];
  startedAt: Date;
  finishedAt: Date;
  /** Each with its score (0–1), which `correct` sums. */
  answers: (Omit<QuizAnswerRecord, 'id' | 'quizId'> & { score: number })[];
}

/**
 * Stores a finished quiz and all its answers in one transaction, and — for decks whose settings
 * say so — answers each asked card Again (missed) or Good through `answerCard` in that same
 * transaction, so a failure stores none of it. Returns the stored quiz.
 */
export async function saveFinishedQuiz(db: StudyDatabase, quiz: FinishedQuiz): Promise<QuizRecord> {
  if (quiz.answers.length === 0) throw new Error('A quiz without answers cannot be saved.');
  if (quiz.deckIds.length === 0) throw new Error('A quiz must name the decks it asked about.');
  const tables = [
    db.quizzes,
    db.quizAnswers,
    db.decks,
    db.cards,
    db.reviewLog,
    db.undo,
    db.settings,
  ];
  return db.transaction('rw', tables, async () => {
    const record: Omit<QuizRecord, 'id'> = {
      deckIds: [...new Set(quiz.deckIds)],
      seed: quiz.seed,
      pool: quiz.pool,
      types: [...quiz.types],
      startedAt: quiz.startedAt,
      finishedAt: quiz.finishedAt,
      durationMs: Math.max(0, quiz.finishedAt.getTime() - quiz.startedAt.getTime()),
      total: quiz.answers.length,
      correct: quiz.answers.reduce((sum, answer) => sum + answer.score, 0),
    };
    const id = await db.quizzes.add(record);
    await db.quizAnswers.bulkAdd(quiz.answers.map((answer) => ({ ...answer, quizId: id })));
    await countAsReviews(db, quiz);
    return { ...record, id };
  });
}

/** Answers the quiz's cards in FSRS for the decks that count quiz answers as reviews. */
async function countAsReviews(db: StudyDatabase, quiz: FinishedQuiz): Promise<void> {
  const decks = await db.decks.bulkGet(quiz.deckIds);
  for (const deck of decks) {
    if (deck === undefined || !(await loadQuizSettings(db, deck)).countAsReviews) continue;
    const scheduler = createScheduler(deck.options);
    const items = quiz.answers
      .filter((answer) => answer.deckId === deck.id)
      .flatMap((answer) => answer.items.map((item) => ({ item, durationMs: answer.durationMs })));
    for (const { item, durationMs } of items) {
      const card = await db.cards.get(item.cardId);
      if (card === undefined) continue;
      await answerCard(db, scheduler, {
        cardId: card.id,
        expectedVersion: card.version,
        rating: item.verdict === 'correct' ? Rating.Good : Rating.Again,
        now: quiz.finishedAt,
        durationMs,
      });
    }
  }
}

/** A deck's finished quizzes, oldest first (quizzes across decks appear in each deck's list). */
export async function listQuizHistory(db: StudyDatabase, deckId: string): Promise<QuizRecord[]> {
  const quizzes = await db.quizzes.where('deckIds').equals(deckId).toArray();
  return quizzes.sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime());
}

/** The latest quizzes over any decks, newest first. */
export function listRecentQuizzes(db: StudyDatabase, limit: number): Promise<QuizRecord[]> {
  return db.quizzes.orderBy('finishedAt').reverse().limit(limit).toArray();
}

/**
 * Puts cards at the front of today's study queue of their decks (see `loadStudyData`), before
 * cards put there earlier, in one transaction. Returns how many cards are now on the lists.
 */
export async function prioritizeForStudy(
  db: StudyDatabase,
  cardsByDeck: ReadonlyMap<string, readonly string[]>,
): Promise<number> {
  return db.transaction('rw', db.settings, async () => {
    let total = 0;
    for (const [deckId, cardIds] of cardsByDeck) {
      const first = [...new Set(cardIds)];
      const earlier = await readStudyPriority(db, deckId);
      const list = [...first, ...earlier.filter((id) => !first.includes(id))];
      await writeSetting(db, SETTINGS.studyPriority(deckId), list);
      total += list.length;
    }
    return total;
  });
}
