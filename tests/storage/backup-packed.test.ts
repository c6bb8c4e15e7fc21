import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Rating, type Grade } from '../../src/domain/scheduling/scheduler.ts';
import { answersOfCards, answersOfDeck, countAnswers } from '../../src/storage/answer-log.ts';
import { exportBackup } from '../../src/storage/backup.ts';
import { importBackup, parseBackupFor } from '../../src/storage/backup-import.ts';
import { applyCardAction } from '../../src/storage/card-actions.ts';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';
import { packHistory } from '../helpers/packed-history.ts';
import { answerIn } from '../helpers/study-answers.ts';
import { expectSummariesInStep } from '../helpers/summaries.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

const deckA = makeDeck('a', 3);
const deckB = makeDeck('b', 1);
const moving = deckA.cards[1]?.id ?? '';

/** Decks a and b, six answers (three to the card that moves), packed two to a block (4 blocks). */
async function packedCollection(db: StudyDatabase) {
  await syncDecks(db, [deckA, deckB], minutesAfter(FIXED_NOW, -600));
  const plan: [string, Grade, number][] = [
    [deckA.cards[0]?.id ?? '', Rating.Good, -500],
    [moving, Rating.Again, -490],
    [deckB.cards[0]?.id ?? '', Rating.Good, -480],
    [moving, Rating.Good, -300],
    [deckA.cards[2]?.id ?? '', Rating.Easy, -200],
    [moving, Rating.Good, -100],
  ];
  for (const [cardId, rating, minutes] of plan) {
    await answerIn(db, cardId, rating, minutesAfter(FIXED_NOW, minutes));
  }
  expect(await packHistory(db)).toBe(4);
}

async function backupOf(db: StudyDatabase, into: StudyDatabase) {
  const { text } = await exportBackup(db, { now: FIXED_NOW, appVersion: 't' });
  const parsed = parseBackupFor(into, text, FIXED_NOW);
  if (!parsed.ok) throw new Error(`backup refused: ${parsed.problem.code}`);
  return parsed.backup;
}

/** Where the moving card's answers are filed, and how many answers each deck has. */
async function filing(db: StudyDatabase) {
  const answers = await answersOfCards(db, [moving]);
  return {
    decks: [...new Set(answers.map((answer) => answer.deckId))],
    moving: answers.length,
    a: await countAnswers(db, 'a'),
    b: await countAnswers(db, 'b'),
    packed: (await answersOfDeck(db, 'a')).filter((answer) => answer.id === undefined).length,
  };
}

let here: StudyDatabase;
let there: StudyDatabase;

beforeEach(async () => {
  here = openTestDatabase('backup-packed-here');
  there = openTestDatabase('backup-packed-there');
  await packedCollection(there);
});

describe('Merge with answers packed in blocks', () => {
  it('files the packed answers of a card the backup moved under its new deck, once', async () => {
    await importBackup(here, await backupOf(there, here), 'replace', FIXED_NOW);
    // Elsewhere the card moved to deck b (its answers leave their blocks) and was answered again.
    await applyCardAction(there, [moving], { type: 'move', deckId: 'b' }, FIXED_NOW);
    await answerIn(there, moving, Rating.Good, minutesAfter(FIXED_NOW, -10));
    const backup = await backupOf(there, here);

    const result = await importBackup(here, backup, 'merge', FIXED_NOW);
    expect(result.added.reviewLog).toBe(1);
    expect(await filing(here)).toEqual({ decks: ['b'], moving: 4, a: 2, b: 5, packed: 2 });
    await expectSummariesInStep(here);

    const again = await importBackup(here, backup, 'merge', FIXED_NOW);
    expect(Object.values(again.added).every((count) => count === 0)).toBe(true);
    expect(await filing(here)).toEqual({ decks: ['b'], moving: 4, a: 2, b: 5, packed: 2 });
  });

  it('files the answers of an added block under the deck its card has here', async () => {
    await syncDecks(here, [deckA, deckB], minutesAfter(FIXED_NOW, -600));
    await applyCardAction(here, [moving], { type: 'move', deckId: 'b' }, FIXED_NOW);
    // Answered here after the backup's last answer: the card stays as it is here, in deck b.
    await answerIn(here, moving, Rating.Good, minutesAfter(FIXED_NOW, -10));

    await importBackup(here, await backupOf(there, here), 'merge', FIXED_NOW);
    expect((await here.cards.get(moving))?.deckId).toBe('b');
    expect(await filing(here)).toEqual({ decks: ['b'], moving: 4, a: 2, b: 5, packed: 2 });
    await expectSummariesInStep(here);
  });

  it('writes nothing when the refiling fails', async () => {
    await importBackup(here, await backupOf(there, here), 'replace', FIXED_NOW);
    await applyCardAction(there, [moving], { type: 'move', deckId: 'b' }, FIXED_NOW);
    await answerIn(there, moving, Rating.Good, minutesAfter(FIXED_NOW, -10));
    const backup = await backupOf(there, here);
    const before = await filing(here);
    // A row IndexedDB refuses while the answers are taken out of their blocks (a full disk).
    // (Those rows come without a local id; the merge's own rows carry theirs.)
    let refused = 0;
    here.reviewLog.hook('creating', (_key, row) => {
      const log: { id?: number; cardId: string } = row;
      if (log.id !== undefined || log.cardId !== moving) return;
      refused += 1;
      throw new Error('QuotaExceededError');
    });
    await expect(importBackup(here, backup, 'merge', FIXED_NOW)).rejects.toThrow(
      'QuotaExceededError',
    );
    expect(refused).toBe(1);
    expect(await filing(here)).toEqual(before);
    expect((await here.cards.get(moving))?.deckId).toBe('a');
  });
});
