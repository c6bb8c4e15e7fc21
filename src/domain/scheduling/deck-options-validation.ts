/**
 * Checking untrusted deck options (the settings form, a backup file, an Anki package) field by
 * field, apart from deck-options.ts so that the first page, which only needs the defaults, does
 * not carry it.
 *
 * Validation returns error codes with their parameters instead of sentences, so the settings
 * screen can translate them.
 */
import {
  DEFAULT_DECK_OPTIONS,
  type DeckOptions,
  type DeckOptionsField,
  type LearningStep,
} from './deck-options.ts';
import { parseFittedParameters } from './fsrs-parameters.ts';

/** Bounds of the numeric fields, exported so the settings form can show them. */
export const DECK_OPTION_LIMITS = {
  newPerDay: { min: 0, max: 9999, integer: true },
  reviewsPerDay: { min: 0, max: 99999, integer: true },
  desiredRetention: { min: 0.7, max: 0.99, integer: false },
  maximumIntervalDays: { min: 1, max: 36500, integer: true },
  nextDayStartsAt: { min: 0, max: 23, integer: true },
  learnAheadMinutes: { min: 0, max: 1440, integer: true },
} as const satisfies Record<string, { min: number; max: number; integer: boolean }>;

/** At most this many steps per list; more is almost certainly a typing mistake. */
export const MAX_STEPS = 20;

type NumericField = keyof typeof DECK_OPTION_LIMITS;
type StepsField = 'learningSteps' | 'relearningSteps';

/** Why a field was rejected; `field` names the option, the rest are parameters for a message. */
export type DeckOptionsError =
  | { readonly field: DeckOptionsField; readonly code: 'required' }
  | {
      readonly field: DeckOptionsField;
      readonly code: 'type';
      readonly expected: 'integer' | 'number' | 'boolean' | 'list' | 'parameters';
    }
  | {
      readonly field: NumericField;
      readonly code: 'range';
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly field: StepsField;
      readonly code: 'step';
      readonly index: number;
      readonly value: string;
    }
  | { readonly field: StepsField; readonly code: 'tooManySteps'; readonly max: number };

export type DeckOptionsValidation =
  | { readonly ok: true; readonly value: DeckOptions }
  | { readonly ok: false; readonly errors: readonly DeckOptionsError[] };

/*
 * ts-fsrs reads a step with parseInt and knows only m/h/d, so `1.5h` would silently become 1h and
 * `30s` would throw; a zero step would graduate the card at once. Hence whole positive numbers
 * with those three units only.
 */
const STEP_PATTERN = /^[1-9][0-9]{0,4}[mhd]$/;

/**
 * Whether a string is a step ts-fsrs understands exactly.
 *
 * @example
 * isLearningStep('10m'); // true
 * isLearningStep('30s'); // false: ts-fsrs has no seconds
 */
export function isLearningStep(value: string): value is LearningStep {
  return STEP_PATTERN.test(value);
}

/**
 * Splits what the learner typed into step strings (spaces or commas between them), without
 * validating them: pass the result to {@link validateDeckOptions}.
 *
 * @example
 * parseStepList(' 1m, 10m  1h'); // ['1m', '10m', '1h']
 */
export function parseStepList(text: string): string[] {
  return text.split(/[\s,]+/).filter((part) => part !== '');
}

/**
 * Checks an untrusted options object (a form, a backup file) field by field and returns either
 * the options (unknown fields dropped) or every error found. Missing fields are errors: merge with
 * {@link DEFAULT_DECK_OPTIONS} first when defaults should fill them in.
 *
 * @example
 * const result = validateDeckOptions({ ...DEFAULT_DECK_OPTIONS, desiredRetention: 0.5 });
 * // { ok: false, errors: [{ field: 'desiredRetention', code: 'range', min: 0.7, max: 0.99 }] }
 */
export function validateDeckOptions(input: unknown): DeckOptionsValidation {
  if (typeof input !== 'object' || input === null) {
    return { ok: false, errors: allRequired() };
  }
  const record = input as Partial<Record<DeckOptionsField, unknown>>;
  const errors: DeckOptionsError[] = [];

  const number = (field: NumericField): number => {
    const limits = DECK_OPTION_LIMITS[field];
    const value = record[field];
    if (value === undefined) {
      errors.push({ field, code: 'required' });
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      errors.push({ field, code: 'type', expected: limits.integer ? 'integer' : 'number' });
    } else if (limits.integer && !Number.isInteger(value)) {
      errors.push({ field, code: 'type', expected: 'integer' });
    } else if (value < limits.min || value > limits.max) {
      errors.push({ field, code: 'range', min: limits.min, max: limits.max });
    } else {
      return value;
    }
    return DEFAULT_DECK_OPTIONS[field];
  };

  const steps = (field: StepsField): readonly LearningStep[] => {
    const value = record[field];
    if (value === undefined) {
      errors.push({ field, code: 'required' });
      return [];
    }
    if (!Array.isArray(value)) {
      errors.push({ field, code: 'type', expected: 'list' });
      return [];
    }
    if (value.length > MAX_STEPS) errors.push({ field, code: 'tooManySteps', max: MAX_STEPS });
    const valid: LearningStep[] = [];
    value.forEach((step: unknown, index) => {
      if (typeof step === 'string' && isLearningStep(step)) valid.push(step);
      else errors.push({ field, code: 'step', index, value: String(step) });
    });
    return valid;
  };

  const boolean = (field: 'enableFuzz'): boolean => {
    const value = record[field];
    if (typeof value === 'boolean') return value;
    errors.push(
      value === undefined
        ? { field, code: 'required' }
        : { field, code: 'type', expected: 'boolean' },
    );
    return DEFAULT_DECK_OPTIONS[field];
  };

  const value: DeckOptions = {
    newPerDay: number('newPerDay'),
    reviewsPerDay: number('reviewsPerDay'),
    desiredRetention: number('desiredRetention'),
    maximumIntervalDays: number('maximumIntervalDays'),
    learningSteps: steps('learningSteps'),
    relearningSteps: steps('relearningSteps'),
    nextDayStartsAt: number('nextDayStartsAt'),
    learnAheadMinutes: number('learnAheadMinutes'),
    enableFuzz: boolean('enableFuzz'),
  };
  // Optional: decks never optimized, and backups from before it existed, have none.
  const fitted =
    record.fsrsParameters === undefined ? undefined : parseFittedParameters(record.fsrsParameters);
  if (fitted === null) {
    errors.push({ field: 'fsrsParameters', code: 'type', expected: 'parameters' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: fitted ? { ...value, fsrsParameters: fitted } : value };
}

function allRequired(): DeckOptionsError[] {
  return (Object.keys(DEFAULT_DECK_OPTIONS) as DeckOptionsField[]).map((field) => ({
    field,
    code: 'required',
  }));
}
