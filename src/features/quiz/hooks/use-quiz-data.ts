import { useLiveQuery } from 'dexie-react-hooks';
import type { DeckRecord } from '../../../storage/db.ts';
import { db } from '../../../storage/database.ts';
import { getDeck, listDecks } from '../../../storage/deck-repository.ts';
import {
  listDecksWithCards,
  listQuizHistory,
  listRecentQuizzes,
  loadQuizSettings,
  saveQuizSettings,
} from '../../../storage/quiz-repository.ts';
import type { QuizSettings } from '../../../storage/settings.ts';

/** `null` while loading, `undefined` when there is no such deck. */
export function useQuizDeck(deckId: string) {
  return useLiveQuery(() => getDeck(db, deckId), [deckId], null);
}

export function useAllDecks() {
  return useLiveQuery(() => listDecks(db), []);
}

/** Ids of the decks with cards: the across-decks quiz starts with these chosen. */
export function useDecksWithCards() {
  return useLiveQuery(() => listDecksWithCards(db), []);
}

export function useQuizSettings(deck: DeckRecord) {
  return useLiveQuery(() => loadQuizSettings(db, deck), [deck]);
}

/** Stores a deck's quiz options; `useQuizSettings` then shows them. */
export function saveQuizOptions(deckId: string, settings: QuizSettings): Promise<void> {
  return saveQuizSettings(db, deckId, settings);
}

/** The deck's finished quizzes, oldest first. */
export function useQuizHistory(deckId: string) {
  return useLiveQuery(() => listQuizHistory(db, deckId), [deckId]);
}

export function useRecentQuizzes(limit: number) {
  return useLiveQuery(() => listRecentQuizzes(db, limit), [limit]);
}
