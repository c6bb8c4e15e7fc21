// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createEmptyCard, Rating as FsrsRating, State as FsrsState } from 'ts-fsrs';
import {
  GRADES,
  newCardState,
  Rating,
  State,
} from '../../../src/domain/scheduling/fsrs-vocabulary.ts';

describe('the vocabulary kept apart from ts-fsrs is ts-fsrs’s own', () => {
  it.each(['New', 'Learning', 'Review', 'Relearning'] as const)('State.%s', (name) => {
    expect(State[name]).toBe(FsrsState[name]);
  });

  it.each(['Manual', 'Again', 'Hard', 'Good', 'Easy'] as const)('Rating.%s', (name) => {
    expect(Rating[name]).toBe(FsrsRating[name]);
  });

  it('grades the four buttons Again, Hard, Good, Easy', () => {
    expect(GRADES).toEqual([FsrsRating.Again, FsrsRating.Hard, FsrsRating.Good, FsrsRating.Easy]);
  });

  it.each([new Date('2026-03-15T10:00:00Z'), new Date(0)])(
    'a never-studied card due at %s is what createEmptyCard makes',
    (now) => {
      expect(newCardState(now)).toStrictEqual(createEmptyCard(now));
    },
  );
});
