import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Rating } from '../../src/domain/scheduling/scheduler.ts';
import { serializeBackupValue } from '../../src/domain/backup/backup-format.ts';
import { serializeDeck } from '../../src/domain/generator/serialize-deck.ts';
import { exportBackup } from '../../src/storage/backup.ts';
import { applyCardAction } from '../../src/storage/card-actions.ts';
import { importBackup, parseBackupFor } from '../../src/storage/backup-import.ts';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { previewDeckSync, syncDecks } from '../../src/storage/deck-sync.ts';
import { saveFinishedQuiz } from '../../src/storage/quiz-repository.ts';
import {
  addUserDeck,
  countDeckContents,
  deleteDeck,
  freeDeckId,
  getDeckSource,
  loadDeckFile,
  renameDeck,
  updateUserDeck,
} from '../../src/storage/user-decks.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';
import { answerIn } from '../helpers/study-answers.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

let db: StudyDatabase;
beforeEach(() => {
  db = openTestDatabase('user-decks');
});

const source = { fileName: 'notes.md', text: '# Notes\n\nA text.' };

function quizOf(deckIds: string[], cardId: string) {
  return saveFinishedQuiz(db, {
    deckIds,
    seed: 1,
    pool: 'all',
    types: ['typed'],
    startedAt: FIXED_NOW,
    finishedAt: minutesAfter(FIXED_NOW, 1),
    answers: [
      {
        position: 0,
        type: 'typed',
        deckId: deckIds[0] ?? '',
        cardIds: [cardId],
        items: [{ cardId, prompt: 'Q', given: 'A', expected: 'A', verdict: 'correct' }],
        verdict: 'correct',
        durationMs: 1000,
        score: 1,
      },
    ],
  });
}

describe('addUserDeck', () => {
  it('stores the deck, its cards (new, due now) and the document in one go', async () => {
    await addUserDeck(db, makeDeck('notes', 3), source, FIXED_NOW);
    expect((await db.decks.get('notes'))?.title).toBe('Deck notes');
    const cards = await db.cards.where('deckId').equals('notes').toArray();
    expect(cards.map((card) => [card.front, card.due])).toEqual([
      ['Question 1', FIXED_NOW],
      ['Question 2', FIXED_NOW],
      ['Question 3', FIXED_NOW],
    ]);
    expect(await getDeckSource(db, 'notes')).toEqual({
      deckId: 'notes',
      fileName: 'notes.md',
      text: source.text,
      addedAt: FIXED_NOW,
    });
  });

  it('marks the cards the learner edited, so a regenerated deck keeps their text', async () => {
    await addUserDeck(db, makeDeck('notes', 2), source, FIXED_NOW, ['notes:list:0001']);
    const cards = await db.cards.where('deckId').equals('notes').toArray();
    expect(cards.map((card) => card.edited)).toEqual([false, true]);
  });

  it('writes nothing when a deck has the id already', async () => {
    await syncDecks(db, [makeDeck('notes', 2)], FIXED_NOW);
    await expect(addUserDeck(db, makeDeck('notes', 5), source, FIXED_NOW)).rejects.toThrow(
      'already exists',
    );
    expect(await db.cards.count()).toBe(2);
    expect(await db.deckSources.count()).toBe(0);
  });

  it('writes nothing when storing the document fails', async () => {
    db.deckSources.hook('creating', () => {
      throw new Error('disk full (simulated)');
    });
    await expect(addUserDeck(db, makeDeck('notes', 3), source, FIXED_NOW)).rejects.toThrow(
      'disk full',
    );
    expect([await db.decks.count(), await db.cards.count()]).toEqual([0, 0]);
  });
});

describe('updating a deck from a new version of its document', () => {
  /** Version 1: cards 0–3; version 2: card 0 unchanged, 1 changed, 2 edited by the learner and
   * changed, 3 gone (studied), plus two new cards. */
  async function twoVersions() {
    await addUserDeck(db, makeDeck('notes', 4), source, FIXED_NOW);
    await answerIn(db, 'notes:list:0003', Rating.Good, FIXED_NOW);
    await answerIn(db, 'notes:list:0000', Rating.Good, FIXED_NOW);
    await db.cards.update('notes:list:0002', { front: 'My own question', edited: true });
    const next = makeDeck('notes', 6);
    const cards = next.cards
      .filter((card) => card.id !== 'notes:list:0003')
      .map((card) =>
        card.id === 'notes:list:0001' || card.id === 'notes:list:0002'
          ? { ...card, back: `${card.back} (revised)` }
          : card,
      );
    return { ...next, cards };
  }

  it('says what would change, writing nothing', async () => {
    const next = await twoVersions();
    const before = await db.cards.toArray();
    expect(await previewDeckSync(db, next, FIXED_NOW)).toEqual({
      added: 2,
      updated: 1,
      retired: 1,
    });
    expect(await db.cards.toArray()).toEqual(before);
  });

  it('applies it by the bundled decks’ rules, and keeps the new document', async () => {
    const next = await twoVersions();
    const text = '# Notes v2';
    expect(await updateUserDeck(db, next, { fileName: 'notes.md', text }, FIXED_NOW)).toEqual({
      added: 2,
      updated: 1,
      retired: 1,
    });
    const cards = new Map((await db.cards.toArray()).map((card) => [card.id, card]));
    expect(cards.get('notes:list:0000')?.reps).toBe(1);
    expect(cards.get('notes:list:0001')?.back).toBe('Answer 2 (revised)');
    expect(cards.get('notes:list:0002')?.front).toBe('My own question');
    expect(cards.get('notes:list:0002')?.back).toBe('Answer 3');
    expect(cards.get('notes:list:0003')?.suspended).toBe(true);
    expect(cards.has('notes:list:0005')).toBe(true);
    expect((await getDeckSource(db, 'notes'))?.text).toBe(text);
  });

  it('re-proposes cards left out when the same document is regenerated', async () => {
    const deck = makeDeck('notes', 3);
    await addUserDeck(db, { ...deck, cards: deck.cards.slice(0, 2) }, source, FIXED_NOW);
    expect(await updateUserDeck(db, deck, null, FIXED_NOW)).toEqual({
      added: 1,
      updated: 0,
      retired: 0,
    });
    expect((await getDeckSource(db, 'notes'))?.text).toBe(source.text);
  });

  it('refuses a deck that is not stored', async () => {
    await expect(updateUserDeck(db, makeDeck('x', 1), null, FIXED_NOW)).rejects.toThrow(
      'does not exist',
    );
    expect(await db.cards.count()).toBe(0);
  });
});

describe('freeDeckId', () => {
  it.each([
    { stored: [], wanted: 'notes', expected: 'notes' },
    { stored: ['notes'], wanted: 'notes', expected: 'notes-2' },
    { stored: ['notes', 'notes-2', 'notes-and-more'], wanted: 'notes', expected: 'notes-3' },
    { stored: ['notes-2'], wanted: 'notes', expected: 'notes' },
  ])('$stored, $wanted → $expected', async ({ stored, wanted, expected }) => {
    await syncDecks(
      db,
      stored.map((id) => makeDeck(id, 1)),
      FIXED_NOW,
    );
    expect(await freeDeckId(db, wanted)).toBe(expected);
  });
});

describe('loadDeckFile', () => {
  it('gives back a stored deck byte for byte as the decks/*.json it was loaded from', async () => {
    const deck = makeDeck('a', 3);
    await syncDecks(db, [deck], FIXED_NOW);
    const loaded = await loadDeckFile(db, 'a');
    expect(loaded && serializeDeck(loaded)).toBe(serializeDeck(deck));
  });

  it('carries the learner’s title and edited texts', async () => {
    await syncDecks(db, [makeDeck('a', 2)], FIXED_NOW);
    await renameDeck(db, 'a', 'Mine');
    await db.cards.update('a:list:0001', { front: 'My question', edited: true });
    const loaded = await loadDeckFile(db, 'a');
    expect([loaded?.title, loaded?.cards.map((card) => card.front)]).toEqual([
      'Mine',
      ['Question 1', 'My question'],
    ]);
  });

  it('is undefined for a deck that does not exist', async () => {
    expect(await loadDeckFile(db, 'nope')).toBeUndefined();
  });
});

describe('renameDeck', () => {
  it('keeps the learner’s title when a regenerated version of the deck arrives', async () => {
    await syncDecks(db, [makeDeck('a', 2)], FIXED_NOW);
    await renameDeck(db, 'a', '  My title ');
    await syncDecks(db, [makeDeck('a', 3, { title: 'New upstream title' })], FIXED_NOW);
    expect((await db.decks.get('a'))?.title).toBe('My title');
    expect(await db.cards.count()).toBe(3);
  });

  it.each([
    ['', 'a', 'needs a title'],
    ['   ', 'a', 'needs a title'],
    ['Title', 'missing', 'does not exist'],
  ])('refuses %j for deck %s', async (title, deckId, message) => {
    await syncDecks(db, [makeDeck('a', 2)], FIXED_NOW);
    await expect(renameDeck(db, deckId, title)).rejects.toThrow(message);
    expect((await db.decks.get('a'))?.title).toBe('Deck a');
  });
});

describe('deleteDeck', () => {
  beforeEach(async () => {
    await syncDecks(db, [makeDeck('a', 3), makeDeck('b', 2)], FIXED_NOW);
    await answerIn(db, 'a:list:0000', Rating.Good, FIXED_NOW);
    await answerIn(db, 'a:list:0001', Rating.Again, minutesAfter(FIXED_NOW, 1));
    await answerIn(db, 'b:list:0000', Rating.Good, minutesAfter(FIXED_NOW, 2));
  });

  it('counts what would go: cards and reviews of that deck only', async () => {
    expect(await countDeckContents(db, 'a')).toEqual({ cards: 3, reviews: 2 });
    expect(await countDeckContents(db, 'b')).toEqual({ cards: 2, reviews: 1 });
  });

  it('does not count a reset or reschedule by hand as an answer', async () => {
    const at = minutesAfter(FIXED_NOW, 3);
    await applyCardAction(db, ['a:list:0000'], { type: 'forget', keepHistory: true }, at);
    await applyCardAction(
      db,
      ['a:list:0001'],
      { type: 'reschedule', due: minutesAfter(FIXED_NOW, 4 * 24 * 60) },
      at,
    );
    expect((await db.reviewLog.toArray()).filter((log) => log.deckId === 'a')).toHaveLength(4);
    expect(await countDeckContents(db, 'a')).toEqual({ cards: 3, reviews: 2 });
    expect(await deleteDeck(db, 'a', at)).toEqual({ cards: 3, reviews: 2 });
    expect(await db.reviewLog.count()).toBe(1);
  });

  it('removes the deck with its cards, answers, undo history and own quizzes', async () => {
    await quizOf(['a'], 'a:list:0002');
    await quizOf(['a', 'b'], 'b:list:0001');
    expect(await deleteDeck(db, 'a', FIXED_NOW)).toEqual({ cards: 3, reviews: 2 });
    expect((await db.decks.toArray()).map((deck) => deck.id)).toEqual(['b']);
    expect((await db.cards.toArray()).map((card) => card.deckId)).toEqual(['b', 'b']);
    expect((await db.reviewLog.toArray()).map((log) => log.deckId)).toEqual(['b']);
    expect((await db.undo.toArray()).map((undo) => undo.deckId)).toEqual(['b']);
    expect((await db.quizzes.toArray()).map((quiz) => quiz.deckIds)).toEqual([['a', 'b']]);
    expect(await db.quizAnswers.count()).toBe(1);
  });

  it('keeps a deleted bundled deck deleted when the bundled decks are synced again', async () => {
    await deleteDeck(db, 'a', FIXED_NOW);
    const result = await syncDecks(db, [makeDeck('a', 3), makeDeck('b', 2)], FIXED_NOW);
    expect(result.decksAdded).toBe(0);
    expect(await db.decks.get('a')).toBeUndefined();
  });

  it('lets a new deck of the learner take a deleted id again', async () => {
    await deleteDeck(db, 'a', FIXED_NOW);
    await addUserDeck(db, makeDeck('a', 1), source, FIXED_NOW);
    expect(await db.cards.where('deckId').equals('a').count()).toBe(1);
    expect(await db.deletedDecks.count()).toBe(0);
  });

  it('refuses a deck that does not exist, changing nothing', async () => {
    await expect(deleteDeck(db, 'nope', FIXED_NOW)).rejects.toThrow('does not exist');
    expect(await db.cards.count()).toBe(5);
    expect(await db.deletedDecks.count()).toBe(0);
  });
});

describe('backups of the learner’s decks', () => {
  it('round-trip the deck, its document and the deleted ids', async () => {
    await addUserDeck(db, makeDeck('notes', 2), source, FIXED_NOW);
    await syncDecks(db, [makeDeck('a', 1)], FIXED_NOW);
    await deleteDeck(db, 'a', FIXED_NOW);
    const { text } = await exportBackup(db, { now: FIXED_NOW, appVersion: 'test' });

    const fresh = openTestDatabase('user-decks-fresh');
    const parsed = parseBackupFor(fresh, text, FIXED_NOW);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    await importBackup(fresh, parsed.backup, 'replace', FIXED_NOW);
    expect(await fresh.cards.where('deckId').equals('notes').count()).toBe(2);
    expect((await getDeckSource(fresh, 'notes'))?.text).toBe(source.text);
    await syncDecks(fresh, [makeDeck('a', 1)], FIXED_NOW);
    expect(await fresh.decks.get('a')).toBeUndefined();
  });

  it('of a version before the learner’s decks (schema 4) still import', async () => {
    await syncDecks(db, [makeDeck('a', 2)], FIXED_NOW);
    // Files of schema 4 carried no checksum (version 5 added it).
    const { backup } = await exportBackup(db, { now: FIXED_NOW, appVersion: 'test' });
    const before6 = (rows: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(rows).filter(([name]) => !['deckSources', 'deletedDecks'].includes(name)),
      );
    const old = serializeBackupValue({
      ...backup,
      checksum: undefined,
      schemaVersion: 4,
      tables: before6(backup.tables),
      counts: before6(backup.counts),
    });

    const parsed = parseBackupFor(db, old, FIXED_NOW);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    await importBackup(db, parsed.backup, 'replace', FIXED_NOW);
    expect(await db.cards.count()).toBe(2);
    expect(await db.deckSources.count()).toBe(0);
  });

  it('are refused when a document has no deck', async () => {
    await addUserDeck(db, makeDeck('notes', 2), source, FIXED_NOW);
    const { backup } = await exportBackup(db, { now: FIXED_NOW, appVersion: 'test' });
    const damaged = serializeBackupValue({
      ...backup,
      tables: { ...backup.tables, decks: [], cards: [] },
      counts: { ...backup.counts, decks: 0, cards: 0 },
    });
    const parsed = parseBackupFor(db, damaged, FIXED_NOW);
    expect(parsed.ok ? null : parsed.problem).toMatchObject({
      code: 'missingReference',
      table: 'deckSources',
      value: 'notes',
    });
  });
});
