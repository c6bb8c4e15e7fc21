import { describe, expect, it } from 'vitest';
import { exportCard } from '../../helpers/export-cards.ts';
import type { ExportCard, ExportReview } from '../../../src/domain/anki-export/anki-rows.ts';
import { revlogRows } from '../../../src/domain/anki-export/revlog-rows.ts';
import { Rating, State } from '../../../src/domain/scheduling/fsrs-vocabulary.ts';

const at = (iso: string) => new Date(`2026-03-${iso}Z`);

function card(id: string, overrides: Partial<ExportCard>): ExportCard {
  return exportCard({ id, ...overrides });
}

function review(
  cardId: string,
  when: string,
  rating: ExportReview['rating'],
  state: State,
  due: string,
  durationMs = 4000,
): ExportReview {
  return {
    cardId,
    durationMs,
    rating,
    state,
    review: at(when),
    // The card's due date before this answer, as ts-fsrs logs it.
    due: at(due),
    stability: 0,
    difficulty: 0,
    // ts-fsrs 5 still requires these on ReviewLog; they go away in 6.0.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    elapsed_days: 0,
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    last_elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
  };
}

// A card answered Good (new → learning, 10 min), Good (learning → review, 3 days), then Again
// (review → relearning, 10 min): its state now is relearning, due 10 minutes after the lapse.
const lapsed = card('d:faq:1', { state: State.Relearning, due: at('04T09:10:00') });
const history = [
  review('d:faq:1', '01T09:00:00', Rating.Good, State.New, '01T09:00:00'),
  review('d:faq:1', '01T09:10:00', Rating.Good, State.Learning, '01T09:10:00', 90_000),
  review('d:faq:1', '04T09:00:00', Rating.Again, State.Review, '04T09:10:00'),
];

describe('revlogRows', () => {
  it.each([
    {
      name: 'a first answer: learn type, a 10-minute step as -600 seconds',
      row: 0,
      expected: { ease: 3, type: 0, ivl: -600, lastIvl: 0, factor: 0, time: 4000 },
    },
    {
      name: 'the answer that graduated: 3 days, its answer time capped at 60 s',
      row: 1,
      expected: { ease: 3, type: 0, ivl: 3, lastIvl: -600, factor: 2500, time: 60_000 },
    },
    {
      name: 'a lapse: review type, the relearning step from the card’s current state',
      row: 2,
      expected: { ease: 1, type: 1, ivl: -600, lastIvl: 3, factor: 2500, time: 4000 },
    },
  ])('$name', ({ row, expected }) => {
    const rows = revlogRows([lapsed], [...history].reverse(), new Map([['d:faq:1', 77]]));
    expect(rows).toHaveLength(3);
    expect(rows[row]).toEqual({
      ...expected,
      id: history[row]?.review.getTime(),
      cid: 77,
      usn: -1,
    });
  });

  it('logs a relearning answer as relearn and a manual change as type 4 with ease 0', () => {
    const relearnt = card('d:faq:2', { state: State.Review, due: at('10T09:00:00') });
    const rows = revlogRows(
      [relearnt],
      [
        review('d:faq:2', '05T09:00:00', Rating.Good, State.Relearning, '05T09:00:00'),
        review('d:faq:2', '06T09:00:00', Rating.Manual, State.Review, '06T09:00:00'),
      ],
      new Map([['d:faq:2', 5]]),
    );
    expect(rows.map(({ type, ease, ivl }) => ({ type, ease, ivl }))).toEqual([
      { type: 2, ease: 3, ivl: 1 },
      { type: 4, ease: 0, ivl: 4 },
    ]);
  });

  it('gives answers in the same millisecond distinct ids, in time order', () => {
    const a = card('d:faq:a', { state: State.Learning, due: at('01T09:10:00') });
    const b = card('d:faq:b', { state: State.Learning, due: at('01T09:10:00') });
    const rows = revlogRows(
      [a, b],
      [
        review('d:faq:b', '01T09:00:00', Rating.Good, State.New, '01T09:00:00'),
        review('d:faq:a', '01T09:00:00', Rating.Good, State.New, '01T09:00:00'),
      ],
      new Map([
        ['d:faq:a', 1],
        ['d:faq:b', 2],
      ]),
    );
    const ms = at('01T09:00:00').getTime();
    expect(rows.map(({ id, cid }) => [id, cid])).toEqual([
      [ms, 1],
      [ms + 1, 2],
    ]);
  });

  it('leaves out answers of cards not exported, and a deck never studied has no rows', () => {
    expect(revlogRows([lapsed], history, new Map())).toEqual([]);
    expect(revlogRows([lapsed], [], new Map([['d:faq:1', 1]]))).toEqual([]);
  });
});
