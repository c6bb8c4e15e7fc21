/**
 * A hybrid logical clock for last-writer-wins records: a stamp is the wall time in milliseconds,
 * a counter for changes within one millisecond (or while the wall clock is behind a stamp seen
 * from another device), and the device id as the final tiebreak. Stamps are strings that sort in
 * time order, so two devices compare them the same way and agree on the winner without talking.
 */

/** The clock of one device: the latest time and counter it has stamped or seen. */
export interface ClockState {
  readonly wall: number;
  readonly counter: number;
}

export const ZERO_CLOCK: ClockState = Object.freeze({ wall: 0, counter: 0 });

const WALL_DIGITS = 10;
const COUNTER_DIGITS = 5;

/**
 * The stamp of `clock` on `device`: fixed-width base-36 fields, so string order is time order.
 *
 * @example
 * formatStamp({ wall: 0, counter: 0 }, 'a'); // '0000000000-00000-a'
 */
export function formatStamp(clock: ClockState, device: string): string {
  const wall = clock.wall.toString(36).padStart(WALL_DIGITS, '0');
  const counter = clock.counter.toString(36).padStart(COUNTER_DIGITS, '0');
  return `${wall}-${counter}-${device}`;
}

/** The time and counter of a stamp, or `null` when it is no stamp. */
export function parseStamp(stamp: string): ClockState | null {
  const match = /^([0-9a-z]{10})-([0-9a-z]{5})-./.exec(stamp);
  if (match === null) return null;
  return { wall: parseInt(match[1] ?? '', 36), counter: parseInt(match[2] ?? '', 36) };
}

/**
 * The clock after a local change at wall time `now` (ms): later than everything stamped or seen
 * so far, even when the device's clock went back.
 *
 * @example
 * tick({ wall: 5, counter: 0 }, 3); // { wall: 5, counter: 1 }
 */
export function tick(clock: ClockState, now: number): ClockState {
  return now > clock.wall
    ? { wall: now, counter: 0 }
    : { wall: clock.wall, counter: clock.counter + 1 };
}

/** The clock after seeing `stamp` from another device: later changes here stamp after it. */
export function receive(clock: ClockState, stamp: string): ClockState {
  const seen = parseStamp(stamp);
  if (seen === null) return clock;
  if (seen.wall > clock.wall) return seen;
  if (seen.wall === clock.wall && seen.counter > clock.counter) return seen;
  return clock;
}

/** Negative, zero or positive as `a` is older than, the same as or newer than `b`. */
export function compareStamps(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
