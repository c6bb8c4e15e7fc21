/**
 * A shared deck file (.json, as "Export deck" writes it) the learner added: checked whole before
 * anything is stored; when a deck with its id is stored already, what updating it would change
 * is counted by deck sync's rules (nothing is written).
 */
import type { Deck } from '../../domain/deck/deck-types.ts';
import { parseDeckFile, type DeckFileProblem } from '../../domain/import/deck-file.ts';
import { decodeDocument, MAX_DOCUMENT_BYTES } from '../../domain/import/read-document.ts';
import { db } from '../../storage/database.ts';
import { getDeck } from '../../storage/deck-repository.ts';
import { previewDeckSync, type CardSyncCounts } from '../../storage/deck-sync.ts';

export type SharedDeck =
  | { ok: true; deck: Deck; update: { title: string; counts: CardSyncCounts } | null }
  | { ok: false; problem: DeckFileProblem | { code: 'tooLarge' } };

/** Whether a file is to be read as a shared deck rather than a document. */
export function isDeckFileName(fileName: string): boolean {
  return /\.json$/i.test(fileName);
}

export async function readSharedDeck(file: File, now: Date): Promise<SharedDeck> {
  if (file.size > MAX_DOCUMENT_BYTES) return { ok: false, problem: { code: 'tooLarge' } };
  const parsed = parseDeckFile(decodeDocument(new Uint8Array(await file.arrayBuffer())).text);
  if (!parsed.ok) return parsed;
  const stored = await getDeck(db, parsed.deck.id);
  if (stored === undefined) return { ok: true, deck: parsed.deck, update: null };
  const counts = await previewDeckSync(db, parsed.deck, now);
  return { ok: true, deck: parsed.deck, update: { title: stored.title, counts } };
}
