import { describe, expect, it } from 'vitest';
import {
  compareStamps,
  formatStamp,
  parseStamp,
  receive,
  tick,
  type ClockState,
} from '../../../src/domain/sync/clock.ts';
import {
  docId,
  docKey,
  parseDocId,
  pickWinner,
  sameContent,
  winsOver,
} from '../../../src/domain/sync/merge.ts';

describe('hybrid logical clock', () => {
  it.each<[string, ClockState, number, ClockState]>([
    ['takes a later wall time', { wall: 5, counter: 3 }, 9, { wall: 9, counter: 0 }],
    ['counts within one millisecond', { wall: 5, counter: 3 }, 5, { wall: 5, counter: 4 }],
    ['never goes back with the wall clock', { wall: 9, counter: 0 }, 2, { wall: 9, counter: 1 }],
  ])('tick %s', (_, clock, now, expected) => {
    expect(tick(clock, now)).toEqual(expected);
  });

  it.each<[string, ClockState, string, ClockState]>([
    [
      'jumps to a later remote stamp',
      { wall: 5, counter: 0 },
      formatStamp({ wall: 8, counter: 2 }, 'b'),
      { wall: 8, counter: 2 },
    ],
    [
      'keeps a later own clock',
      { wall: 9, counter: 0 },
      formatStamp({ wall: 8, counter: 2 }, 'b'),
      { wall: 9, counter: 0 },
    ],
    ['ignores what is no stamp', { wall: 9, counter: 0 }, 'garbage', { wall: 9, counter: 0 }],
  ])('receive %s', (_, clock, stamp, expected) => {
    expect(receive(clock, stamp)).toEqual(expected);
  });

  it('orders stamps by time, then counter, then device, as strings', () => {
    const stamps = [
      formatStamp({ wall: 1_800_000_000_000, counter: 0 }, 'b'),
      formatStamp({ wall: 2, counter: 40 }, 'a'),
      formatStamp({ wall: 1_800_000_000_000, counter: 0 }, 'a'),
      formatStamp({ wall: 2, counter: 3 }, 'z'),
    ];
    expect([...stamps].sort(compareStamps)).toEqual([stamps[3], stamps[1], stamps[2], stamps[0]]);
    expect(parseStamp(stamps[1] ?? '')).toEqual({ wall: 2, counter: 40 });
  });
});

describe('merge rules', () => {
  it('the newest stamp wins a conflict, whatever order the revisions come in', () => {
    const revisions = [{ stamp: 'b', v: 1 }, { stamp: 'c', v: 2 }, { stamp: 'a', v: 3 }, { v: 4 }];
    expect(pickWinner(revisions).v).toBe(2);
    expect(pickWinner([...revisions].reverse()).v).toBe(2);
  });

  it.each([
    ['0000000002-00000-a', '0000000001-00000-b', true],
    ['0000000001-00000-b', '0000000002-00000-a', false],
    ['0000000001-00000-b', '0000000001-00000-a', true],
    ['0000000001-00000-a', '0000000001-00000-b', false],
    ['0000000001-00000-a', '0000000001-00000-a', true],
    ['0000000000-00000-a', null, true],
  ])('a card version stamped %s replaces the one held (%s): %s', (incoming, held, expected) => {
    expect(winsOver(incoming, held)).toBe(expected);
  });

  it.each([
    ['cards:p1', { kind: 'cards', key: 'p1' }],
    ['review:dev-1', { kind: 'review', key: 'dev-1' }],
    ['card:bpo-da:def:3', { kind: 'card', key: 'bpo-da:def:3' }],
    ['deck:', null],
    ['_design/x', null],
  ])('reads the document id %s', (id, expected) => {
    expect(parseDocId(id)).toEqual(expected);
  });

  it.each([
    ['cards:p1', 'p1'],
    ['card:bpo-da:def:3', 'bpo-da:def:3'],
    ['answers:b-9', 'b-9'],
    ['setting:newPerDay', 'newPerDay'],
  ])('takes the record key %s → %s', (id, key) => {
    expect(docKey(id)).toBe(key);
  });

  it('names an id sync does not know', () => {
    expect(() => docKey('_design/x')).toThrow('Not a sync document id: _design/x');
  });

  it('compares content without revision and stamp, in any key order', () => {
    expect(docId('deck', 'd1')).toBe('deck:d1');
    expect(
      sameContent(
        { _id: 'x', _rev: '1-a', stamp: 's', a: { b: 1, c: 2 } },
        { a: { c: 2, b: 1 }, _id: 'x' },
      ),
    ).toBe(true);
    expect(sameContent({ _id: 'x', a: 1 }, { _id: 'x', a: 2 })).toBe(false);
  });
});
