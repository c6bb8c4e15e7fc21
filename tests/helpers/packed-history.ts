import { packAnswers } from '../../src/storage/answer-log.ts';
import type { BlockRow, StudyDatabase } from '../../src/storage/db.ts';

/**
 * Moves every review-log row of `db` into blocks of packed answers (per deck, oldest first,
 * `size` answers a block), as an import would have written them: the same history, stored the
 * other way. The undo steps of the answers go (they point at the rows). Returns how many blocks it
 * wrote.
 */
export async function packHistory(db: StudyDatabase, size = 2): Promise<number> {
  return db.transaction('rw', db.reviewLog, db.logBlocks, db.undo, async () => {
    const rows = await db.reviewLog.orderBy('id').toArray();
    await Promise.all([db.reviewLog.clear(), db.undo.clear()]);
    const byDeck = new Map<string, BlockRow[]>();
    for (const { id, uid, ...row } of [...rows].sort(
      (a, b) => a.review.getTime() - b.review.getTime(),
    )) {
      const list = byDeck.get(row.deckId) ?? [];
      list.push({ ...row, uid: uid ?? String(id) });
      byDeck.set(row.deckId, list);
    }
    const blocks = [...byDeck].flatMap(([deckId, list]) => packAnswers(deckId, list, size));
    await db.logBlocks.bulkAdd(blocks);
    return blocks.length;
  });
}

/** `answers` without their local ids, for comparing a history stored as rows and as blocks. */
export function withoutIds<T extends { id?: number }>(answers: readonly T[]): Omit<T, 'id'>[] {
  return answers.map((answer) => {
    const rest: T = { ...answer };
    delete rest.id;
    return rest;
  });
}
