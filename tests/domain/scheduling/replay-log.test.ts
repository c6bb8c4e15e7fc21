// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import { historyDifferences, replayLog } from '../../../src/domain/scheduling/replay-log.ts';
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
      'a Manual row',
      studied([[Rating.Good, 0]]).logs.map((log) => ({ ...log, rating: Rating.Manual })),
    ],
  ])('is null for %s', (_name, logs) => {
    expect(replayLog(scheduler, 'd:faq:1', logs)).toBeNull();
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
