import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { Queue, type StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { importReviewHistory, type ImportedReview } from '../../src/storage/review-import.ts';
import { loadStudyData } from '../../src/storage/queue-repository.ts';
import {
  answer,
  createScheduler,
  newCardState,
  Rating,
  State,
} from '../../src/domain/scheduling/scheduler.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { makeDeck } from '../helpers/decks.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';

const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);
const DAY_MINUTES = 24 * 60;
let db: StudyDatabase;

beforeEach(async () => {
  db = openTestDatabase('review-import');
  await syncDecks(db, [makeDeck('a', 5)], FIXED_NOW);
});

/** Card `id` answered Good twice ten days ago: a review card, overdue now, with its log rows. */
function studiedElsewhere(id: string) {
  let card = { id, ...newCardState(minutesAfter(FIXED_NOW, -10 * DAY_MINUTES)) };
  const reviews: ImportedReview[] = [];
  for (let step = 0; step < 2; step += 1) {
    const result = answer(scheduler, card, Rating.Good, card.due);
    reviews.push({ ...result.log, cardId: id, deckId: 'a', durationMs: 4000 });
    card = result.card;
  }
  const [firstReview, secondReview] = reviews as [ImportedReview, ImportedReview];
  return { state: card, reviews, firstReview, secondReview };
}

describe('importReviewHistory', () => {
  it('stores the states and the rows: the cards become due reviews, the log grows', async () => {
    const first = studiedElsewhere('a:list:0000');
    const second = studiedElsewhere('a:list:0001');
    const result = await importReviewHistory(
      db,
      {
        cardStates: [first.state, second.state],
        reviews: [...first.reviews, ...second.reviews],
      },
      FIXED_NOW,
    );

    expect(result).toEqual({ cardsUpdated: 2, reviewsAdded: 4 });
    const stored = await db.cards.get('a:list:0000');
    expect(stored).toMatchObject({
      state: State.Review,
      reps: 2,
      due: first.state.due,
      queue: Queue.Review,
      version: 2,
      front: 'Question 1',
    });
    const logged = await db.reviewLog
      .where('[deckId+review]')
      .between(['a', Dexie.minKey], ['a', Dexie.maxKey])
      .toArray();
    expect(logged.map((row) => [row.cardId, row.rating])).toEqual([
      ['a:list:0000', Rating.Good],
      ['a:list:0001', Rating.Good],
      ['a:list:0000', Rating.Good],
      ['a:list:0001', Rating.Good],
    ]);
    const study = await loadStudyData(db, 'a', FIXED_NOW);
    expect(
      study?.cards.filter((card) => card.queue === Queue.Review).map((card) => card.id),
    ).toEqual(['a:list:0000', 'a:list:0001']);
  });

  it.each([
    {
      name: 'a state of a card that is not stored',
      input: () => ({ cardStates: [{ ...studiedElsewhere('a:list:0000').state, id: 'nope' }] }),
      message: 'Cannot import the review history: no such card nope.',
    },
    {
      name: 'a row without a card id',
      input: () => ({ reviews: [{ ...studiedElsewhere('a:list:0000').firstReview, cardId: '' }] }),
      message: 'Cannot import the review history: review 2 has no card id.',
    },
    {
      name: 'a row with an invalid date',
      input: () => {
        const { firstReview, secondReview } = studiedElsewhere('a:list:0001');
        return { reviews: [firstReview, { ...secondReview, review: new Date(Number.NaN) }] };
      },
      message: 'Cannot import the review history: review 3 (card a:list:0001) has an invalid date.',
    },
    {
      name: 'a row of a card that is not stored',
      input: () => ({
        reviews: [{ ...studiedElsewhere('a:list:0000').firstReview, cardId: 'gone' }],
      }),
      message: 'Cannot import the review history: a review of card gone, which is not stored.',
    },
    {
      name: "a row filed under another deck than its card's",
      input: () => ({ reviews: [{ ...studiedElsewhere('a:list:0001').firstReview, deckId: 'b' }] }),
      message:
        'Cannot import the review history: a review of card a:list:0001 is filed under deck b, but the card is in deck a.',
    },
  ])('refuses $name and writes nothing', async ({ input, message }) => {
    const good = studiedElsewhere('a:list:0002');
    const { cardStates = [], reviews = [] } = input() as Parameters<typeof importReviewHistory>[1];
    await expect(
      importReviewHistory(
        db,
        { cardStates: [good.state, ...cardStates], reviews: [...good.reviews, ...reviews] },
        FIXED_NOW,
      ),
    ).rejects.toThrow(message);
    expect(await db.reviewLog.count()).toBe(0);
    expect(await db.cards.get('a:list:0002')).toMatchObject({ state: State.New, version: 1 });
  });
});
