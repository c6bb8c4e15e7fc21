import type { Page } from 'playwright-core';

export interface StoredCardState {
  id: string;
  state: number;
  reps: number;
  lapses: number;
  due: string;
  version: number;
}

/** Reads every card's scheduling state straight from the page's IndexedDB (not through the app). */
export function readCardStates(page: Page): Promise<StoredCardState[]> {
  return page.evaluate(
    () =>
      new Promise<StoredCardState[]>((resolve, reject) => {
        const open = indexedDB.open('deckwright');
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
        open.onsuccess = () => {
          const request = open.result.transaction('cards').objectStore('cards').getAll();
          request.onerror = () => {
            reject(new Error(String(request.error)));
          };
          request.onsuccess = () => {
            const cards = request.result as (Omit<StoredCardState, 'due'> & { due: Date })[];
            open.result.close();
            resolve(
              cards.map((card) => ({
                id: card.id,
                state: card.state,
                reps: card.reps,
                lapses: card.lapses,
                due: card.due.toISOString(),
                version: card.version,
              })),
            );
          };
        };
      }),
  );
}

/** Number of answers: rows of the review log and answers packed in blocks (an import's). */
export function countReviewLog(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('deckwright');
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
        open.onsuccess = () => {
          const trans = open.result.transaction(['reviewLog', 'logBlocks']);
          let total = 0;
          const rows = trans.objectStore('reviewLog').count();
          rows.onsuccess = () => {
            total += rows.result;
          };
          const blocks = trans.objectStore('logBlocks').openCursor();
          blocks.onsuccess = () => {
            const cursor = blocks.result;
            if (cursor === null) return;
            // A block's rows are stored by column (answer-log-columns.ts), or as rows by
            // earlier versions.
            const block = cursor.value as {
              rows?: unknown[];
              columns?: { uidEnds: { length: number } };
            };
            total += block.rows?.length ?? block.columns?.uidEnds.length ?? 0;
            cursor.continue();
          };
          trans.oncomplete = () => {
            open.result.close();
            resolve(total);
          };
        };
      }),
  );
}

/** Every row of the review log (grade and sync uid), in the order given. */
export function readReviewLog(page: Page): Promise<{ rating: number; uid?: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ rating: number; uid?: string }[]>((resolve, reject) => {
        const open = indexedDB.open('deckwright');
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
        open.onsuccess = () => {
          const request = open.result.transaction('reviewLog').objectStore('reviewLog').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as { rating: number; uid?: string }[]);
          };
        };
      }),
  );
}

/** The grade of every answer in the review log, in the order given. */
export async function readReviewRatings(page: Page): Promise<number[]> {
  return (await readReviewLog(page)).map((log) => log.rating);
}

/** Every card's front, by card id. */
export function readCardFronts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('deckwright');
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
        open.onsuccess = () => {
          const request = open.result.transaction('cards').objectStore('cards').getAll();
          request.onsuccess = () => {
            open.result.close();
            const cards = request.result as { id: string; front: string }[];
            resolve(Object.fromEntries(cards.map((card) => [card.id, card.front])));
          };
        };
      }),
  );
}
