/**
 * Reads the media files of a deck's cards (the `media` table, written by the Anki import,
 * see anki-import.ts): the pictures a card shows and the other files it lists.
 */
import type { MediaRecord, StudyDatabase } from './db.ts';

/**
 * The stored files of a deck with the names a card's texts give (`mediaNamesOf`), in that
 * order; names the deck does not hold are left out (the card shows them as missing).
 *
 * @example
 * await readCardMedia(db, 'flags', ['dk.png']) // [{ name: 'dk.png', imageType: 'image/png', … }]
 */
export async function readCardMedia(
  db: StudyDatabase,
  deckId: string,
  names: readonly string[],
): Promise<MediaRecord[]> {
  if (names.length === 0) return [];
  const found = await db.media.bulkGet(names.map((name): [string, string] => [deckId, name]));
  return found.filter((file) => file !== undefined);
}
