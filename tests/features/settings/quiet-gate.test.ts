import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIET_MS, quietGate } from '../../../src/features/settings/sync/quiet-gate.ts';

/** Long enough for the timer that stands in for an idle callback in jsdom. */
const IDLE_WAIT = 5;

function press(key: string) {
  window.dispatchEvent(new KeyboardEvent('keydown', { key }));
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a round waiting for a quiet moment', () => {
  it('starts QUIET_MS after its own start on a page nobody uses', () => {
    const gate = quietGate(window, () => Date.now());
    const run = vi.fn();
    gate.whenQuiet(run);
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(IDLE_WAIT);
    expect(run).toHaveBeenCalledTimes(1);
    const later = vi.fn();
    gate.whenQuiet(later);
    vi.advanceTimersByTime(IDLE_WAIT);
    expect(later).toHaveBeenCalledTimes(1);
  });

  it.each([
    { input: 'one key', event: 'keydown', pressEvery: 0, presses: 1 },
    { input: 'one tap', event: 'pointerdown', pressEvery: 0, presses: 1 },
    {
      input: 'a run of answers (reveal, grade) every 150 ms for 30 s',
      event: 'keydown',
      pressEvery: 150,
      presses: 200,
    },
    { input: 'a card every 1.9 s for a minute', event: 'keydown', pressEvery: 1900, presses: 32 },
    { input: 'taps every second', event: 'pointerdown', pressEvery: 1000, presses: 10 },
  ])('waits after $input, and starts QUIET_MS after the last', ({ event, pressEvery, presses }) => {
    const gate = quietGate(window, () => Date.now());
    const run = vi.fn();
    window.dispatchEvent(new Event(event));
    gate.whenQuiet(run);
    for (let count = 1; count < presses; count += 1) {
      vi.advanceTimersByTime(pressEvery);
      window.dispatchEvent(new Event(event));
    }
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(run).not.toHaveBeenCalled();
    // The quiet time, then the idle moment (a timer where the browser has no idle callbacks).
    vi.advanceTimersByTime(IDLE_WAIT);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs once when asked again while waiting (the interval and going online together)', () => {
    const gate = quietGate(window, () => Date.now());
    const first = vi.fn();
    const second = vi.fn();
    press('3');
    gate.whenQuiet(first);
    vi.advanceTimersByTime(500);
    gate.whenQuiet(second);
    vi.advanceTimersByTime(QUIET_MS + IDLE_WAIT);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    gate.whenQuiet(first);
    vi.advanceTimersByTime(IDLE_WAIT);
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('starts the wait again when a key comes while it waits for the browser to be idle', () => {
    let idle: (() => void) | undefined;
    const target = Object.assign(new EventTarget(), {
      requestIdleCallback: (callback: () => void) => {
        idle = callback;
        return 1;
      },
    }) as unknown as Window;
    const gate = quietGate(target, () => Date.now());
    const run = vi.fn();
    vi.advanceTimersByTime(QUIET_MS);
    gate.whenQuiet(run);
    target.dispatchEvent(new Event('keydown'));
    idle?.();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(QUIET_MS);
    idle?.();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
