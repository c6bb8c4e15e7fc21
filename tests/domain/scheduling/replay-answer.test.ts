// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DECK_OPTIONS,
  type DeckOptions,
} from '../../../src/domain/scheduling/deck-options.ts';
import { DEFAULT_FSRS_WEIGHTS } from '../../../src/domain/scheduling/optimizer.ts';
import { replayAnswer } from '../../../src/domain/scheduling/replay-answer.ts';
import { replayAnswers } from '../../../src/domain/scheduling/replay-log.ts';
import {
  answer,
  createScheduler,
  GRADES,
  newCardState,
  Rating,
  type Grade,
  type SchedulingCard,
} from '../../../src/domain/scheduling/scheduler.ts';

const START = new Date('2024-02-28T22:30:00Z').getTime();
const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;

const stepLists = fc.constantFrom<DeckOptions['learningSteps']>(
  [],
  ['1m', '10m'],
  ['10m'],
  ['1m', '10m', '1h', '1d'],
  ['1d'],
  ['2d', '3d'],
  ['30m', '1440m'],
);

/** Deck options as a learner or an Anki preset may set them, with default or other weights. */
const options: fc.Arbitrary<DeckOptions> = fc
  .record({
    learningSteps: stepLists,
    relearningSteps: stepLists,
    desiredRetention: fc.double({ min: 0.7, max: 0.99, noNaN: true }),
    maximumIntervalDays: fc.constantFrom(1, 3, 30, 365, 36_500),
    enableFuzz: fc.boolean(),
    weights: fc.option(
      fc.array(fc.double({ min: 0.8, max: 1.2, noNaN: true }), {
        minLength: DEFAULT_FSRS_WEIGHTS.length,
        maxLength: DEFAULT_FSRS_WEIGHTS.length,
      }),
    ),
  })
  .map(({ weights, ...chosen }) => ({
    ...DEFAULT_DECK_OPTIONS,
    ...chosen,
    ...(weights === null
      ? {}
      : {
          fsrsParameters: {
            weights: DEFAULT_FSRS_WEIGHTS.map((weight, index) => weight * (weights[index] ?? 1)),
            fittedAt: '2026-01-01T00:00:00.000Z',
            reviewCount: 100,
          },
        }),
  }));

/** The time since the answer before: the same second, minutes, hours, days, years, or back. */
const gap = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 59_999 }),
  fc.integer({ min: 1, max: 120 }).map((minutes) => minutes * MINUTE),
  fc.integer({ min: 1, max: 48 * 60 }).map((minutes) => minutes * MINUTE + 17_000),
  fc.integer({ min: 1, max: 60 }).map((days) => days * DAY + 3_600_000),
  fc.integer({ min: 60, max: 3_000 }).map((days) => days * DAY - 7 * MINUTE),
  // A clock that went back: the answer counts as given right after the one before.
  fc.integer({ min: 1, max: 3 * DAY }).map((ms) => -ms),
);

const history = fc.array(fc.tuple(fc.constantFrom<Grade>(...GRADES), gap), {
  minLength: 1,
  maxLength: 40,
});

const cardId = fc
  .tuple(fc.constantFrom('bench-import', 'da', 'tyrkisk-ordforråd'), fc.nat())
  .map(([deck, n]) => `${deck}:definition:${n.toString(36)}`);

describe('replayAnswer', () => {
  it('gives the card and log row of `answer` after every answer of random histories', () => {
    fc.assert(
      fc.property(options, cardId, history, (deckOptions, id, answers) => {
        const scheduler = createScheduler(deckOptions);
        let expected: SchedulingCard = { id, ...newCardState(new Date(START)) };
        let actual = expected;
        let time = START;
        for (const [grade, ms] of answers) {
          time += ms;
          const now = new Date(time);
          const want = answer(scheduler, expected, grade, now);
          const got = replayAnswer(scheduler, actual, grade, now);
          expect(got).toEqual(want);
          expected = want.card;
          actual = got.card;
        }
      }),
      { numRuns: 1_500 },
    );
  });

  it.each<[string, Grade[]]>([
    ['a lapse of a review card', [Rating.Good, Rating.Good, Rating.Good, Rating.Again]],
    ['Hard, Good and Easy in review', [Rating.Easy, Rating.Hard, Rating.Good, Rating.Easy]],
  ])('%s: replayAnswers keeps the due dates answer gives, fuzz on', (_name, grades) => {
    const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);
    const given = grades.map((rating, index) => ({
      rating,
      review: new Date(START + index * 9 * DAY),
    }));
    let card: SchedulingCard = { id: 'da:definition:1z', ...newCardState(new Date(START)) };
    const dues: Date[] = [];
    for (const { rating, review } of given) {
      card = answer(scheduler, card, rating, review).card;
      dues.push(card.due);
    }
    const replayed = replayAnswers(scheduler, 'da:definition:1z', given);
    expect(replayed.card).toEqual(card);
    expect(replayed.logs.map((log) => log.rating)).toEqual(grades);
    expect(replayed.card.due).toEqual(dues.at(-1));
  });
});
