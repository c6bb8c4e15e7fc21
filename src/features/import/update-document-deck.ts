/**
 * Updating a stored deck from a new version of its document (or regenerating it from the stored
 * one): the new deck is generated in the worker under the stored deck's id, title and language,
 * and its changes counted by the bundled decks' rules before anything is written
 * (storage/deck-sync.ts), then applied in one transaction (storage/user-decks.ts).
 */
import type { Deck } from '../../domain/deck/deck-types.ts';
import type { DocumentProblem } from '../../domain/import/read-document.ts';
import { withDeckId } from '../../domain/import/prepare-deck.ts';
import { db } from '../../storage/database.ts';
import type { DeckRecord } from '../../storage/db.ts';
import { previewDeckSync, type CardSyncCounts } from '../../storage/deck-sync.ts';
import { updateUserDeck, type DocumentSource } from '../../storage/user-decks.ts';
import { generateDeckOffThread } from './generate-deck.ts';

export type ProposedUpdate =
  | { ok: true; deck: Deck; source: DocumentSource; counts: CardSyncCounts }
  | { ok: false; problem: DocumentProblem };

/** The update `text` would make to `target`, counted; nothing is written. */
export async function proposeUpdate(
  target: DeckRecord,
  document: { fileName: string; text: string },
  now: Date,
  signal?: AbortSignal,
): Promise<ProposedUpdate> {
  const prepared = await generateDeckOffThread(document, { signal });
  if (!prepared.ok) return prepared;
  const deck: Deck = {
    ...withDeckId(prepared.deck, target.id),
    title: target.title,
    language: target.language,
  };
  return { ok: true, deck, source: document, counts: await previewDeckSync(db, deck, now) };
}

/** Applies a proposed update; returns what changed. */
export function applyUpdate(
  update: Extract<ProposedUpdate, { ok: true }>,
  now: Date,
): Promise<CardSyncCounts> {
  return updateUserDeck(db, update.deck, update.source, now);
}
