// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import {
  isLearningStep,
  parseStepList,
  validateDeckOptions,
  type DeckOptionsError,
} from '../../../src/domain/scheduling/deck-options-validation.ts';

const FITTED = {
  weights: Array.from({ length: 21 }, (_, index) => index / 10),
  fittedAt: '2026-11-01T10:00:00.000Z',
  reviewCount: 900,
};

describe('validateDeckOptions', () => {
  it('accepts the defaults as they are', () => {
    expect(validateDeckOptions(DEFAULT_DECK_OPTIONS)).toEqual({
      ok: true,
      value: {
        newPerDay: 20,
        reviewsPerDay: 200,
        desiredRetention: 0.9,
        maximumIntervalDays: 36500,
        learningSteps: ['1m', '10m'],
        relearningSteps: ['10m'],
        nextDayStartsAt: 4,
        learnAheadMinutes: 20,
        enableFuzz: true,
      },
    });
  });

  it.each([
    ['the lowest bounds', { newPerDay: 0, reviewsPerDay: 0, desiredRetention: 0.7 }],
    ['the highest bounds', { newPerDay: 9999, reviewsPerDay: 99999, desiredRetention: 0.99 }],
    ['empty step lists', { learningSteps: [], relearningSteps: [] }],
    ['hour and day steps', { learningSteps: ['15m', '1h', '1d'], relearningSteps: ['2d'] }],
    ['midnight and 11 PM day starts', { nextDayStartsAt: 0, maximumIntervalDays: 1 }],
    ['the last hour of the day', { nextDayStartsAt: 23, learnAheadMinutes: 0, enableFuzz: false }],
    ['fitted FSRS parameters', { fsrsParameters: FITTED }],
  ])('accepts %s', (_name, change) => {
    const input = { ...DEFAULT_DECK_OPTIONS, ...change };
    expect(validateDeckOptions(input)).toEqual({ ok: true, value: input });
  });

  it.each<[string, Record<string, unknown>, DeckOptionsError[]]>([
    [
      'retention below 0.7',
      { desiredRetention: 0.69 },
      [{ field: 'desiredRetention', code: 'range', min: 0.7, max: 0.99 }],
    ],
    [
      'retention of 1',
      { desiredRetention: 1 },
      [{ field: 'desiredRetention', code: 'range', min: 0.7, max: 0.99 }],
    ],
    [
      'a fractional new-card limit',
      { newPerDay: 2.5 },
      [{ field: 'newPerDay', code: 'type', expected: 'integer' }],
    ],
    [
      'a negative review limit',
      { reviewsPerDay: -1 },
      [{ field: 'reviewsPerDay', code: 'range', min: 0, max: 99999 }],
    ],
    [
      'a new-card limit as text',
      { newPerDay: '20' },
      [{ field: 'newPerDay', code: 'type', expected: 'integer' }],
    ],
    [
      'retention NaN',
      { desiredRetention: Number.NaN },
      [{ field: 'desiredRetention', code: 'type', expected: 'number' }],
    ],
    [
      'a zero maximum interval',
      { maximumIntervalDays: 0 },
      [{ field: 'maximumIntervalDays', code: 'range', min: 1, max: 36500 }],
    ],
    [
      'a maximum interval over 100 years',
      { maximumIntervalDays: 36501 },
      [{ field: 'maximumIntervalDays', code: 'range', min: 1, max: 36500 }],
    ],
    [
      'a day start of 24',
      { nextDayStartsAt: 24 },
      [{ field: 'nextDayStartsAt', code: 'range', min: 0, max: 23 }],
    ],
    [
      'a learn-ahead over a day',
      { learnAheadMinutes: 1441 },
      [{ field: 'learnAheadMinutes', code: 'range', min: 0, max: 1440 }],
    ],
    [
      'fuzz as a string',
      { enableFuzz: 'yes' },
      [{ field: 'enableFuzz', code: 'type', expected: 'boolean' }],
    ],
    [
      'steps that are not a list',
      { learningSteps: '1m 10m' },
      [{ field: 'learningSteps', code: 'type', expected: 'list' }],
    ],
    [
      'seconds, fractions, zero, spaces and unknown units',
      { learningSteps: ['30s', '1.5h', '0m', '1 m', '2w', '10m'] },
      [
        { field: 'learningSteps', code: 'step', index: 0, value: '30s' },
        { field: 'learningSteps', code: 'step', index: 1, value: '1.5h' },
        { field: 'learningSteps', code: 'step', index: 2, value: '0m' },
        { field: 'learningSteps', code: 'step', index: 3, value: '1 m' },
        { field: 'learningSteps', code: 'step', index: 4, value: '2w' },
      ],
    ],
    [
      'a number as a relearning step',
      { relearningSteps: [10] },
      [{ field: 'relearningSteps', code: 'step', index: 0, value: '10' }],
    ],
    [
      '21 steps',
      { relearningSteps: Array.from({ length: 21 }, () => '1m') },
      [{ field: 'relearningSteps', code: 'tooManySteps', max: 20 }],
    ],
    ['a missing field', { newPerDay: undefined }, [{ field: 'newPerDay', code: 'required' }]],
    [
      'two bad fields at once',
      { newPerDay: -5, enableFuzz: 1 },
      [
        { field: 'newPerDay', code: 'range', min: 0, max: 9999 },
        { field: 'enableFuzz', code: 'type', expected: 'boolean' },
      ],
    ],
    ...(
      [
        ['20 fitted weights', { ...FITTED, weights: FITTED.weights.slice(1) }],
        [
          'a weight that is not a number',
          { ...FITTED, weights: [...FITTED.weights.slice(1), 'x'] },
        ],
        ['an infinite weight', { ...FITTED, weights: [...FITTED.weights.slice(1), Infinity] }],
        ['a fitting date that is no date', { ...FITTED, fittedAt: 'yesterday' }],
        ['a negative review count', { ...FITTED, reviewCount: -1 }],
        ['parameters that are a list', [1, 2, 3]],
      ] as const
    ).map(([name, fsrsParameters]): [string, Record<string, unknown>, DeckOptionsError[]] => [
      name,
      { fsrsParameters },
      [{ field: 'fsrsParameters', code: 'type', expected: 'parameters' }],
    ]),
  ])('rejects %s', (_name, change, errors) => {
    expect(validateDeckOptions({ ...DEFAULT_DECK_OPTIONS, ...change })).toEqual({
      ok: false,
      errors,
    });
  });

  it('drops fields it does not know', () => {
    const result = validateDeckOptions({ ...DEFAULT_DECK_OPTIONS, colour: 'red' });
    expect(result.ok && Object.keys(result.value)).toEqual(Object.keys(DEFAULT_DECK_OPTIONS));
  });

  it.each([null, undefined, 42, 'options'])('reports every field as required for %s', (input) => {
    const result = validateDeckOptions(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.field)).toEqual(
      Object.keys(DEFAULT_DECK_OPTIONS),
    );
  });
});

describe('isLearningStep', () => {
  it.each([
    ['1m', true],
    ['10m', true],
    ['1h', true],
    ['3d', true],
    ['99999m', true],
    ['100000m', false],
    ['30s', false],
    ['0m', false],
    ['01m', false],
    ['m', false],
    ['', false],
    ['-1m', false],
  ])('%j → %s', (value, expected) => {
    expect(isLearningStep(value)).toBe(expected);
  });
});

describe('parseStepList', () => {
  it.each([
    ['1m 10m', ['1m', '10m']],
    [' 1m,10m ,  1h ', ['1m', '10m', '1h']],
    ['', []],
    ['   ', []],
  ])('%j → %j', (text, expected) => {
    expect(parseStepList(text)).toEqual(expected);
  });
});
