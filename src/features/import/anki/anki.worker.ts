/**
 * Reads an Anki package and, when the learner confirms, imports it — off the main thread. The
 * SQLite engine (sql.js, WebAssembly, ~690 kB) loads here only; its .wasm is a file of the
 * build, precached for offline use like the optimizer's. Messages: see anki-import-client.ts.
 */
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { readAnkiPackage, type AnkiImportPlan } from '../../../domain/anki/anki-import-plan.ts';
import { AnkiPackageError } from '../../../domain/anki/anki-package.ts';
import { DEFAULT_DECK_OPTIONS } from '../../../domain/scheduling/deck-options.ts';
import { createScheduler } from '../../../domain/scheduling/scheduler.ts';
import { storeAnkiImport } from '../../../storage/anki-import.ts';
import { openDatabase } from '../../../storage/db.ts';
import type { AnkiWorkerMessage, AnkiWorkerRequest } from './anki-import-client.ts';

function post(message: AnkiWorkerMessage): void {
  self.postMessage(message);
}

let plan: { fileName: string; value: AnkiImportPlan } | null = null;

async function read(bytes: ArrayBuffer, fileName: string, now: Date): Promise<void> {
  const db = openDatabase();
  let taken: string[];
  try {
    taken = (await db.decks.toCollection().primaryKeys()).map(String);
  } finally {
    db.close();
  }
  const sql = await initSqlJs({ locateFile: () => wasmUrl });
  try {
    const value = readAnkiPackage(sql, new Uint8Array(bytes), {
      now,
      takenDeckIds: new Set(taken),
      scheduler: createScheduler(DEFAULT_DECK_OPTIONS),
    });
    plan = { fileName, value };
    post({ type: 'preview', summary: value.summary });
  } catch (error) {
    if (!(error instanceof AnkiPackageError)) throw error;
    post({ type: 'refused', problem: error.problem });
  }
}

async function write(now: Date): Promise<void> {
  if (plan === null) throw new Error('There is no package to import.');
  const { fileName, value } = plan;
  const db = openDatabase();
  try {
    await storeAnkiImport(
      db,
      {
        fileName,
        decks: value.summary.decks,
        cards: value.cards,
        replay: value.replay,
        reviews: value.summary.reviews,
        media: value.media,
      },
      now,
      (done, total) => {
        post({ type: 'progress', done, total });
      },
    );
  } finally {
    db.close();
  }
  post({ type: 'imported' });
}

self.addEventListener('message', (event: MessageEvent<AnkiWorkerRequest>) => {
  const request = event.data;
  const work =
    request.type === 'read'
      ? read(request.bytes, request.fileName, new Date(request.now))
      : write(new Date(request.now));
  work.catch((error: unknown) => {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
});
