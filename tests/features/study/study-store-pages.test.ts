import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { importReviewHistory } from '../../../src/storage/review-import.ts';
import { REVIEW_PAGE_SIZE } from '../../../src/storage/queue-repository.ts';
import { newCardState, Rating, State } from '../../../src/domain/scheduling/scheduler.ts';
import { useStudyStore } from '../../../src/features/study/study-store.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';

const DUE = REVIEW_PAGE_SIZE + 15;
const idOf = (index: number) => `a:list:${String(index).padStart(4, '0')}`;

beforeEach(async () => {
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', DUE + 3)], FIXED_NOW);
  // Card i is due i + 1 minutes ago: the last card due is the first to show.
  const cardStates = Array.from({ length: DUE }, (_, index) => ({
    ...newCardState(minutesAfter(FIXED_NOW, -30 * 24 * 60)),
    id: idOf(index),
    state: State.Review,
    stability: 10,
    difficulty: 5,
    scheduled_days: 10,
    reps: 3,
    last_review: minutesAfter(FIXED_NOW, -20 * 24 * 60),
    due: minutesAfter(FIXED_NOW, -index - 1),
  }));
  await importReviewHistory(db, { cardStates }, FIXED_NOW);
});

describe('a session with more due reviews than the first page', () => {
  it('counts them all and shows them in due order, then the new cards', async () => {
    const store = useStudyStore.getState();
    await store.start('a', FIXED_NOW);
    expect(useStudyStore.getState().session?.queue.counts).toEqual({
      new: 3,
      learning: 0,
      review: DUE,
    });
    const shown: string[] = [];
    for (let answer = 0; answer < DUE + 3; answer += 1) {
      const { current } = useStudyStore.getState();
      if (current === null) break;
      shown.push(current.id);
      useStudyStore.getState().reveal();
      await useStudyStore.getState().grade(Rating.Good, minutesAfter(FIXED_NOW, answer));
    }
    expect(shown).toEqual([
      ...Array.from({ length: DUE }, (_, index) => idOf(DUE - 1 - index)),
      idOf(DUE),
      idOf(DUE + 1),
      idOf(DUE + 2),
    ]);
    expect(await db.reviewLog.count()).toBe(DUE + 3);
  });
});
