// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SessionCards } from '../../../src/domain/study/session-cards.ts';

interface Card {
  readonly id: string;
  readonly version: number;
}

const card = (id: string, version = 1): Card => ({ id, version });
const ids = (count: number) => Array.from({ length: count }, (_, index) => `c${index}`);

describe('SessionCards', () => {
  it.each([
    ['a few cards (folded after 3 changes)', 5, 40],
    ['a learning backlog (folded after ~110 changes)', 12_000, 600],
  ])('%s: every version gives each card as it was then', (_, size, answers) => {
    const touched = Array.from({ length: answers }, (_, answer) => `c${(answer * 7) % size}`);
    const checked = [...new Set([...touched, 'c1', `c${size - 1}`])];
    let cards = SessionCards.of(ids(size).map((id) => card(id)));
    let latest = new Map(checked.map((id) => [id, 1]));
    const versions = [{ cards, want: checked.map((id) => latest.get(id)) }];
    for (const id of touched) {
      const version = (latest.get(id) ?? 0) + 1;
      cards = cards.with(card(id, version));
      latest = new Map(latest).set(id, version);
      versions.push({ cards, want: checked.map((each) => latest.get(each)) });
    }
    for (const { cards: version, want } of versions) {
      expect(checked.map((id) => version.get(id)?.version)).toEqual(want);
    }
  });

  it('takes a card out, keeps it in earlier versions, and puts it back', () => {
    const start = SessionCards.of([card('a'), card('b'), card('c'), card('d')]);
    const gone = start.without('b');
    const many = gone.with(card('c', 2), card('d', 2), card('e'));
    const back = many.with(card('b', 3));
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => start.get(id)?.version)).toEqual([
      1,
      1,
      1,
      1,
      undefined,
    ]);
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => gone.get(id)?.version)).toEqual([
      1,
      undefined,
      1,
      1,
      undefined,
    ]);
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => many.get(id)?.version)).toEqual([
      1,
      undefined,
      2,
      2,
      1,
    ]);
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => back.get(id)?.version)).toEqual([1, 3, 2, 2, 1]);
  });
});
