// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import {
  applyManual,
  historyDifferences,
  replayLog,
  type ReplayLog,
} from '../../../src/domain/scheduling/replay-log.ts';
import {
  answer,
  createScheduler,
  newCardState,
  Rating,
  State,
  type Grade,
  type SchedulingCard,
} from '../../../src/domain/scheduling/scheduler.ts';

const NOW = new Date('2026-03-01T09:00:00Z');
const MINUTE = 60_000;
const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);

/** Answers a new card `ratings` at the given minutes; returns the card and its log rows. */
function studied(answers: readonly [Grade, number][]) {
  let card: SchedulingCard = { id: 'd:faq:1', ...newCardState(NOW) };
  const logs = [];
  for (const [rating, minutes] of answers) {
    const result = answer(scheduler, card, rating, new Date(NOW.getTime() + minutes * MINUTE));
    logs.push(result.log);
    card = result.card;
  }
  return { card, logs };
}

describe('replayLog', () => {
  it.each<[string, [Grade, number][]]>([
    ['one Good', [[Rating.Good, 0]]],
    [
      'learning steps, then a lapse days later',
      [
        [Rating.Again, 0],
        [Rating.Good, 1],
        [Rating.Good, 11],
        [Rating.Again, 5 * 24 * 60],
        [Rating.Good, 5 * 24 * 60 + 10],
      ],
    ],
    ['Easy at once', [[Rating.Easy, 0]]],
  ])('%s: gives the state the answers gave, in any order of rows', (_name, answers) => {
    const { card, logs } = studied(answers);
    expect(replayLog(scheduler, card.id, logs)).toEqual(card);
    expect(replayLog(scheduler, card.id, [...logs].reverse())).toEqual(card);
  });

  it.each([
    ['no answers', []],
    [
      'a history whose first answer was not to a new card',
      studied([
        [Rating.Good, 0],
        [Rating.Good, 20],
      ]).logs.slice(1),
    ],
    [
      'a history that starts with a reschedule',
      [manual(State.Review, 0, 3 * 24 * 60), ...studied([[Rating.Good, 10]]).logs],
    ],
  ])('is null for %s', (_name, logs) => {
    expect(replayLog(scheduler, 'd:faq:1', logs)).toBeNull();
  });
});

/** A Manual row at `minutes` that set the state `state` (New: a reset) and the due date `dueAt`. */
function manual(state: State, minutes: number, dueAt: number) {
  return {
    rating: Rating.Manual,
    state,
    review: new Date(NOW.getTime() + minutes * MINUTE),
    due: new Date(NOW.getTime() + dueAt * MINUTE),
  };
}

describe('replayLog with Manual rows (resets and reschedules by hand)', () => {
  const DAY = 24 * 60;
  const twice = studied([
    [Rating.Good, 0],
    [Rating.Good, 10],
  ]);
  it.each<[string, ReplayLog[], (card: SchedulingCard) => Partial<SchedulingCard>]>([
    [
      'a reset after answers: new again, due at the reset',
      [...twice.logs, manual(State.New, DAY, DAY)],
      () => ({ ...newCardState(new Date(NOW.getTime() + DAY * MINUTE)), id: 'd:faq:1' }),
    ],
    [
      'a reschedule after answers: the state the answers gave, due moved',
      [...twice.logs, manual(State.Review, DAY, 30 * DAY)],
      () => ({ ...twice.card, due: new Date(NOW.getTime() + 30 * DAY * MINUTE) }),
    ],
    [
      'answers after a reset: only those count',
      [
        ...twice.logs,
        manual(State.New, DAY, DAY),
        ...studied([[Rating.Good, 2 * DAY]]).logs.map((log) => ({ ...log, state: State.New })),
      ],
      (card) => ({
        reps: 1,
        lapses: 0,
        last_review: new Date(NOW.getTime() + 2 * DAY * MINUTE),
        state: card.state,
      }),
    ],
  ])('%s', (_name, logs, expected) => {
    const replayed = replayLog(scheduler, 'd:faq:1', logs);
    expect(replayed).toMatchObject(expected(replayed ?? twice.card));
  });

  it.each<[string, SchedulingCard, ReturnType<typeof manual>, SchedulingCard]>([
    [
      'a reset makes any card new at its time',
      twice.card,
      manual(State.New, 60, 60),
      { id: 'd:faq:1', ...newCardState(new Date(NOW.getTime() + 60 * MINUTE)) },
    ],
    [
      'a reschedule moves the due date only',
      twice.card,
      manual(State.Review, 60, 9_000),
      { ...twice.card, due: new Date(NOW.getTime() + 9_000 * MINUTE) },
    ],
    [
      'a reschedule leaves a new card alone',
      { id: 'd:faq:1', ...newCardState(NOW) },
      manual(State.Review, 60, 9_000),
      { id: 'd:faq:1', ...newCardState(NOW) },
    ],
  ])('applyManual: %s', (_name, card, row, expected) => {
    expect(applyManual(card, row)).toEqual(expected);
  });
});

describe('historyDifferences', () => {
  const { card } = studied([
    [Rating.Good, 0],
    [Rating.Good, 10],
  ]);
  it.each<[string, Partial<SchedulingCard>, string[]]>([
    ['nothing', {}, []],
    ['another due date and interval (options changed)', { due: NOW, scheduled_days: 40 }, []],
    ['another stability (weights changed)', { stability: card.stability * 2 }, []],
    ['answer count and lapses', { reps: 9, lapses: 1 }, ['reps', 'lapses']],
    ['state', { state: State.New }, ['state']],
    ['last review', { last_review: NOW }, ['last_review']],
    ['no last review', { last_review: undefined }, ['last_review']],
    ['a stability that is not a number', { stability: Number.NaN }, ['stability']],
    ['a difficulty out of range', { difficulty: 0 }, ['difficulty']],
    ['a due date that is not a date', { due: new Date(Number.NaN) }, ['due']],
  ])('%s', (_name, change, fields) => {
    expect(historyDifferences({ ...card, ...change }, card)).toEqual(fields);
  });
});
