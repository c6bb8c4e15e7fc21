import { describe, expect, it } from 'vitest';
import { exportCard } from '../../helpers/export-cards.ts';
import type { ExportCard } from '../../../src/domain/anki-export/anki-rows.ts';
import {
  ankiSchedule,
  type ScheduleContext,
} from '../../../src/domain/anki-export/card-schedule.ts';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import { State } from '../../../src/domain/scheduling/fsrs-vocabulary.ts';
import { studyDayNumber } from '../../../src/domain/stats/stats-days.ts';

const now = new Date('2026-03-15T10:00:00Z');
const clock = { now, dayStartHour: 4, timeZone: 'UTC' };
const context: ScheduleContext = {
  clock,
  crtDay: studyDayNumber(new Date('2026-03-01T04:00:00Z'), clock),
  options: DEFAULT_DECK_OPTIONS,
  decay: 0.1542,
};

function card(overrides: Partial<ExportCard>): ExportCard {
  return exportCard({ position: 4, ...overrides });
}

const studied = {
  stability: 12.34567,
  difficulty: 5.12345,
  reps: 3,
  last_review: new Date('2026-03-10T10:00:00Z'),
};
const memory = '{"s":12.346,"d":5.123,"dr":0.9,"decay":0.154}';
const dueSecs = (iso: string) => new Date(iso).getTime() / 1000;

describe('ankiSchedule', () => {
  it.each<[string, Partial<ExportCard>, ReturnType<typeof ankiSchedule>]>([
    [
      'new: due is the 1-based position',
      {},
      { type: 0, queue: 0, due: 5, ivl: 0, factor: 0, left: 0, data: '{}' },
    ],
    [
      'new and suspended',
      { suspended: true },
      { type: 0, queue: -1, due: 5, ivl: 0, factor: 0, left: 0, data: '{}' },
    ],
    [
      'learning, one of two steps done: due in epoch seconds, one step left',
      {
        ...studied,
        state: State.Learning,
        learning_steps: 1,
        due: new Date('2026-03-15T10:10:00Z'),
      },
      {
        type: 1,
        queue: 1,
        due: dueSecs('2026-03-15T10:10:00Z'),
        ivl: 0,
        factor: 2500,
        left: 1001,
        data: memory,
      },
    ],
    [
      'review: due counts study days from crt, ivl is last review to due',
      { ...studied, state: State.Review, due: new Date('2026-03-20T10:00:00Z') },
      { type: 2, queue: 2, due: 19, ivl: 10, factor: 2500, left: 0, data: memory },
    ],
    [
      'review due before 4 AM belongs to the previous study day',
      { ...studied, state: State.Review, due: new Date('2026-03-20T03:00:00Z') },
      { type: 2, queue: 2, due: 18, ivl: 10, factor: 2500, left: 0, data: memory },
    ],
    [
      'review, buried until tomorrow',
      {
        ...studied,
        state: State.Review,
        due: new Date('2026-03-20T10:00:00Z'),
        buriedUntil: new Date('2026-03-16T04:00:00Z'),
      },
      { type: 2, queue: -2, due: 19, ivl: 10, factor: 2500, left: 0, data: memory },
    ],
    [
      'review, buried until a time already past: back in the review queue',
      {
        ...studied,
        state: State.Review,
        due: new Date('2026-03-20T10:00:00Z'),
        buriedUntil: new Date('2026-03-15T04:00:00Z'),
      },
      { type: 2, queue: 2, due: 19, ivl: 10, factor: 2500, left: 0, data: memory },
    ],
    [
      'relearning: type 3 in the learning queue, ivl from stability',
      {
        ...studied,
        state: State.Relearning,
        lapses: 1,
        learning_steps: 0,
        due: new Date('2026-03-15T10:10:00Z'),
      },
      {
        type: 3,
        queue: 1,
        due: dueSecs('2026-03-15T10:10:00Z'),
        ivl: 12,
        factor: 2500,
        left: 1001,
        data: memory,
      },
    ],
    [
      'relearning and suspended',
      {
        ...studied,
        state: State.Relearning,
        due: new Date('2026-03-15T10:10:00Z'),
        suspended: true,
      },
      {
        type: 3,
        queue: -1,
        due: dueSecs('2026-03-15T10:10:00Z'),
        ivl: 12,
        factor: 2500,
        left: 1001,
        data: memory,
      },
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(ankiSchedule(card(overrides), context)).toEqual(expected);
  });

  it('writes the deck’s desired retention and the decay it is given', () => {
    const schedule = ankiSchedule(
      card({ ...studied, state: State.Review, due: new Date('2026-03-20T10:00:00Z') }),
      { ...context, options: { ...DEFAULT_DECK_OPTIONS, desiredRetention: 0.85 }, decay: 0.5 },
    );
    expect(JSON.parse(schedule.data)).toEqual({ s: 12.346, d: 5.123, dr: 0.85, decay: 0.5 });
  });
});
