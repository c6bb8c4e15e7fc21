/**
 * Per-deck study options: daily limits, FSRS settings and the study-day boundary. One object per
 * deck builds the scheduler and the queue (see scheduler.ts, ../study/queue.ts), the way Anki's
 * deck config does. Checking options from outside (a form, a backup, an Anki package) is in
 * deck-options-validation.ts, which the first page does not load.
 */
import type { StepUnit } from 'ts-fsrs';
import type { FittedParameters } from './fsrs-parameters.ts';

/** A (re)learning step: a positive whole number of minutes, hours or days, e.g. `10m`, `1d`. */
export type LearningStep = StepUnit;

export interface DeckOptions {
  /** New cards introduced per study day. */
  readonly newPerDay: number;
  /** Review cards shown per study day (learning steps are not limited). */
  readonly reviewsPerDay: number;
  /** FSRS target probability of recall when a review is due. */
  readonly desiredRetention: number;
  readonly maximumIntervalDays: number;
  /** Steps for new cards; empty lets FSRS schedule straight away. */
  readonly learningSteps: readonly LearningStep[];
  /** Steps after a lapse; empty lets FSRS schedule straight away. */
  readonly relearningSteps: readonly LearningStep[];
  /** Local hour (0–23) at which a new study day begins. */
  readonly nextDayStartsAt: number;
  /** When nothing else is left, learning cards due within this many minutes are shown early. */
  readonly learnAheadMinutes: number;
  /** Spread review intervals a little so cards learnt together do not stay together. */
  readonly enableFuzz: boolean;
  /** FSRS weights fitted to this deck's reviews ("Optimize"); FSRS's defaults when absent. */
  readonly fsrsParameters?: FittedParameters;
}

export type DeckOptionsField = keyof DeckOptions;

/** Anki's defaults; 4 AM keeps late-night study on the day it began. */
export const DEFAULT_DECK_OPTIONS: DeckOptions = Object.freeze({
  newPerDay: 20,
  reviewsPerDay: 200,
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: Object.freeze(['1m', '10m'] as const),
  relearningSteps: Object.freeze(['10m'] as const),
  nextDayStartsAt: 4,
  learnAheadMinutes: 20,
  enableFuzz: true,
});
