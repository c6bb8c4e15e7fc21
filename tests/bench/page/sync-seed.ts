/**
 * Seeds a sync server with a collection, as one device's first sync would have sent it: the
 * documents the app writes (sync-docs.ts), stored with CouchDB's `_bulk_docs` over HTTP, in
 * batches, from the bench page (the server allows the app's origin). The cards go as the app sends
 * cards the server never had: packed, CARDS_PER_PACK to a document (`cardsDoc`); the answers are an
 * imported history, so they go as the app sends one: packed, ROWS_PER_BLOCK to a document.
 */
import { formatStamp, tick, ZERO_CLOCK } from '../../../src/domain/sync/clock.ts';
import { deckRecordOf, newCardRecord } from '../../../src/storage/deck-sync.ts';
import { blockOf, ROWS_PER_BLOCK } from '../../../src/storage/answer-log.ts';
import {
  answersDoc,
  cardContent,
  cardsDoc,
  deckContent,
  MARKER_ID,
} from '../../../src/storage/sync/sync-docs.ts';
import { CARDS_PER_PACK } from '../../../src/storage/sync/sync-outgoing.ts';
import type { SyncServer } from '../bench-api.ts';
import { makeBenchDeck, makeReviewRows } from './bench-data.ts';

const BULK = 10_000;
const DAY_MS = 86_400_000;

async function request(server: SyncServer, path: string, method: string, body?: unknown) {
  const response = await fetch(`${server.url}/${server.database}${path}`, {
    method,
    headers: {
      Authorization: `Basic ${btoa(`${server.user}:${server.password}`)}`,
      'Content-Type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${String(response.status)}`);
}

/**
 * Creates the server's database and stores a deck of `cards` cards with `reviews` answers
 * spread over the two years before `now`, as one device's first sync would have sent them.
 * Returns the documents stored.
 */
export async function seedSyncServer(
  server: SyncServer,
  deckId: string,
  cards: number,
  reviews: number,
  now: Date,
): Promise<number> {
  const stamp = formatStamp(tick(ZERO_CLOCK, now.getTime()), '00000000');
  const deck = makeBenchDeck(deckId, cards);
  await request(server, '', 'PUT');
  await request(server, `/${encodeURIComponent(MARKER_ID)}`, 'PUT', {
    app: 'deckwright',
    format: 1,
  });
  let stored = 1;
  const send = async (docs: readonly object[]) => {
    await request(server, '/_bulk_docs', 'POST', { docs });
    stored += docs.length;
  };
  await send([{ ...deckContent(deckRecordOf(deck, 100, undefined)), stamp }]);
  const cardDocs = deck.cards.map((card, index) => ({
    ...cardContent(newCardRecord(deckId, card, index, now)),
    stamp,
  }));
  for (let start = 0; start < cards; start += BULK) {
    const packs = [];
    for (let from = start; from < Math.min(cards, start + BULK); from += CARDS_PER_PACK) {
      const id = from.toString(16).padStart(32, '0');
      packs.push(cardsDoc(id, cardDocs.slice(from, from + CARDS_PER_PACK)));
    }
    await send(packs);
  }
  const window = {
    deckId,
    cardCount: cards,
    total: reviews,
    from: new Date(now.getTime() - 730 * DAY_MS),
    to: new Date(now.getTime() - DAY_MS),
  };
  // The answers as a device holding them as an imported history sends them: one document per
  // block of packed answers (ROWS_PER_BLOCK answers, oldest first), each answer with its uid.
  for (let start = 0; start < reviews; start += BULK) {
    const rows = makeReviewRows(window, start, Math.min(BULK, reviews - start)).map(
      (row, index) => ({ ...row, uid: (start + index).toString(16).padStart(32, '0') }),
    );
    const docs = [];
    for (let from = 0; from < rows.length; from += ROWS_PER_BLOCK) {
      const id = (start + from).toString(16).padStart(32, '0');
      docs.push(answersDoc(blockOf(id, deckId, rows.slice(from, from + ROWS_PER_BLOCK))));
    }
    await send(docs);
  }
  return stored;
}
