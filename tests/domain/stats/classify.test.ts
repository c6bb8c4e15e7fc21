// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cardStatusOf,
  countsForRetention,
  retentionRate,
  reviewKindOf,
} from '../../../src/domain/stats/classify.ts';
import { Rating, State } from './stats-fixtures.ts';

describe('reviewKindOf: by the state before the answer and the interval reached', () => {
  it.each([
    [State.New, 0, 'learning'],
    [State.Learning, 0, 'learning'],
    [State.Relearning, 0, 'relearning'],
    [State.Relearning, 30, 'relearning'],
    [State.Review, 1, 'young'],
    [State.Review, 20, 'young'],
    [State.Review, 21, 'mature'],
    [State.Review, 400, 'mature'],
  ])('state %i, interval %i days → %s', (state, days, kind) => {
    expect(reviewKindOf({ state, scheduled_days: days })).toBe(kind);
  });
});

describe('cardStatusOf', () => {
  it.each([
    [State.New, 0, false, 'new'],
    [State.Learning, 0, false, 'learning'],
    [State.Relearning, 0, false, 'learning'],
    [State.Review, 20, false, 'young'],
    [State.Review, 21, false, 'mature'],
    [State.Review, 40, true, 'suspended'],
    [State.New, 0, true, 'suspended'],
  ])('state %i, interval %i, suspended %s → %s', (state, days, suspended, status) => {
    expect(cardStatusOf({ state, scheduled_days: days, suspended })).toBe(status);
  });
});

describe('countsForRetention (Anki: review answers, or learning with an interval ≥ 1 day)', () => {
  it.each([
    [Rating.Again, State.Review, 3, true],
    [Rating.Good, State.Review, 0, true],
    [Rating.Good, State.New, 0, false],
    [Rating.Good, State.Learning, 0, false],
    [Rating.Again, State.Relearning, 0, false],
    [Rating.Good, State.Learning, 1, true],
    [Rating.Manual, State.Review, 10, false],
  ])('rating %i, state %i, interval %i → %s', (rating, state, days, counted) => {
    expect(countsForRetention({ rating, state, scheduled_days: days })).toBe(counted);
  });
});

describe('retentionRate', () => {
  it.each([
    [9, 1, 0.9],
    [0, 4, 0],
    [3, 0, 1],
    [0, 0, null],
  ])('%i passed, %i failed → %s', (passed, failed, rate) => {
    expect(retentionRate({ passed, failed })).toBe(rate);
  });
});
