// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createEmptyCard, Rating as FsrsRating, State as FsrsState } from 'ts-fsrs';
import {
  fsrsFields,
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

describe('fsrsFields', () => {
  const due = new Date('2026-03-20T10:00:00Z');
  const lastReview = new Date('2026-03-15T10:00:00Z');
  const card = {
    ...createEmptyCard(due),
    stability: 4.2,
    reps: 3,
    state: FsrsState.Review,
    last_review: lastReview,
  };

  it('keeps exactly the FSRS fields of a stored record and drops the rest', () => {
    expect(fsrsFields({ ...card, id: 'deck:faq:1', front: 'Q', suspended: true } as never)).toEqual(
      card,
    );
  });

  it('leaves last_review out for a card never reviewed', () => {
    expect('last_review' in fsrsFields(createEmptyCard(due))).toBe(false);
  });
});
