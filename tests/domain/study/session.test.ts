// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import { Rating, State } from '../../../src/domain/scheduling/fsrs-vocabulary.ts';
import { dropCard, nextCard } from '../../../src/domain/study/queue.ts';
import {
  addReviewPage,
  reconcileConflict,
  recordAnswer,
  startSession,
  undoAnswer,
  withCardDropped,
  withCardUpdated,
  type SessionCard,
  type StudySession,
} from '../../../src/domain/study/session.ts';

const NOW = new Date('2026-03-10T10:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);

interface TestCard extends SessionCard {
  readonly text: string;
}

function card(id: string, state: State, dueMinutes: number, position = 0): TestCard {
  return {
    id,
    state,
    due: at(dueMinutes),
    position,
    suspended: false,
    buriedUntil: null,
    version: 1,
    text: id,
  };
}

/** l: learning due now; r1, r2: reviews; n1, n2: new. */
function session(moreReviewsDue = 0): StudySession<TestCard> {
  return startSession({
    cards: [
      card('l', State.Learning, -1),
      card('r1', State.Review, -60),
      card('r2', State.Review, -30),
      card('n1', State.New, -DAY / MINUTE, 1),
      card('n2', State.New, -DAY / MINUTE, 2),
    ],
    today: { newIntroduced: 0, reviewsDone: 0 },
    options: DEFAULT_DECK_OPTIONS,
    now: NOW,
    timeZone: 'UTC',
    moreReviewsDue,
  });
}

/** The ids the queue shows at `now`, in order, answering each so it leaves for good. */
function order(start: StudySession<TestCard>): string[] {
  const shown: string[] = [];
  let current = start;
  for (let next = nextCard(current.queue, NOW); next.kind === 'card';) {
    shown.push(next.cardId);
    current = withCardDropped(current, current.cards.get(next.cardId) as TestCard);
    next = nextCard(current.queue, NOW);
  }
  return shown;
}

describe('startSession', () => {
  it('holds every card it was given and no answers; the queue in Anki order', () => {
    const started = session();
    const ids = ['l', 'r1', 'r2', 'n1', 'n2'];
    expect(ids.map((id) => started.cards.get(id)?.text)).toEqual(ids);
    expect(started.answers).toEqual([]);
    expect(started.queue.counts).toEqual({ new: 2, learning: 1, review: 2 });
    expect(order(started)).toEqual(['l', 'r1', 'r2', 'n1', 'n2']);
  });
});

describe('recordAnswer', () => {
  const cases = [
    {
      name: 'a review answered Good leaves the queue',
      after: { ...card('r1', State.Review, 5 * 24 * 60), version: 2 },
      counts: { new: 2, learning: 1, review: 1 },
      next: ['l', 'r2', 'n1', 'n2'],
    },
    {
      name: 'a review answered Again comes back in learning',
      after: { ...card('r1', State.Relearning, 10), version: 2 },
      counts: { new: 2, learning: 2, review: 1 },
      next: ['l', 'r2', 'n1', 'n2', 'r1'],
    },
    {
      name: 'a new card learnt for tomorrow leaves the queue',
      after: { ...card('n1', State.Review, 2 * 24 * 60, 1), version: 2 },
      counts: { new: 1, learning: 1, review: 2 },
      next: ['l', 'r1', 'r2', 'n2'],
    },
  ];
  it.each(cases)('$name', ({ after, counts, next }) => {
    const before = session();
    const answered = recordAnswer(before, after, {
      cardId: after.id,
      rating: Rating.Good,
      durationMs: 1200,
    });
    expect(answered.cards.get(after.id)).toBe(after);
    expect(answered.answers).toEqual([{ cardId: after.id, rating: Rating.Good, durationMs: 1200 }]);
    expect(answered.queue.counts).toEqual(counts);
    expect(order(answered)).toEqual(next);
    expect(before.answers).toEqual([]);
    expect(before.cards.get(after.id)?.version).toBe(1);
  });
});

describe('withCardDropped and dropCard', () => {
  const cases = [
    { id: 'l', counts: { new: 2, learning: 0, review: 2 } },
    { id: 'r2', counts: { new: 2, learning: 1, review: 1 } },
    { id: 'n1', counts: { new: 1, learning: 1, review: 2 } },
    { id: 'unknown', counts: { new: 2, learning: 1, review: 2 } },
  ];
  it.each(cases)('dropping $id leaves counts $counts and keeps the rest in order', (entry) => {
    const before = session();
    const buried = { ...card(entry.id, State.New, 0), version: 7 };
    const dropped = withCardDropped(before, buried);
    expect(dropped.queue.counts).toEqual(entry.counts);
    expect(dropped.queue).toEqual(dropCard(before.queue, entry.id));
    expect(dropped.cards.get(entry.id)?.version).toBe(7);
    expect(order(dropped)).toEqual(order(before).filter((id) => id !== entry.id));
    expect(dropped.answers).toEqual([]);
  });
});

describe('reconcileConflict', () => {
  const cases = [
    {
      name: 'answered elsewhere, due tomorrow: not shown again',
      current: { ...card('r1', State.Review, 3 * 24 * 60), version: 5 },
      next: ['l', 'r2', 'n1', 'n2'],
      held: 5,
    },
    {
      name: 'answered Again elsewhere: back in learning',
      current: { ...card('r1', State.Relearning, 10), version: 5 },
      next: ['l', 'r2', 'n1', 'n2', 'r1'],
      held: 5,
    },
    {
      name: 'deleted elsewhere: gone from cards and queue',
      current: undefined,
      next: ['l', 'r2', 'n1', 'n2'],
      held: undefined,
    },
  ];
  it.each(cases)('$name', ({ current, next, held }) => {
    const reconciled = reconcileConflict(session(), 'r1', current);
    expect(order(reconciled)).toEqual(next);
    expect(reconciled.cards.get('r1')?.version).toBe(held);
    expect(reconciled.answers).toEqual([]);
  });
});

describe('withCardUpdated', () => {
  it('replaces the card, leaving the queue as it was', () => {
    const before = session();
    const edited = { ...card('r2', State.Review, -30), version: 2, text: 'reworded' };
    const updated = withCardUpdated(before, edited);
    expect(updated.cards.get('r2')?.text).toBe('reworded');
    expect(updated.queue).toBe(before.queue);
  });
});

describe('addReviewPage', () => {
  const cases = [
    {
      name: 'adds new reviews after those read, keeping cards already held',
      page: [
        { ...card('r1', State.Review, -60), version: 9 },
        card('r3', State.Review, -10),
        card('r4', State.Review, -5),
      ],
      exhausted: true,
      reviews: 4,
      order: ['l', 'r1', 'r2', 'r3', 'r4', 'n1', 'n2'],
    },
    {
      name: 'an empty exhausted page ends the wait for more',
      page: [],
      exhausted: true,
      reviews: 2,
      order: ['l', 'r1', 'r2', 'n1', 'n2'],
    },
  ];
  it.each(cases)('$name', (entry) => {
    const before = session(2);
    expect(before.queue.counts.review).toBe(4);
    const added = addReviewPage(before, { cards: entry.page, exhausted: entry.exhausted });
    expect(added.queue.counts.review).toBe(entry.reviews);
    expect(added.cards.get('r1')?.version).toBe(1);
    expect(order(added)).toEqual(entry.order);
  });
});

describe('undoAnswer', () => {
  it('shows the restored card next and forgets its last answer only', () => {
    let current = session();
    const first = { ...card('l', State.Review, 2 * 24 * 60), version: 2 };
    current = recordAnswer(current, first, { cardId: 'l', rating: Rating.Good, durationMs: 1 });
    const second = { ...card('r1', State.Relearning, 10), version: 2 };
    current = recordAnswer(current, second, { cardId: 'r1', rating: Rating.Again, durationMs: 2 });
    const third = { ...card('r1', State.Review, 24 * 60), version: 3 };
    current = recordAnswer(current, third, { cardId: 'r1', rating: Rating.Good, durationMs: 3 });

    const restored = { ...card('r1', State.Relearning, 10), version: 4 };
    const undone = undoAnswer(current, restored);
    expect(nextCard(undone.queue, NOW)).toEqual({ kind: 'card', cardId: 'r1', band: 'learning' });
    expect(undone.answers.map((answer) => answer.durationMs)).toEqual([1, 2]);
    expect(undone.cards.get('r1')?.version).toBe(4);
    expect(undone.queue.counts).toEqual({ new: 2, learning: 1, review: 1 });
  });
});

describe('extra fields of a session', () => {
  it('are kept by every step', () => {
    const extended = { ...session(), deckTitle: 'Deck A' };
    const reviewed = { ...card('r1', State.Review, 3 * 24 * 60), version: 2 };
    const steps = [
      recordAnswer(extended, reviewed, { cardId: 'r1', rating: Rating.Good, durationMs: 1 }),
      withCardDropped(extended, reviewed),
      reconcileConflict<TestCard, typeof extended>(extended, 'r1', undefined),
      withCardUpdated(extended, reviewed),
      addReviewPage<TestCard, typeof extended>(extended, { cards: [], exhausted: true }),
      undoAnswer(extended, reviewed),
    ];
    expect(steps.map((step) => step.deckTitle)).toEqual(Array(6).fill('Deck A'));
  });
});
