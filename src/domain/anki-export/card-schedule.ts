/**
 * A card's FSRS state in Anki's columns: type, queue, due, interval, ease, steps left and the
 * FSRS memory state Anki reads from `data` when FSRS is on in its deck options.
 */
import type { DeckOptions } from '../scheduling/deck-options.ts';
import { State } from '../scheduling/fsrs-vocabulary.ts';
import { studyDayNumber } from '../stats/stats-days.ts';
import { DAY_MS } from '../time/time-units.ts';
import type { AnkiCardRow, ExportCard, ExportClock } from './anki-rows.ts';

/** Anki's starting ease (250 %), given to every card once answered: SM-2 users get a sane ease. */
export const ANKI_DEFAULT_FACTOR = 2500;

export type AnkiSchedule = Pick<
  AnkiCardRow,
  'type' | 'queue' | 'due' | 'ivl' | 'factor' | 'left' | 'data'
>;

export interface ScheduleContext {
  readonly clock: ExportClock;
  /** Study-day number of the collection's creation (`crt`); review dues count from it. */
  readonly crtDay: number;
  readonly options: DeckOptions;
  /** FSRS decay (the last weight) of the parameters the deck is scheduled with. */
  readonly decay: number;
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** `{"s":…,"d":…,"dr":…,"decay":…}` rounded as Anki stores it; `{}` for a card never answered. */
function memoryData(card: ExportCard, context: ScheduleContext): string {
  if (card.state === State.New || card.stability <= 0) return '{}';
  return JSON.stringify({
    s: round(card.stability, 3),
    d: round(card.difficulty, 3),
    dr: round(context.options.desiredRetention, 2),
    decay: round(context.decay, 3),
  });
}

/** Steps left, as Anki's v2/v3 schedulers keep them: today's in the thousands, all below. */
function stepsLeft(card: ExportCard, steps: readonly unknown[]): number {
  const left = Math.max(1, steps.length - card.learning_steps);
  return left * 1000 + left;
}

function queueOf(card: ExportCard, active: number, now: Date): number {
  if (card.suspended) return -1;
  if (card.buriedUntil !== null && card.buriedUntil > now) return -2;
  return active;
}

/**
 * The Anki scheduling columns of one card.
 *
 * - New: type 0, queue 0, due = position (1-based).
 * - Learning / relearning: type 1 / 3, queue 1, due = epoch seconds.
 * - Review: type 2, queue 2, due = study days from `crt`, ivl = days from last review to due.
 * - Suspended: queue -1, buried (until after now): queue -2; the type stays.
 *
 * @example
 * ankiSchedule(newCard, context) // { type: 0, queue: 0, due: 1, ivl: 0, factor: 0, left: 0, data: '{}' }
 */
export function ankiSchedule(card: ExportCard, context: ScheduleContext): AnkiSchedule {
  const { now } = context.clock;
  const data = memoryData(card, context);
  switch (card.state) {
    case State.New:
      return {
        type: 0,
        queue: queueOf(card, 0, now),
        due: card.position + 1,
        ivl: 0,
        factor: 0,
        left: 0,
        data,
      };
    case State.Learning:
    case State.Relearning: {
      const relearning = card.state === State.Relearning;
      const { learningSteps, relearningSteps } = context.options;
      return {
        type: relearning ? 3 : 1,
        queue: queueOf(card, 1, now),
        due: Math.floor(card.due.getTime() / 1000),
        // A relearning card's interval once relearnt: FSRS's stability after the lapse.
        ivl: relearning ? Math.max(1, Math.round(card.stability)) : 0,
        factor: ANKI_DEFAULT_FACTOR,
        left: stepsLeft(card, relearning ? relearningSteps : learningSteps),
        data,
      };
    }
    case State.Review: {
      const from = card.last_review ?? now;
      return {
        type: 2,
        queue: queueOf(card, 2, now),
        due: Math.max(0, studyDayNumber(card.due, context.clock) - context.crtDay),
        ivl: Math.max(1, Math.round((card.due.getTime() - from.getTime()) / DAY_MS)),
        factor: ANKI_DEFAULT_FACTOR,
        left: 0,
        data,
      };
    }
  }
}
