// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  answersOn,
  countReview,
  emptyReviewDay,
  reviewDayNumber,
  studyDaysOf,
  summarizeReviews,
} from '../../../src/domain/stats/review-days.ts';
import { NOW, Rating, State, logAt } from './stats-fixtures.ts';

const inDeck = (deckId: string, at: string, rating: Rating = Rating.Good, scheduledDays = 5) => ({
  ...logAt(at, rating, State.Review, scheduledDays),
  deckId,
});

describe('summarizeReviews: one record per deck and UTC day', () => {
  it('groups answers by deck and day', () => {
    const days = summarizeReviews([
      inDeck('a', '2026-03-15T09:00:00Z'),
      inDeck('a', '2026-03-15T23:59:00Z'),
      inDeck('b', '2026-03-15T09:00:00Z'),
      inDeck('a', '2026-03-16T00:00:00Z'),
    ]);
    expect(days.map((day) => [day.deckId, day.day])).toEqual([
      ['a', reviewDayNumber(new Date('2026-03-15T00:00:00Z'))],
      ['b', reviewDayNumber(new Date('2026-03-15T00:00:00Z'))],
      ['a', reviewDayNumber(new Date('2026-03-16T00:00:00Z'))],
    ]);
  });

  it('takes an answer away again exactly, and never below zero', () => {
    const log = inDeck('a', '2026-03-15T09:07:00Z', Rating.Again, 30);
    const day = emptyReviewDay('a', reviewDayNumber(log.review));
    countReview(day, log, 1);
    expect(studyDaysOf([day], { now: NOW, dayStartHour: 4, timeZone: 'UTC' }).get(0)).toEqual({
      kinds: new Uint32Array([0, 0, 1, 0]),
      timeMs: 1000,
      youngRetention: { passed: 0, failed: 0 },
      matureRetention: { passed: 0, failed: 1 },
    });
    countReview(day, log, -1);
    countReview(day, log, -1);
    expect(day.counts.every((count) => count === 0)).toBe(true);
    expect(day.timeMs.every((ms) => ms === 0)).toBe(true);
  });

  it('counts nothing for a reset or reschedule by hand (a Manual row)', () => {
    const days = summarizeReviews([inDeck('a', '2026-03-15T09:00:00Z', Rating.Manual)]);
    expect(days.every((day) => day.counts.every((count) => count === 0))).toBe(true);
  });
});

describe('studyDaysOf: quarter hours into study days under any settings', () => {
  // Days start at 4 AM local time. India is UTC+5:30 and Nepal UTC+5:45, so their study days
  // start on a half and a quarter hour in UTC: the quarter hours still fall on one side.
  it.each([
    ['UTC', '2026-03-15T03:59:00Z', '2026-03-15T04:00:00Z'],
    ['Asia/Kolkata', '2026-03-14T22:29:00Z', '2026-03-14T22:30:00Z'],
    ['Asia/Kathmandu', '2026-03-14T22:14:00Z', '2026-03-14T22:15:00Z'],
    ['America/St_Johns', '2026-03-15T06:29:00Z', '2026-03-15T06:30:00Z'],
  ])('in %s the answer just before today’s start is yesterday’s', (timeZone, before, after) => {
    const days = studyDaysOf(summarizeReviews([inDeck('a', before), inDeck('a', after)]), {
      now: NOW,
      dayStartHour: 4,
      timeZone,
    });
    expect([...days.entries()].map(([ago, day]) => [ago, answersOn(day)])).toEqual([
      [1, 1],
      [0, 1],
    ]);
  });

  it('moves answers when the day start changes after they were given', () => {
    const records = summarizeReviews([inDeck('a', '2026-03-15T05:30:00Z')]);
    const at = (dayStartHour: number) => [
      ...studyDaysOf(records, { now: NOW, dayStartHour, timeZone: 'UTC' }).keys(),
    ];
    expect(at(4)).toEqual([0]);
    expect(at(6)).toEqual([1]);
  });

  it('has no days without answers', () => {
    expect(studyDaysOf([emptyReviewDay('a', 20_527)], { now: NOW, dayStartHour: 4 }).size).toBe(0);
  });
});
