// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import {
  Rating,
  State,
  answer,
  createScheduler,
  newCardState,
} from '../../../src/domain/scheduling/scheduler.ts';
import {
  afterAnswer,
  buildQueue,
  countToday,
  needsMoreReviews,
  nextCard,
  undoInQueue,
  withMoreReviews,
  type BuildQueueInput,
  type NextCard,
  type QueueBand,
  type QueueCardInput,
  type StudyQueue,
} from '../../../src/domain/study/queue.ts';

const NOW = new Date('2026-03-10T10:00:00Z');
/** With days starting at 4 AM UTC, today ends here. */
const DAY_END = new Date('2026-03-11T04:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

function at(minutesFromNow: number): Date {
  return new Date(NOW.getTime() + minutesFromNow * MINUTE);
}

function card(
  id: string,
  state: State,
  due: Date,
  position = 0,
  flags: Partial<Pick<QueueCardInput, 'suspended' | 'buriedUntil'>> = {},
): QueueCardInput {
  return { id, state, due, position, suspended: false, buriedUntil: null, ...flags };
}
const learning = (id: string, minutes: number) => card(id, State.Learning, at(minutes));
const relearning = (id: string, minutes: number) => card(id, State.Relearning, at(minutes));
const review = (id: string, minutes: number) => card(id, State.Review, at(minutes));
const fresh = (id: string, position: number) => card(id, State.New, at(-DAY / MINUTE), position);

function build(
  cards: QueueCardInput[],
  overrides: Partial<Omit<BuildQueueInput, 'cards'>> = {},
): StudyQueue {
  return buildQueue({
    cards,
    today: { newIntroduced: 0, reviewsDone: 0 },
    options: DEFAULT_DECK_OPTIONS,
    now: NOW,
    timeZone: 'UTC',
    ...overrides,
  });
}

/** Shows and answers cards until the queue stops offering one; every answer graduates the card. */
function drain(queue: StudyQueue, now = NOW): { shown: [string, QueueBand][]; last: NextCard } {
  const shown: [string, QueueBand][] = [];
  let current = queue;
  for (;;) {
    const next = nextCard(current, now);
    if (next.kind !== 'card') return { shown, last: next };
    shown.push([next.cardId, next.band]);
    current = afterAnswer(current, next.cardId, { state: State.Review, due: at(3 * 24 * 60) });
  }
}

describe('buildQueue order', () => {
  it('shows due learning cards, then reviews by due date and id, then new cards by position', () => {
    const queue = build([
      fresh('n-third', 30),
      review('r-late', -10),
      relearning('l-second', -1),
      fresh('n-first', 2),
      review('r-b', -60),
      learning('l-first', -5),
      review('r-a', -60),
      fresh('n-second', 7),
      review('r-tonight', 15 * 60),
    ]);
    expect(queue.counts).toEqual({ new: 3, learning: 2, review: 4 });
    expect(drain(queue).shown).toEqual([
      ['l-first', 'learning'],
      ['l-second', 'learning'],
      ['r-a', 'review'],
      ['r-b', 'review'],
      ['r-late', 'review'],
      ['r-tonight', 'review'],
      ['n-first', 'new'],
      ['n-second', 'new'],
      ['n-third', 'new'],
    ]);
  });

  it('keeps a learning card that is not yet due behind reviews and new cards', () => {
    const queue = build([learning('l-soon', 5), review('r', -1), fresh('n', 0)]);
    expect(nextCard(queue, NOW)).toEqual({ kind: 'card', cardId: 'r', band: 'review' });
    expect(nextCard(queue, at(5))).toEqual({ kind: 'card', cardId: 'l-soon', band: 'learning' });
  });

  it.each([
    [
      'a review due at the end of the day',
      review('r', (DAY_END.getTime() - NOW.getTime()) / MINUTE),
      0,
    ],
    ['a review due 1 ms before it', card('r', State.Review, new Date(DAY_END.getTime() - 1)), 1],
    ['a review due tomorrow afternoon', review('r', 30 * 60), 0],
    ['a learning card due after the day ends', learning('l', 20 * 60), 0],
    ['a learning card due just before', learning('l', 17 * 60 + 59), 1],
  ])('counts %s as today: %d', (_name, input, expected) => {
    const { counts } = build([input]);
    expect(counts.review + counts.learning).toBe(expected);
  });
});

describe('study more new cards today (extra new cards)', () => {
  const deck = Array.from({ length: 40 }, (_, index) => fresh(`n${index}`, index));

  it.each([
    // newPerDay, extra today, introduced today, new left
    [20, 0, 20, 0],
    [20, 10, 20, 10],
    [20, 50, 20, 40], // no more than the deck has
    [20, 10, 25, 5],
    [0, 10, 0, 10],
    [20, 10, 35, 0],
  ])(
    'new %d/day with %d extra, after %d new today: %d new left, the next in document order',
    (newPerDay, extraNew, newIntroduced, newLeft) => {
      const queue = build(deck, {
        options: { ...DEFAULT_DECK_OPTIONS, newPerDay },
        today: { newIntroduced, reviewsDone: 0 },
        extraNew,
      });
      expect(queue.counts).toEqual({ new: newLeft, learning: 0, review: 0 });
      expect(drain(queue).shown.map(([id]) => id)).toEqual(
        Array.from({ length: newLeft }, (_, index) => `n${index}`),
      );
    },
  );
});

describe('daily limits', () => {
  const deck = [
    ...Array.from({ length: 30 }, (_, index) => fresh(`n${index}`, index)),
    ...Array.from({ length: 250 }, (_, index) =>
      review(`r${String(index).padStart(3, '0')}`, -index),
    ),
  ];

  it.each([
    // newPerDay, reviewsPerDay, introduced today, reviews done today, new left, reviews left
    [20, 200, 0, 0, 20, 200],
    [20, 200, 15, 190, 5, 10],
    [20, 200, 20, 200, 0, 0],
    [20, 200, 25, 230, 0, 0],
    [0, 200, 0, 0, 0, 200],
    [50, 9999, 0, 0, 30, 250],
  ])(
    'new %d/day, reviews %d/day, after %d new and %d reviews today: %d new and %d reviews left',
    (newPerDay, reviewsPerDay, newIntroduced, reviewsDone, newLeft, reviewsLeft) => {
      const queue = build(deck, {
        options: { ...DEFAULT_DECK_OPTIONS, newPerDay, reviewsPerDay },
        today: { newIntroduced, reviewsDone },
      });
      expect(queue.counts).toEqual({ new: newLeft, learning: 0, review: reviewsLeft });
      const shown = drain(queue).shown.map(([id]) => id);
      // The most overdue reviews and the first new cards in the document make the cut.
      expect(shown).toEqual([
        ...Array.from(
          { length: reviewsLeft },
          (_, index) => `r${String(249 - index).padStart(3, '0')}`,
        ),
        ...Array.from({ length: newLeft }, (_, index) => `n${index}`),
      ]);
    },
  );
});

describe('countToday', () => {
  const dayStart = new Date('2026-03-10T04:00:00Z');
  const entry = (stateBefore: State, iso: string) => ({ stateBefore, reviewedAt: new Date(iso) });

  it.each([
    ['nothing', [], 0, 0],
    [
      'one new card answered three times',
      [
        entry(State.New, '2026-03-10T09:00:00Z'),
        entry(State.Learning, '2026-03-10T09:01:00Z'),
        entry(State.Learning, '2026-03-10T09:11:00Z'),
      ],
      1,
      0,
    ],
    [
      'a lapse and its relearning step',
      [
        entry(State.Review, '2026-03-10T09:00:00Z'),
        entry(State.Relearning, '2026-03-10T09:10:00Z'),
      ],
      0,
      1,
    ],
    [
      'rows from yesterday evening and tomorrow',
      [
        entry(State.New, '2026-03-10T03:59:59Z'),
        entry(State.Review, '2026-03-11T04:00:00Z'),
        entry(State.New, '2026-03-10T04:00:00Z'),
        entry(State.Review, '2026-03-11T03:59:59Z'),
      ],
      1,
      1,
    ],
  ])('%s → %d new, %d reviews', (_name, entries, newIntroduced, reviewsDone) => {
    expect(countToday(entries, dayStart, DAY_END)).toEqual({ newIntroduced, reviewsDone });
  });
});

describe('suspended and buried cards', () => {
  it.each([
    ['a suspended review', card('x', State.Review, at(-5), 0, { suspended: true }), 0],
    ['a suspended new card', card('x', State.New, at(-5), 0, { suspended: true }), 0],
    ['a suspended learning card', card('x', State.Learning, at(-5), 0, { suspended: true }), 0],
    [
      'a review buried until tomorrow',
      card('x', State.Review, at(-5), 0, { buriedUntil: DAY_END }),
      0,
    ],
    ['a new card buried a minute more', card('x', State.New, at(-5), 0, { buriedUntil: at(1) }), 0],
    ['a review buried until now', card('x', State.Review, at(-5), 0, { buriedUntil: NOW }), 1],
    [
      'a new card buried until yesterday',
      card('x', State.New, at(-5), 0, { buriedUntil: at(-DAY / MINUTE) }),
      1,
    ],
  ])('%s is shown: %d', (_name, input, expected) => {
    const { counts } = build([input]);
    expect(counts.new + counts.learning + counts.review).toBe(expected);
  });

  it('fills the new-card limit past suspended cards', () => {
    const queue = build(
      [
        card('n0', State.New, NOW, 0, { suspended: true }),
        fresh('n1', 1),
        fresh('n2', 2),
        card('n3', State.New, NOW, 3, { buriedUntil: DAY_END }),
        fresh('n4', 4),
      ],
      { options: { ...DEFAULT_DECK_OPTIONS, newPerDay: 2 } },
    );
    expect(drain(queue).shown.map(([id]) => id)).toEqual(['n1', 'n2']);
  });
});

describe('learn ahead and coming back', () => {
  it.each<[string, number, number, NextCard]>([
    ['due now', 0, 20, { kind: 'card', cardId: 'l', band: 'learning' }],
    ['due in 15 minutes', 15, 20, { kind: 'card', cardId: 'l', band: 'learning' }],
    ['due in exactly 20 minutes', 20, 20, { kind: 'card', cardId: 'l', band: 'learning' }],
    ['due in 25 minutes', 25, 20, { kind: 'wait', until: at(25) }],
    ['due in 3 hours', 180, 20, { kind: 'wait', until: at(180) }],
    ['due in 1 minute without learn-ahead', 1, 0, { kind: 'wait', until: at(1) }],
  ])(
    'with only a learning card %s (learn ahead %d min)',
    (_name, minutes, learnAheadMinutes, expected) => {
      const queue = build([learning('l', minutes)], {
        options: { ...DEFAULT_DECK_OPTIONS, learnAheadMinutes },
      });
      expect(nextCard(queue, NOW)).toEqual(expected);
    },
  );

  it('tells when to come back once the rest is done, then shows the card when it is due', () => {
    let queue = build([learning('l-later', 45), learning('l-soon', 30), review('r', -1)]);
    expect(nextCard(queue, NOW)).toEqual({ kind: 'card', cardId: 'r', band: 'review' });
    queue = afterAnswer(queue, 'r', { state: State.Review, due: at(5 * 24 * 60) });
    expect(nextCard(queue, NOW)).toEqual({ kind: 'wait', until: at(30) });
    expect(nextCard(queue, at(10))).toEqual({ kind: 'card', cardId: 'l-soon', band: 'learning' });
    expect(queue.counts).toEqual({ new: 0, learning: 2, review: 0 });
  });

  it('is done when nothing is left', () => {
    expect(nextCard(build([]), NOW)).toEqual({ kind: 'done' });
    expect(nextCard(build([review('tomorrow', 20 * 60)]), NOW)).toEqual({ kind: 'done' });
  });
});

/** The learning cards in the order they are shown, once all are due (none of them comes back). */
function learningOrder(queue: StudyQueue): string[] {
  return drain(queue, at(DAY / MINUTE - 1))
    .shown.filter(([, band]) => band === 'learning')
    .map(([id]) => id);
}

describe('afterAnswer', () => {
  const scheduler = createScheduler({ ...DEFAULT_DECK_OPTIONS, enableFuzz: false });

  it('keeps the header counts exact through a session with the real scheduler', () => {
    const newCard = { id: 'n', ...newCardState(at(-60)) };
    const reviewCard = {
      ...answer(
        scheduler,
        answer(scheduler, newCard, Rating.Good, at((-6 * DAY) / MINUTE)).card,
        Rating.Good,
        at((-6 * DAY) / MINUTE + 10),
      ).card,
      id: 'r',
    };
    expect(reviewCard.state).toBe(State.Review);
    let queue = build([
      { ...newCard, position: 0, suspended: false, buriedUntil: null },
      { ...reviewCard, position: 1, suspended: false, buriedUntil: null },
    ]);
    expect(queue.counts).toEqual({ new: 1, learning: 0, review: 1 });

    // The review lapses: it moves to the learning band for its 10-minute relearning step.
    expect(nextCard(queue, NOW)).toEqual({ kind: 'card', cardId: 'r', band: 'review' });
    const lapsed = answer(scheduler, reviewCard, Rating.Again, NOW).card;
    queue = afterAnswer(queue, 'r', lapsed);
    expect(queue.counts).toEqual({ new: 1, learning: 1, review: 0 });

    // The new card is answered Again: one minute, so it comes before the relearning card.
    expect(nextCard(queue, NOW)).toEqual({ kind: 'card', cardId: 'n', band: 'new' });
    const learnt = answer(scheduler, newCard, Rating.Again, NOW).card;
    queue = afterAnswer(queue, 'n', learnt);
    expect(queue.counts).toEqual({ new: 0, learning: 2, review: 0 });
    expect(learningOrder(queue)).toEqual(['n', 'r']);

    expect(nextCard(queue, at(0.5))).toEqual({ kind: 'card', cardId: 'n', band: 'learning' });
    queue = afterAnswer(queue, 'n', answer(scheduler, learnt, Rating.Good, at(1)).card);
    expect(queue.counts).toEqual({ new: 0, learning: 2, review: 0 });
    expect(learningOrder(queue)).toEqual(['r', 'n']);

    // Easy graduates the card: it leaves the queue.
    queue = afterAnswer(queue, 'r', answer(scheduler, lapsed, Rating.Easy, at(10)).card);
    expect(queue.counts).toEqual({ new: 0, learning: 1, review: 0 });
    expect(nextCard(queue, at(10))).toEqual({ kind: 'card', cardId: 'n', band: 'learning' });
  });

  it('files a re-inserted card by due date among the learning cards', () => {
    let queue = build([learning('a', -5), learning('b', 5), learning('c', 15)]);
    queue = afterAnswer(queue, 'a', { state: State.Learning, due: at(10) });
    expect(learningOrder(queue)).toEqual(['b', 'a', 'c']);
    queue = afterAnswer(queue, 'c', { state: State.Relearning, due: at(5) });
    expect(learningOrder(queue)).toEqual(['b', 'c', 'a']);
  });

  it('drops a card whose next step falls after the day ends', () => {
    let queue = build([learning('l', 0)]);
    queue = afterAnswer(queue, 'l', { state: State.Learning, due: DAY_END });
    expect(queue.counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect(nextCard(queue, NOW)).toEqual({ kind: 'done' });
  });

  it('removes a card answered out of turn from the middle of its band', () => {
    let queue = build([
      review('r1', -3),
      review('r2', -2),
      review('r3', -1),
      fresh('n1', 1),
      fresh('n2', 2),
    ]);
    queue = afterAnswer(queue, 'r2', { state: State.Review, due: at(DAY / MINUTE) });
    queue = afterAnswer(queue, 'n2', { state: State.Review, due: at(DAY / MINUTE) });
    expect(queue.counts).toEqual({ new: 1, learning: 0, review: 2 });
    expect(drain(queue).shown.map(([id]) => id)).toEqual(['r1', 'r3', 'n1']);
  });

  it('leaves the queue it was given unchanged', () => {
    const queue = build([review('r', -1), fresh('n', 0), learning('l', 0)]);
    const before = structuredClone(queue);
    afterAnswer(queue, 'r', { state: State.Relearning, due: at(10) });
    afterAnswer(queue, 'l', { state: State.Review, due: at(DAY / MINUTE) });
    undoInQueue(queue, { id: 'r', state: State.Review, due: at(-1) });
    expect(queue).toEqual(before);
  });
});

describe('a large learning backlog', () => {
  it('shows 12,000 due learning cards and those answers put back by due date, counts exact', () => {
    const backlog = Array.from({ length: 12_000 }, (_, index) =>
      learning(`l${String(index)}`, -1 - ((index * 7919) % 12_000)),
    );
    let queue = build(backlog);
    // What the queue should hold: each learning card's due time, by id.
    const expected = new Map(backlog.map((entry) => [entry.id, entry.due.getTime()]));
    const now = at(60);
    for (let answer = 0; answer < 900; answer += 1) {
      let first: [string, number] | undefined;
      for (const entry of expected) {
        if (
          first === undefined ||
          entry[1] < first[1] ||
          (entry[1] === first[1] && entry[0] < first[0])
        ) {
          first = entry;
        }
      }
      const [id, dueMs] = first as [string, number];
      expect(nextCard(queue, now)).toEqual({ kind: 'card', cardId: id, band: 'learning' });
      if (answer % 3 === 0) {
        // Back into learning a few minutes later: among the backlog, ahead of much of it.
        const due = new Date(dueMs + (answer % 7) * MINUTE);
        queue = afterAnswer(queue, id, { state: State.Learning, due });
        expected.set(id, due.getTime());
      } else {
        queue = afterAnswer(queue, id, { state: State.Review, due: at(3 * 24 * 60) });
        expected.delete(id);
      }
      expect(queue.counts).toEqual({ new: 0, learning: expected.size, review: 0 });
    }
    // Undo puts the last card back in front of them all, in the band of its restored state.
    queue = undoInQueue(queue, { id: 'l0', state: State.Relearning, due: at(-1) });
    expect(nextCard(queue, now)).toEqual({ kind: 'card', cardId: 'l0', band: 'learning' });
    expect(queue.counts.learning).toBe(expected.has('l0') ? expected.size : expected.size + 1);
  });
});

describe('undoInQueue', () => {
  it('shows the restored card next and restores the counts', () => {
    const original = build([fresh('n1', 1), fresh('n2', 2), review('r', -1)]);
    let queue = afterAnswer(original, 'r', { state: State.Relearning, due: at(10) });
    queue = afterAnswer(queue, 'n1', { state: State.Learning, due: at(1) });
    expect(queue.counts).toEqual({ new: 1, learning: 2, review: 0 });

    queue = undoInQueue(queue, { id: 'n1', state: State.New, due: at(-60) });
    expect(queue.counts).toEqual({ new: 2, learning: 1, review: 0 });
    expect(nextCard(queue, at(30))).toEqual({ kind: 'card', cardId: 'n1', band: 'new' });

    queue = undoInQueue(queue, { id: 'r', state: State.Review, due: at(-1) });
    expect(queue.counts).toEqual(original.counts);
    expect(nextCard(queue, NOW)).toEqual({ kind: 'card', cardId: 'r', band: 'review' });

    // Answering again takes the cards off the front, most recent undo first.
    queue = afterAnswer(queue, 'r', { state: State.Review, due: at(DAY / MINUTE) });
    expect(nextCard(queue, NOW)).toEqual({ kind: 'card', cardId: 'n1', band: 'new' });
    queue = afterAnswer(queue, 'n1', { state: State.Review, due: at(DAY / MINUTE) });
    expect(drain(queue).shown).toEqual([['n2', 'new']]);
  });
});

describe('a large deck', () => {
  it('picks the 200 most overdue of 10,000 due reviews and the first 20 of 90,000 new cards', () => {
    const cards: QueueCardInput[] = [];
    for (let index = 0; index < 90_000; index += 1) {
      // Positions arrive out of order, as an index scan by id would return them.
      cards.push(fresh(`n${index}`, (index * 7919) % 90_000));
    }
    for (let index = 0; index < 10_000; index += 1) {
      cards.push(review(`r${index}`, -((index * 104_729) % 10_000)));
    }
    const queue = build(cards);
    expect(queue.counts).toEqual({ new: 20, learning: 0, review: 200 });
    const order = drain(queue).shown.map(([id]) => id);
    const byPosition = cards
      .filter((entry) => entry.state === State.New)
      .sort((a, b) => a.position - b.position)
      .slice(0, 20)
      .map((entry) => entry.id);
    const byDue = cards
      .filter((entry) => entry.state === State.Review)
      .sort((a, b) => a.due.getTime() - b.due.getTime())
      .slice(0, 200)
      .map((entry) => entry.id);
    expect(order).toEqual([...byDue, ...byPosition]);
  });
});

describe('priority cards (missed in a quiz)', () => {
  const limits = { ...DEFAULT_DECK_OPTIONS, newPerDay: 1 };
  it.each<
    [
      string,
      QueueCardInput[],
      string[],
      [string, QueueBand][],
      { new: number; learning: number; review: number },
    ]
  >([
    [
      'a new card past the daily limit comes first and is counted',
      [fresh('n-1', 1), fresh('n-2', 2), fresh('n-missed', 9), review('r-1', -5)],
      ['n-missed'],
      [
        ['n-missed', 'new'],
        ['r-1', 'review'],
        ['n-1', 'new'],
      ],
      { new: 2, learning: 0, review: 1 },
    ],
    [
      'several come in the given order, before due learning cards',
      [learning('l-1', -1), review('r-1', -5), review('r-2', -9), fresh('n-1', 1)],
      ['r-1', 'n-1', 'r-2'],
      [
        ['r-1', 'review'],
        ['n-1', 'new'],
        ['r-2', 'review'],
        ['l-1', 'learning'],
      ],
      { new: 1, learning: 1, review: 2 },
    ],
    [
      'a review card not due for days is shown anyway',
      [review('r-later', 5 * 24 * 60), fresh('n-1', 1)],
      ['r-later'],
      [
        ['r-later', 'review'],
        ['n-1', 'new'],
      ],
      { new: 1, learning: 0, review: 1 },
    ],
    [
      'suspended, buried and unknown cards are skipped; repeats count once',
      [
        card('r-suspended', State.Review, at(-5), 0, { suspended: true }),
        card('r-buried', State.Review, at(-5), 0, { buriedUntil: at(60) }),
        review('r-1', -5),
      ],
      ['r-suspended', 'gone', 'r-buried', 'r-1', 'r-1'],
      [['r-1', 'review']],
      { new: 0, learning: 0, review: 1 },
    ],
  ])('%s', (_, cards, priority, shown, counts) => {
    const queue = build(cards, { options: limits, priority });
    expect(queue.counts).toEqual(counts);
    expect(drain(queue).shown).toEqual(shown);
  });

  it('lets undo put an answered card back ahead of the remaining priority cards', () => {
    let queue = build([review('r-1', -5), review('r-2', -9)], { priority: ['r-1', 'r-2'] });
    queue = afterAnswer(queue, 'r-1', { state: State.Review, due: at(3 * 24 * 60) });
    expect(nextCard(queue, NOW)).toEqual({ kind: 'card', cardId: 'r-2', band: 'review' });
    queue = undoInQueue(queue, { id: 'r-1', state: State.Review, due: at(-5) });
    expect(drain(queue).shown).toEqual([
      ['r-1', 'review'],
      ['r-2', 'review'],
    ]);
  });
});

describe('reviews read a page at a time', () => {
  /** 8 due reviews r0…r7, most overdue first; the first page holds r0–r2. */
  const all = Array.from({ length: 8 }, (_, index) => review(`r${index}`, -100 + index));
  const firstPage = all.slice(0, 3);

  /** Shows and answers cards, reading the next two reviews whenever the queue asks for them. */
  function drainReading(queue: StudyQueue, pageSize = 2): [string, QueueBand][] {
    const shown: [string, QueueBand][] = [];
    let current = queue;
    let read = firstPage.length;
    for (;;) {
      const next = nextCard(current, NOW);
      if (next.kind === 'load-reviews') {
        const page = all.slice(read, read + pageSize);
        read += page.length;
        current = withMoreReviews(current, page, { exhausted: read >= all.length });
        continue;
      }
      if (next.kind !== 'card') return shown;
      shown.push([next.cardId, next.band]);
      current = afterAnswer(current, next.cardId, { state: State.Review, due: at(3 * 24 * 60) });
    }
  }

  it.each([
    // reviews per day, reviews done today, counted, shown
    [200, 0, 8, ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']],
    [5, 0, 5, ['r0', 'r1', 'r2', 'r3', 'r4']],
    [200, 198, 2, ['r0', 'r1']],
  ])(
    '%d reviews a day after %d today: counts %d, shows them in due order before new cards',
    (reviewsPerDay, reviewsDone, counted, shown) => {
      const queue = build([...firstPage, fresh('n0', 0)], {
        options: { ...DEFAULT_DECK_OPTIONS, reviewsPerDay },
        today: { newIntroduced: 0, reviewsDone },
        moreReviewsDue: all.length - firstPage.length,
      });
      expect(queue.counts).toEqual({ new: 1, learning: 0, review: counted });
      expect(drainReading(queue)).toEqual([
        ...shown.map((id): [string, QueueBand] => [id, 'review']),
        ['n0', 'new'],
      ]);
    },
  );

  it('asks for reviews only once those read are used up, after due learning cards', () => {
    const queue = build([firstPage[0] as QueueCardInput, learning('l', -1)], {
      moreReviewsDue: 2,
    });
    expect(nextCard(queue, NOW)).toEqual({ kind: 'card', cardId: 'l', band: 'learning' });
    const afterLearning = afterAnswer(queue, 'l', { state: State.Review, due: at(3 * 24 * 60) });
    expect(nextCard(afterLearning, NOW)).toEqual({ kind: 'card', cardId: 'r0', band: 'review' });
    const afterReview = afterAnswer(afterLearning, 'r0', {
      state: State.Review,
      due: at(3 * 24 * 60),
    });
    expect(nextCard(afterReview, NOW)).toEqual({ kind: 'load-reviews' });
    expect(afterReview.counts).toEqual({ new: 0, learning: 0, review: 2 });
  });

  it.each([
    // loaded left, pending, low water, needs more
    [3, 5, 2, false],
    [2, 5, 2, true],
    [0, 5, 2, true],
    [0, 0, 2, false],
  ])('%d read and %d pending with low water %d: read more %s', (left, pending, low, expected) => {
    const queue = build(all.slice(0, left), { moreReviewsDue: pending });
    expect(needsMoreReviews(queue, low)).toBe(expected);
  });

  it('skips cards it holds already and cards that are no due review', () => {
    const withPriority = build(
      [review('r0', -100), learning('r-relearning', -5), review('r-priority', -30)],
      { moreReviewsDue: 4, priority: ['r-priority'] },
    );
    expect(withPriority.counts).toEqual({ new: 0, learning: 1, review: 1 + 1 + 4 });
    const page = [
      review('r0', -100),
      review('r-priority', -30),
      relearning('r-relearning', -5),
      review('r-tomorrow', 24 * 60),
      card('r-suspended', State.Review, at(-20), 0, { suspended: true }),
      review('r1', -10),
    ];
    const next = withMoreReviews(withPriority, page, { exhausted: false });
    expect(next.reviews.slice(next.reviewHead)).toEqual(['r0', 'r1']);
    expect(next.reviewsPending).toBe(3);
    expect(next.counts).toEqual({ new: 0, learning: 1, review: 1 + 2 + 3 });
    expect(withMoreReviews(withPriority, page, { exhausted: true }).counts.review).toBe(1 + 2);
  });
});
