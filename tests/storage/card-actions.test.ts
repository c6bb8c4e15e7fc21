import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { openDatabase, Queue, type StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import {
  applyCardAction,
  canUndoCardAction,
  countReviews,
  restoreCards,
  runCardAction,
  undoCardAction,
  type CardAction,
} from '../../src/storage/card-actions.ts';
import { deleteDeck } from '../../src/storage/user-decks.ts';
import { Rating, State } from '../../src/domain/scheduling/scheduler.ts';
import { answerIn } from '../helpers/study-answers.ts';
import { makeDeck } from '../helpers/decks.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';
import { expectSummariesInStep } from '../helpers/summaries.ts';
import { exportBackup } from '../../src/storage/backup.ts';
import { importBackup, parseBackupFor } from '../../src/storage/backup-import.ts';

let db: StudyDatabase;
let writeTransactions = 0;

/** Counts read-write transactions, so a test can tell an action wrote in exactly one. */
const countWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'count-writes',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      if (mode === 'readwrite') writeTransactions += 1;
      return down.transaction(stores, mode, options);
    },
  }),
};

const A0 = 'a:list:0000';
const A1 = 'a:list:0001';
const A2 = 'a:list:0002';
const LATER = minutesAfter(FIXED_NOW, 30);

beforeEach(async () => {
  db = openTestDatabase('card-actions');
  db.use(countWrites);
  await syncDecks(db, [makeDeck('a', 5), makeDeck('b', 2)], FIXED_NOW);
  // A0 answered twice, A1 once, A2 new.
  await answerIn(db, A0, Rating.Good, FIXED_NOW);
  await answerIn(db, A0, Rating.Good, minutesAfter(FIXED_NOW, 10));
  await answerIn(db, A1, Rating.Again, FIXED_NOW);
  writeTransactions = 0;
});

async function card(id: string) {
  const found = await db.cards.get(id);
  if (found === undefined) throw new Error(`no card ${id}`);
  return found;
}

/** The Manual log rows (resets and reschedules by hand): card, the state and due date they set. */
async function manualRows() {
  const rows = await db.reviewLog.filter((log) => log.rating === Rating.Manual).sortBy('cardId');
  return rows.map((row) => [row.cardId, row.state, row.due]);
}

describe('applyCardAction', () => {
  const cases: {
    name: string;
    action: CardAction;
    expected: (ids: string[]) => Promise<void>;
  }[] = [
    {
      name: 'suspends: the cards leave every study queue',
      action: { type: 'suspend', suspended: true },
      expected: async () => {
        expect((await card(A0)).queue).toBe(Queue.Suspended);
        expect((await card(A2)).suspended).toBe(true);
      },
    },
    {
      name: 'buries until a date',
      action: { type: 'bury', until: minutesAfter(FIXED_NOW, 60 * 24) },
      expected: async () => {
        expect((await card(A2)).queue).toBe(Queue.Buried);
      },
    },
    {
      name: 'forgets, keeping the history',
      action: { type: 'forget', keepHistory: true },
      expected: async () => {
        expect(await card(A0)).toMatchObject({ state: State.New, reps: 0, queue: Queue.New });
        expect(await countReviews(db, [A0, A1])).toBe(3);
        expect(await manualRows()).toEqual([
          [A0, State.New, LATER],
          [A1, State.New, LATER],
          [A2, State.New, LATER],
        ]);
      },
    },
    {
      name: 'forgets, dropping the history',
      action: { type: 'forget', keepHistory: false },
      expected: async () => {
        expect(await card(A1)).toMatchObject({ state: State.New, lapses: 0 });
        expect(await countReviews(db, [A0, A1])).toBe(0);
        // The reset itself stays, so that sync takes it to other devices.
        expect((await manualRows()).map(([id]) => id)).toEqual([A0, A1, A2]);
      },
    },
    {
      name: 'reschedules studied cards, leaving new ones',
      action: { type: 'reschedule', due: new Date(2026, 3, 1, 9) },
      expected: async () => {
        expect((await card(A0)).due).toEqual(new Date(2026, 3, 1, 9));
        expect((await card(A2)).version).toBe(1);
        const due = new Date(2026, 3, 1, 9);
        expect(await manualRows()).toEqual([
          [A0, (await card(A0)).state, due],
          [A1, (await card(A1)).state, due],
        ]);
      },
    },
    {
      name: 'moves to another deck with the history, after its cards',
      action: { type: 'move', deckId: 'b' },
      expected: async () => {
        expect(await card(A0)).toMatchObject({ deckId: 'b', position: 2 });
        expect(await card(A2)).toMatchObject({ deckId: 'b', position: 4 });
        const logs = await db.reviewLog.where('cardId').equals(A0).toArray();
        expect(logs.map((log) => log.deckId)).toEqual(['b', 'b']);
      },
    },
    {
      name: 'deletes the cards with their history and undo snapshots',
      action: { type: 'delete' },
      expected: async (ids) => {
        expect(await db.cards.bulkGet(ids)).toEqual([undefined, undefined, undefined]);
        expect(await countReviews(db, ids)).toBe(0);
        expect(await db.undo.count()).toBe(0);
        expect(await db.cards.count()).toBe(4);
      },
    },
  ];

  it.each(cases)('$name, in one transaction, summaries in step', async ({ action, expected }) => {
    const ids = [A0, A1, A2];
    await applyCardAction(db, ids, action, LATER);
    expect(writeTransactions).toBe(1);
    await expected(ids);
    await expectSummariesInStep(db);
  });

  it.each(cases)('$name: undone in one transaction, exactly as before', async ({ action }) => {
    const ids = [A0, A1, A2];
    const before = await db.cards.bulkGet(ids);
    const logsBefore = await db.reviewLog.orderBy('id').toArray();
    const snapshot = await applyCardAction(db, ids, action, LATER);
    writeTransactions = 0;
    await expect(restoreCards(db, snapshot, LATER)).resolves.toBe('restored');
    expect(writeTransactions).toBe(1);
    const after = await db.cards.bulkGet(ids);
    const withoutVersion = (cards: typeof before) =>
      cards.map((found) => ({ ...found, version: 0 }));
    expect(withoutVersion(after)).toEqual(withoutVersion(before));
    expect(await db.reviewLog.orderBy('id').toArray()).toEqual(logsBefore);
    await expectSummariesInStep(db);
  });

  it('skips unknown ids', async () => {
    const snapshot = await applyCardAction(
      db,
      ['nope', A2],
      { type: 'suspend', suspended: true },
      LATER,
    );
    expect(snapshot.cards.map((found) => found.id)).toEqual([A2]);
  });
});

describe('restoreCards', () => {
  it('refuses when a card changed after the action, writing nothing', async () => {
    const snapshot = await applyCardAction(db, [A0], { type: 'forget', keepHistory: false }, LATER);
    await answerIn(db, A0, Rating.Easy, LATER);
    await expect(restoreCards(db, snapshot, LATER)).resolves.toBe('conflict');
    expect(await countReviews(db, [A0])).toBe(1);
    expect((await card(A0)).reps).toBe(1);
  });
});

describe('a reset card in backups', () => {
  it('is restored with its reset, the state the same', async () => {
    await applyCardAction(db, [A0], { type: 'forget', keepHistory: true }, LATER);
    const { text } = await exportBackup(db, { now: LATER, appVersion: 'test' });
    const parsed = parseBackupFor(db, text, LATER);
    if (!parsed.ok) throw new Error(`backup refused: ${parsed.problem.code}`);

    const fresh = openTestDatabase('card-actions-reset-restored');
    await importBackup(fresh, parsed.backup, 'replace', LATER);
    expect(await fresh.reviewLog.where('cardId').equals(A0).count()).toBe(3);
    expect((await fresh.cards.get(A0))?.state).toBe(State.New);
    await expectSummariesInStep(fresh);
  });
});

describe('a moved card in backups', () => {
  it('is restored from a backup, replaced and merged, with its history in its new deck', async () => {
    await applyCardAction(db, [A0], { type: 'move', deckId: 'b' }, LATER);
    const { text } = await exportBackup(db, { now: LATER, appVersion: 'test' });
    const parsed = parseBackupFor(db, text, LATER);
    if (!parsed.ok) throw new Error(`backup refused: ${parsed.problem.code}`);

    const fresh = openTestDatabase('card-actions-restored');
    await importBackup(fresh, parsed.backup, 'replace', LATER);
    expect((await fresh.cards.get(A0))?.deckId).toBe('b');
    expect(await fresh.reviewLog.where('cardId').equals(A0).count()).toBe(2);
    await expectSummariesInStep(fresh);

    await importBackup(db, parsed.backup, 'merge', LATER);
    expect((await card(A0)).deckId).toBe('b');
    await expectSummariesInStep(db);
  });

  it('merged where the card is still in its old deck, moves it with all its history', async () => {
    const backupAt = async (now: Date) => {
      const { text } = await exportBackup(db, { now, appVersion: 'test' });
      const parsed = parseBackupFor(db, text, now);
      if (!parsed.ok) throw new Error(`backup refused: ${parsed.problem.code}`);
      return parsed.backup;
    };
    const beforeMove = await backupAt(LATER);
    await applyCardAction(db, [A0], { type: 'move', deckId: 'b' }, LATER);
    await answerIn(db, A0, Rating.Good, minutesAfter(LATER, 10));
    const afterMove = await backupAt(minutesAfter(LATER, 20));

    const other = openTestDatabase('card-actions-other-device');
    await importBackup(other, beforeMove, 'replace', LATER);
    await importBackup(other, afterMove, 'merge', minutesAfter(LATER, 20));
    expect((await other.cards.get(A0))?.deckId).toBe('b');
    const history = await other.reviewLog.where('cardId').equals(A0).toArray();
    expect(history.map((row) => row.deckId)).toEqual(['b', 'b', 'b']);
    await expectSummariesInStep(other);
  });
});

describe('runCardAction and undoCardAction: undo steps kept per tab in storage', () => {
  const tab = { origin: 'tab-1', name: 'delete' };

  it('keeps the step in the action’s transaction; a reopened database still undoes it', async () => {
    expect(await runCardAction(db, [A0, A1], { type: 'delete' }, tab, FIXED_NOW)).toBe(2);
    expect(writeTransactions).toBe(1);
    expect(await canUndoCardAction(db, 'tab-1')).toBe(true);
    expect(await canUndoCardAction(db, 'tab-2')).toBe(false);
    // What a reload does: the same database opened again by a fresh connection.
    db.close();
    const reopened = openDatabase(db.name);
    expect(await undoCardAction(reopened, 'tab-2', LATER)).toEqual({ status: 'nothing' });
    expect(await undoCardAction(reopened, 'tab-1', LATER)).toEqual({
      status: 'restored',
      name: 'delete',
      count: 2,
    });
    expect(await reopened.reviewLog.where('cardId').anyOf([A0, A1]).count()).toBe(3);
    expect(await canUndoCardAction(reopened, 'tab-1')).toBe(false);
    await expectSummariesInStep(reopened);
    reopened.close();
    await db.open();
  });

  it('undoes the latest first and keeps the last 30 steps of a tab', async () => {
    for (let step = 0; step < 32; step += 1) {
      const suspended = step % 2 === 0;
      await runCardAction(db, [A2], { type: 'suspend', suspended }, tab, FIXED_NOW);
    }
    expect(await db.cardActionUndo.count()).toBe(30);
    expect((await card(A2)).suspended).toBe(false);
    expect(await undoCardAction(db, 'tab-1', LATER)).toMatchObject({ status: 'restored' });
    expect((await card(A2)).suspended).toBe(true);
  });

  it('refuses to bring cards back into a deck deleted since, and drops the step', async () => {
    await runCardAction(db, ['b:list:0000'], { type: 'delete' }, tab, FIXED_NOW);
    await deleteDeck(db, 'b', FIXED_NOW);
    expect(await undoCardAction(db, 'tab-1', LATER)).toMatchObject({ status: 'conflict' });
    expect(await db.cards.get('b:list:0000')).toBeUndefined();
    expect(await canUndoCardAction(db, 'tab-1')).toBe(false);
  });
});
