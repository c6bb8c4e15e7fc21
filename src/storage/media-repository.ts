/**
 * Reads the media files of a deck's cards (the `media` table, written by the Anki import,
 * see anki-import.ts): the pictures a card shows and the other files it lists.
 */
import { mediaNamesOf } from '../domain/media/card-media.ts';
import type { MediaRecord, StudyDatabase } from './db.ts';

/**
 * The stored files a card's texts name, in the order they are named; names the deck does not
 * hold are left out (the card shows them as missing).
 *
 * @example
 * await readCardMedia(db, 'flags', ['[image:dk.png]']) // [{ name: 'dk.png', imageType: 'image/png', … }]
 */
export async function readCardMedia(
  db: StudyDatabase,
  deckId: string,
  texts: readonly string[],
): Promise<MediaRecord[]> {
  const names = mediaNamesOf(texts);
  if (names.length === 0) return [];
  const found = await db.media.bulkGet(names.map((name): [string, string] => [deckId, name]));
  return found.filter((file) => file !== undefined);
}
