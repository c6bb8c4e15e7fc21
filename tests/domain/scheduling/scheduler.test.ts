// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import {
  DEFAULT_DECK_OPTIONS,
  type DeckOptions,
} from '../../../src/domain/scheduling/deck-options.ts';
import {
  GRADES,
  Rating,
  State,
  answer,
  createScheduler,
  newCardState,
  previewIntervals,
  type SchedulingCard,
} from '../../../src/domain/scheduling/scheduler.ts';

const NOW = new Date('2026-03-01T09:00:00Z');
const NO_FUZZ: DeckOptions = { ...DEFAULT_DECK_OPTIONS, enableFuzz: false };
const MINUTE = 60_000;
const DAY = 86_400_000;

function newCard(id = 'deck:faq:1', now = NOW): SchedulingCard {
  return { id, ...newCardState(now) };
}

/** Answers `ratings` in turn, each at the moment the card falls due. */
function study(options: DeckOptions, card: SchedulingCard, ratings: readonly Grade[]) {
  const scheduler = createScheduler(options);
  let current = card;
  for (const rating of ratings) {
    current = answer(scheduler, current, rating, current.due).card;
  }
  return current;
}

describe('newCardState', () => {
  it('is a new card due now with no history', () => {
    expect(newCardState(NOW)).toMatchObject({
      state: State.New,
      due: NOW,
      reps: 0,
      lapses: 0,
      stability: 0,
      difficulty: 0,
      learning_steps: 0,
    });
  });
});

describe('previewIntervals', () => {
  it('shows the default steps and FSRS for a new card', () => {
    const preview = previewIntervals(createScheduler(NO_FUZZ), newCard(), NOW);
    expect(GRADES.map((rating) => preview[rating].label)).toEqual(['1m', '6m', '10m', '8d']);
    expect(preview[Rating.Again].due).toEqual(new Date('2026-03-01T09:01:00Z'));
    expect(preview[Rating.Hard].intervalMs).toBe(6 * MINUTE);
    expect(preview[Rating.Good].due).toEqual(new Date('2026-03-01T09:10:00Z'));
    expect(preview[Rating.Easy].due).toEqual(new Date('2026-03-09T09:00:00Z'));
  });

  it.each<[string, Grade[], string[]]>([
    ['after Good on a new card (second step)', [Rating.Good], ['1m', '6m', '2d', '4d']],
    ['on the first review', [Rating.Good, Rating.Good], ['10m', '8d', '11d', '19d']],
    [
      'on the second review',
      [Rating.Good, Rating.Good, Rating.Good],
      ['10m', '1.1mo', '1.5mo', '2.5mo'],
    ],
    ['after a lapse (relearning step)', [Rating.Good, Rating.Good, Rating.Again], ['10m', '15m']],
  ])('labels %s', (_name, ratings, labels) => {
    const card = study(NO_FUZZ, newCard(), ratings);
    const preview = previewIntervals(createScheduler(NO_FUZZ), card, card.due);
    expect(GRADES.map((rating) => preview[rating].label).slice(0, labels.length)).toEqual(labels);
  });

  it('gives the dates answer() then gives, fuzz included', () => {
    const options = DEFAULT_DECK_OPTIONS;
    const card = study(options, newCard('fuzzed'), [Rating.Good, Rating.Good, Rating.Good]);
    const scheduler = createScheduler(options);
    const preview = previewIntervals(scheduler, card, card.due);
    for (const rating of GRADES) {
      expect(answer(scheduler, card, rating, card.due).card.due).toEqual(preview[rating].due);
    }
  });
});

describe('answer matches ts-fsrs called directly', () => {
  const variants: [string, DeckOptions][] = [
    ['default options', NO_FUZZ],
    ['no learning steps', { ...NO_FUZZ, learningSteps: [], relearningSteps: [] }],
    [
      'retention 0.8, 1h/1d steps',
      { ...NO_FUZZ, desiredRetention: 0.8, learningSteps: ['1h', '1d'] },
    ],
    ['a 30-day maximum', { ...NO_FUZZ, maximumIntervalDays: 30 }],
  ];
  const ratings: Grade[] = [
    Rating.Good,
    Rating.Again,
    Rating.Good,
    Rating.Good,
    Rating.Easy,
    Rating.Hard,
    Rating.Again,
    Rating.Good,
    Rating.Good,
  ];

  it.each(variants)('%s', (_name, options) => {
    const direct = fsrs(
      generatorParameters({
        request_retention: options.desiredRetention,
        maximum_interval: options.maximumIntervalDays,
        learning_steps: options.learningSteps,
        relearning_steps: options.relearningSteps,
        enable_fuzz: false,
        enable_short_term: true,
      }),
    );
    const scheduler = createScheduler(options);
    let ours = newCard();
    let theirs: Card = newCardState(NOW);
    // Answer a little late each time, so elapsed days and retrievability matter.
    let now = NOW;
    for (const rating of ratings) {
      const expected = direct.next(theirs, now, rating);
      const actual = answer(scheduler, ours, rating, now);
      expect(actual.card).toEqual({ ...expected.card, id: 'deck:faq:1' });
      expect(actual.log).toEqual(expected.log);
      ours = actual.card;
      theirs = expected.card;
      now = new Date(ours.due.getTime() + 7 * 3_600_000);
    }
    expect(ours.reps).toBe(ratings.length);
  });
});

describe('answer', () => {
  it('logs the state before the answer and returns only scheduling fields', () => {
    const stored = { ...newCard(), front: 'Question', suspended: false };
    const { card, log } = answer(createScheduler(NO_FUZZ), stored, Rating.Good, NOW);
    expect(log.state).toBe(State.New);
    expect(log.rating).toBe(Rating.Good);
    expect(log.review).toEqual(NOW);
    expect(card).not.toHaveProperty('front');
    expect(card).toMatchObject({
      id: 'deck:faq:1',
      state: State.Learning,
      reps: 1,
      due: new Date('2026-03-01T09:10:00Z'),
    });
  });
});

describe('a last review after now (clock moved back, a backup from the future)', () => {
  const scheduler = createScheduler(NO_FUZZ);
  const reviewed = study(NO_FUZZ, newCard(), [Rating.Good, Rating.Good, Rating.Good]);
  const cases = [
    { name: 'a minute later', aheadMs: MINUTE },
    { name: 'two days later', aheadMs: 2 * DAY },
    { name: 'a year later', aheadMs: 365 * DAY },
  ];
  it.each(cases)('$name: previews and answers as if it were given now', ({ aheadMs }) => {
    const now = new Date((reviewed.last_review as Date).getTime() - aheadMs);
    const atNow = { ...reviewed, last_review: now };
    expect(previewIntervals(scheduler, reviewed, now)).toEqual(
      previewIntervals(scheduler, atNow, now),
    );
    const given = answer(scheduler, reviewed, Rating.Good, now);
    expect(given.card).toEqual(answer(scheduler, atNow, Rating.Good, now).card);
    expect(given.card.last_review).toEqual(now);
    expect(given.card.due.getTime()).toBeGreaterThan(now.getTime());
  });
});

describe('fuzz', () => {
  const reviewCard = (id: string) =>
    study(NO_FUZZ, newCard(id), [Rating.Good, Rating.Good, Rating.Good]);

  it('repeats for the same card id, reps and time, even with separate schedulers', () => {
    const card = reviewCard('deck:def:abc');
    const first = answer(createScheduler(DEFAULT_DECK_OPTIONS), card, Rating.Good, card.due);
    const second = answer(createScheduler(DEFAULT_DECK_OPTIONS), card, Rating.Good, card.due);
    expect(second.card.due).toEqual(first.card.due);
    expect(second.card.scheduled_days).toBe(first.card.scheduled_days);
  });

  it('does not depend on the second the answer is given', () => {
    const card = reviewCard('deck:def:abc');
    const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);
    const now = card.due;
    const later = new Date(now.getTime() + 5000);
    const first = answer(scheduler, card, Rating.Good, now).card;
    const second = answer(scheduler, card, Rating.Good, later).card;
    expect(second.scheduled_days).toBe(first.scheduled_days);
    expect(second.due.getTime() - first.due.getTime()).toBe(5000);
  });

  it('spreads cards with different ids within the fuzz range around the unfuzzed interval', () => {
    const ids = Array.from({ length: 20 }, (_, index) => `deck:def:${index}`);
    const unfuzzed = answer(
      createScheduler(NO_FUZZ),
      reviewCard('x'),
      Rating.Good,
      reviewCard('x').due,
    ).card.scheduled_days;
    const fuzzed = ids.map((id) => {
      const card = reviewCard(id);
      return answer(createScheduler(DEFAULT_DECK_OPTIONS), card, Rating.Good, card.due).card
        .scheduled_days;
    });
    expect(unfuzzed).toBe(46);
    expect(new Set(fuzzed).size).toBeGreaterThan(3);
    for (const days of fuzzed) {
      expect(days).toBeGreaterThanOrEqual(40);
      expect(days).toBeLessThanOrEqual(52);
    }
  });

  it('changes with reps for the same card', () => {
    const card = reviewCard('deck:def:abc');
    const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);
    const dues = [0, 1, 2, 3, 4, 5].map(
      (extra) =>
        answer(scheduler, { ...card, reps: card.reps + extra }, Rating.Good, card.due).card
          .scheduled_days,
    );
    expect(new Set(dues).size).toBeGreaterThan(1);
  });
});
