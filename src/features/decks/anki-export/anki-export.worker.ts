/**
 * Makes a deck's Anki package off the main thread: reads the deck, its cards, review log and
 * the media files its cards name itself (so 100,000 rows are never cloned on the page's thread), builds the collection's rows,
 * writes them with sql.js (SQLite in WebAssembly, loaded from the app itself) and zips them.
 * One request in, one package (or failure) out; the page cancels by terminating the worker.
 */
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { AnkiExportError } from '../../../domain/anki-export/anki-export-error.ts';
import { buildAnkiCollection } from '../../../domain/anki-export/build-collection.ts';
import { mediaNamesOf } from '../../../domain/media/card-media.ts';
import { openDatabase } from '../../../storage/db.ts';
import { loadDeckExport } from '../../../storage/deck-export.ts';
import type { AnkiExportMessage, AnkiExportRequest } from './run-anki-export.ts';
import { writeAnkiPackage } from './write-package.ts';

async function run(request: AnkiExportRequest): Promise<Uint8Array> {
  const db = openDatabase();
  let contents;
  try {
    contents = await loadDeckExport(db, request.deckId);
  } finally {
    db.close();
  }
  if (contents === undefined) throw new Error(`Deck ${request.deckId} does not exist.`);
  const { deck, cards, reviews, media } = contents;
  const collection = await buildAnkiCollection(deck, cards, reviews, {
    now: request.now,
    dayStartHour: deck.options.nextDayStartsAt,
  });
  const used = new Set(
    mediaNamesOf(cards.flatMap((card) => [card.front, card.back, card.context])),
  );
  const files = await Promise.all(
    media
      .filter((file) => used.has(file.name))
      .map(async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.blob.arrayBuffer()),
      })),
  );
  const SQL = await initSqlJs({ locateFile: () => wasmUrl });
  return writeAnkiPackage(SQL, collection, files);
}

function post(message: AnkiExportMessage, transfer: Transferable[] = []) {
  self.postMessage(message, { transfer });
}

self.addEventListener('message', (event: MessageEvent<AnkiExportRequest>) => {
  run(event.data).then(
    (bytes) => {
      post({ type: 'done', bytes }, [bytes.buffer]);
    },
    (error: unknown) => {
      post({
        type: 'failed',
        emptyDeck: error instanceof AnkiExportError,
        message: error instanceof Error ? error.message : String(error),
      });
    },
  );
});
