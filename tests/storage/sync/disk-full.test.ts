import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { ZERO_CLOCK } from '../../../src/domain/sync/clock.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import type { StudyDatabase } from '../../../src/storage/db.ts';
import { isDiskFull } from '../../../src/storage/sync/disk-full.ts';
import { applyIncoming, type IncomingDoc } from '../../../src/storage/sync/sync-apply.ts';
import { reviewDoc } from '../../../src/storage/sync/sync-docs.ts';
import { readSyncState } from '../../../src/storage/sync/sync-state.ts';
import { cardsTableMiddleware } from '../../helpers/cards-table-middleware.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { expectSummariesInStep } from '../../helpers/summaries.ts';
import { answerIn } from '../../helpers/study-answers.ts';
import { openTestDatabase } from '../../helpers/test-database.ts';

const deck = makeDeck('a', 3);
const card = (index: number) => deck.cards[index]?.id ?? '';

let full = false;
/** IndexedDB refusing every write to the cards table while `full` (a disk that filled up). */
const fullDisk = cardsTableMiddleware('full-disk', (table) => ({
  mutate: (req) =>
    full
      ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
      : table.mutate(req),
}));

describe('isDiskFull', () => {
  it.each<[string, unknown, boolean]>([
    ['IndexedDB’s error', new DOMException('Quota exceeded', 'QuotaExceededError'), true],
    ['Dexie’s error keeping the name', { name: 'QuotaExceededError', message: 'x' }, true],
    [
      'Dexie’s error with it inside',
      { name: 'AbortError', inner: { name: 'QuotaExceededError' } },
      true,
    ],
    [
      'PouchDB’s mirror error',
      { status: 500, name: 'indexed_db_went_bad', reason: 'QuotaExceededError' },
      true,
    ],
    ['another IndexedDB failure', { status: 500, name: 'indexed_db_went_bad', reason: 'x' }, false],
    ['a server error', { status: 401, name: 'unauthorized' }, false],
    ['nothing', undefined, false],
  ])('%s: %s', (_name, error, expected) => {
    expect(isDiskFull(error)).toBe(expected);
  });
});

describe('a full disk while applying what arrived', () => {
  let laptop: StudyDatabase;
  let phone: StudyDatabase;
  beforeEach(async () => {
    full = false;
    laptop = openTestDatabase('disk-full-laptop');
    phone = openTestDatabase('disk-full-phone');
    phone.use(fullDisk);
    await syncDecks(laptop, [deck], FIXED_NOW);
    await syncDecks(phone, [deck], FIXED_NOW);
  });

  it('leaves nothing half-applied, and the next sync goes on from the checkpoint', async () => {
    await answerIn(laptop, card(0), Rating.Good, minutesAfter(FIXED_NOW, 1));
    await answerIn(laptop, card(1), Rating.Again, minutesAfter(FIXED_NOW, 2));
    const docs = (await laptop.reviewLog.toArray()).map((row): IncomingDoc => ({
      ...reviewDoc({ ...row, uid: row.uid ?? '' }),
    }));
    const before = await phone.cards.toArray();

    full = true;
    const failure: unknown = await applyIncoming(phone, docs, 2, ZERO_CLOCK, FIXED_NOW).catch(
      (error: unknown) => error,
    );
    expect(isDiskFull(failure)).toBe(true);
    expect(await phone.reviewLog.count()).toBe(0);
    expect(await phone.cards.toArray()).toEqual(before);
    expect((await readSyncState(phone)).appliedSeq).toBe(0);
    await expectSummariesInStep(phone);

    full = false;
    await applyIncoming(phone, docs, 2, ZERO_CLOCK, FIXED_NOW);
    expect(await phone.reviewLog.count()).toBe(2);
    expect((await phone.cards.get(card(0)))?.reps).toBe(1);
    expect((await readSyncState(phone)).appliedSeq).toBe(2);
    await expectSummariesInStep(phone);
  });
});
