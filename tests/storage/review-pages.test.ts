import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { importReviewHistory } from '../../src/storage/review-import.ts';
import {
  countDueToday,
  loadDueReviews,
  loadStudyData,
  REVIEW_PAGE_SIZE,
  type ReviewCursor,
} from '../../src/storage/queue-repository.ts';
import { SETTINGS, writeSetting } from '../../src/storage/settings.ts';
import { newCardState, State } from '../../src/domain/scheduling/scheduler.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { nextStudyDayStart } from '../../src/domain/study/study-day.ts';
import { makeDeck } from '../helpers/decks.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';

const DUE = 120;
const DAY_END = nextStudyDayStart(FIXED_NOW, DEFAULT_DECK_OPTIONS.nextDayStartsAt);
let db: StudyDatabase;

/** Card ids of deck `a` in document order. */
const idOf = (index: number) => `a:list:${String(index).padStart(4, '0')}`;

/** Makes the first `count` cards due reviews, due `dueMinutes(index)` minutes from now. */
async function makeDue(count: number, dueMinutes: (index: number) => number) {
  const cardStates = Array.from({ length: count }, (_, index) => ({
    ...newCardState(minutesAfter(FIXED_NOW, -30 * 24 * 60)),
    id: idOf(index),
    state: State.Review,
    stability: 10,
    difficulty: 5,
    scheduled_days: 10,
    reps: 3,
    last_review: minutesAfter(FIXED_NOW, -20 * 24 * 60),
    due: minutesAfter(FIXED_NOW, dueMinutes(index)),
  }));
  await importReviewHistory(db, { cardStates }, FIXED_NOW);
}

/** Every page of due reviews after the study data's first one, until storage has no more. */
async function readAllPages(first: ReviewCursor | null): Promise<string[]> {
  const ids: string[] = [];
  let cursor = first;
  for (let pages = 0; cursor !== null && pages < 20; pages += 1) {
    const page = await loadDueReviews(db, 'a', cursor, DAY_END);
    ids.push(...page.cards.map((card) => card.id));
    if (page.exhausted) break;
    cursor = page.cursor;
  }
  return ids;
}

beforeEach(async () => {
  db = openTestDatabase('review-pages');
  await syncDecks(db, [makeDeck('a', 200)], FIXED_NOW);
});

describe('due reviews a page at a time', () => {
  it('reads the most overdue first page, counts the rest, and pages through them in order', async () => {
    // Card i is due i + 1 minutes ago: card 119 is the most overdue, card 0 the least.
    await makeDue(DUE, (index) => -index - 1);
    const data = await loadStudyData(db, 'a', FIXED_NOW);
    const firstPage = data?.cards.filter((card) => card.state === State.Review) ?? [];
    const expectedOrder = Array.from({ length: DUE }, (_, index) => idOf(DUE - 1 - index));
    expect(firstPage.map((card) => card.id)).toEqual(expectedOrder.slice(0, REVIEW_PAGE_SIZE));
    expect(data?.moreReviewsDue).toBe(DUE - REVIEW_PAGE_SIZE);
    expect(await countDueToday(db, 'a', FIXED_NOW)).toEqual({ new: 20, learning: 0, review: DUE });

    const rest = await readAllPages(data?.reviewCursor ?? null);
    // Each page starts with the last card read before it (the cursor's date), read again.
    expect([...new Set([...firstPage.map((card) => card.id), ...rest])]).toEqual(expectedOrder);
  });

  it('pages through cards due at the same moment by id, missing none', async () => {
    await makeDue(DUE, () => -60);
    const data = await loadStudyData(db, 'a', FIXED_NOW);
    const first = data?.cards.filter((card) => card.state === State.Review) ?? [];
    expect(data?.reviewCursor?.seen).toBe(REVIEW_PAGE_SIZE);
    const rest = await readAllPages(data?.reviewCursor ?? null);
    expect([...new Set([...first.map((card) => card.id), ...rest])]).toEqual(
      Array.from({ length: DUE }, (_, index) => idOf(index)),
    );
  });

  it.each([
    // reviews per day, reviews counted
    [200, DUE],
    [80, 80],
    [30, 30],
  ])('with %d reviews a day counts %d of them', async (reviewsPerDay, counted) => {
    await db.decks.update('a', { options: { ...DEFAULT_DECK_OPTIONS, reviewsPerDay } });
    await makeDue(DUE, (index) => -index - 1);
    expect((await countDueToday(db, 'a', FIXED_NOW))?.review).toBe(counted);
  });

  it('counts a priority card that is a due review past the first page once', async () => {
    await makeDue(DUE, (index) => -index - 1);
    // Card 0 is the least overdue: the last of all pages.
    await writeSetting(db, SETTINGS.studyPriority('a'), [idOf(0)]);
    const data = await loadStudyData(db, 'a', FIXED_NOW);
    expect(data?.cards.map((card) => card.id)).toContain(idOf(0));
    expect(data?.moreReviewsDue).toBe(DUE - REVIEW_PAGE_SIZE - 1);
    expect(await countDueToday(db, 'a', FIXED_NOW)).toEqual({ new: 20, learning: 0, review: DUE });
  });
});
