import { clock } from '../../../config/clock.ts';
import { db } from '../../../storage/database.ts';
import { listDeckCards } from '../../../storage/card-repository.ts';
import {
  countDeckContents,
  deleteDeck,
  loadDeckFile,
  renameDeck,
} from '../../../storage/user-decks.ts';

/** The deck page's management actions on the app's database (its components reach no storage). */
export const deckManagement = {
  deckFile: (deckId: string) => loadDeckFile(db, deckId),
  allCards: (deckId: string) => listDeckCards(db, deckId, Infinity),
  contents: (deckId: string) => countDeckContents(db, deckId),
  rename: (deckId: string, title: string) => renameDeck(db, deckId, title),
  remove: (deckId: string) => deleteDeck(db, deckId, clock.now()),
};
