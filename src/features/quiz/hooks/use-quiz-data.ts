import { useLiveQuery } from 'dexie-react-hooks';
import type { DeckRecord } from '../../../storage/db.ts';
import { db } from '../../../storage/database.ts';
import { getDeck, listDecks } from '../../../storage/deck-repository.ts';
import {
  listDecksWithCards,
  listQuizHistory,
  listRecentQuizzes,
  loadQuizSettings,
} from '../../../storage/quiz-repository.ts';

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

/** The deck's finished quizzes, oldest first. */
export function useQuizHistory(deckId: string) {
  return useLiveQuery(() => listQuizHistory(db, deckId), [deckId]);
}

export function useRecentQuizzes(limit: number) {
  return useLiveQuery(() => listRecentQuizzes(db, limit), [limit]);
}
