// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  nextStudyDayStart,
  studyDayKey,
  studyDayStart,
} from '../../../src/domain/study/study-day.ts';

const HOUR = 3_600_000;

describe.each<[string, string, number, string, string, string]>([
  // zone, now (UTC), day-start hour, expected start, expected next start, expected key
  ['UTC', '2026-03-10T03:59:59Z', 4, '2026-03-09T04:00:00Z', '2026-03-10T04:00:00Z', '2026-03-09'],
  ['UTC', '2026-03-10T04:00:00Z', 4, '2026-03-10T04:00:00Z', '2026-03-11T04:00:00Z', '2026-03-10'],
  ['UTC', '2026-01-01T00:30:00Z', 4, '2025-12-31T04:00:00Z', '2026-01-01T04:00:00Z', '2025-12-31'],
  ['UTC', '2026-03-01T02:00:00Z', 4, '2026-02-28T04:00:00Z', '2026-03-01T04:00:00Z', '2026-02-28'],
  ['UTC', '2026-03-10T23:30:00Z', 0, '2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z', '2026-03-10'],
  // Copenhagen in winter (UTC+1): 03:59 local is still yesterday, 04:00 is today.
  [
    'Europe/Copenhagen',
    '2026-03-10T02:59:00Z',
    4,
    '2026-03-09T03:00:00Z',
    '2026-03-10T03:00:00Z',
    '2026-03-09',
  ],
  [
    'Europe/Copenhagen',
    '2026-03-10T03:00:00Z',
    4,
    '2026-03-10T03:00:00Z',
    '2026-03-11T03:00:00Z',
    '2026-03-10',
  ],
  // Spring forward, 2026-03-29 02:00 → 03:00: 03:59 CEST is still the 28th.
  [
    'Europe/Copenhagen',
    '2026-03-29T01:59:00Z',
    4,
    '2026-03-28T03:00:00Z',
    '2026-03-29T02:00:00Z',
    '2026-03-28',
  ],
  [
    'Europe/Copenhagen',
    '2026-03-29T02:00:00Z',
    4,
    '2026-03-29T02:00:00Z',
    '2026-03-30T02:00:00Z',
    '2026-03-29',
  ],
  // Fall back, 2026-10-25 03:00 → 02:00: both 02:30s and 03:59 CET belong to the 24th.
  [
    'Europe/Copenhagen',
    '2026-10-25T00:30:00Z',
    4,
    '2026-10-24T02:00:00Z',
    '2026-10-25T03:00:00Z',
    '2026-10-24',
  ],
  [
    'Europe/Copenhagen',
    '2026-10-25T01:30:00Z',
    4,
    '2026-10-24T02:00:00Z',
    '2026-10-25T03:00:00Z',
    '2026-10-24',
  ],
  [
    'Europe/Copenhagen',
    '2026-10-25T02:59:00Z',
    4,
    '2026-10-24T02:00:00Z',
    '2026-10-25T03:00:00Z',
    '2026-10-24',
  ],
  [
    'Europe/Copenhagen',
    '2026-10-25T03:00:00Z',
    4,
    '2026-10-25T03:00:00Z',
    '2026-10-26T03:00:00Z',
    '2026-10-25',
  ],
  // A start hour the spring change skips moves forward to 03:00; a repeated one takes the first.
  [
    'Europe/Copenhagen',
    '2026-03-29T01:30:00Z',
    2,
    '2026-03-29T01:00:00Z',
    '2026-03-30T00:00:00Z',
    '2026-03-29',
  ],
  [
    'Europe/Copenhagen',
    '2026-03-29T00:59:00Z',
    2,
    '2026-03-28T01:00:00Z',
    '2026-03-29T01:00:00Z',
    '2026-03-28',
  ],
  [
    'Europe/Copenhagen',
    '2026-10-25T01:30:00Z',
    2,
    '2026-10-25T00:00:00Z',
    '2026-10-26T01:00:00Z',
    '2026-10-25',
  ],
  // New York: 2026-03-08 02:00 EST → 03:00 EDT, 2026-11-01 02:00 EDT → 01:00 EST.
  [
    'America/New_York',
    '2026-03-08T07:59:00Z',
    4,
    '2026-03-07T09:00:00Z',
    '2026-03-08T08:00:00Z',
    '2026-03-07',
  ],
  [
    'America/New_York',
    '2026-03-08T08:00:00Z',
    4,
    '2026-03-08T08:00:00Z',
    '2026-03-09T08:00:00Z',
    '2026-03-08',
  ],
  [
    'America/New_York',
    '2026-11-01T08:59:00Z',
    4,
    '2026-10-31T08:00:00Z',
    '2026-11-01T09:00:00Z',
    '2026-10-31',
  ],
  [
    'America/New_York',
    '2026-11-01T09:00:00Z',
    4,
    '2026-11-01T09:00:00Z',
    '2026-11-02T09:00:00Z',
    '2026-11-01',
  ],
  // Evening in New York is already the next UTC date.
  [
    'America/New_York',
    '2026-03-11T02:00:00Z',
    4,
    '2026-03-10T08:00:00Z',
    '2026-03-11T08:00:00Z',
    '2026-03-10',
  ],
  // Santiago changes at midnight: 2026-09-06 00:00 → 01:00 (-04 → -03), 2026-04-05 00:00 → 04-04 23:00.
  [
    'America/Santiago',
    '2026-09-06T04:30:00Z',
    0,
    '2026-09-06T04:00:00Z',
    '2026-09-07T03:00:00Z',
    '2026-09-06',
  ],
  [
    'America/Santiago',
    '2026-09-06T03:59:00Z',
    0,
    '2026-09-05T04:00:00Z',
    '2026-09-06T04:00:00Z',
    '2026-09-05',
  ],
  [
    'America/Santiago',
    '2026-04-05T03:30:00Z',
    0,
    '2026-04-04T03:00:00Z',
    '2026-04-05T04:00:00Z',
    '2026-04-04',
  ],
  [
    'America/Santiago',
    '2026-09-06T06:59:00Z',
    4,
    '2026-09-05T08:00:00Z',
    '2026-09-06T07:00:00Z',
    '2026-09-05',
  ],
  // Beirut too: 2026-03-29 00:00 → 01:00 (+02 → +03), 2026-10-25 00:00 → 10-24 23:00.
  [
    'Asia/Beirut',
    '2026-03-28T22:30:00Z',
    0,
    '2026-03-28T22:00:00Z',
    '2026-03-29T21:00:00Z',
    '2026-03-29',
  ],
  [
    'Asia/Beirut',
    '2026-10-24T21:30:00Z',
    0,
    '2026-10-23T21:00:00Z',
    '2026-10-24T22:00:00Z',
    '2026-10-24',
  ],
  // A half-hour offset (India, UTC+5:30, no DST).
  [
    'Asia/Kolkata',
    '2026-03-10T22:29:00Z',
    4,
    '2026-03-09T22:30:00Z',
    '2026-03-10T22:30:00Z',
    '2026-03-10',
  ],
  [
    'Asia/Kolkata',
    '2026-03-10T22:30:00Z',
    4,
    '2026-03-10T22:30:00Z',
    '2026-03-11T22:30:00Z',
    '2026-03-11',
  ],
])('in %s at %s with days starting at %d:00', (zone, now, hour, start, next, key) => {
  const at = new Date(now);

  it(`the day began at ${start}`, () => {
    expect(studyDayStart(at, hour, zone).toISOString()).toBe(new Date(start).toISOString());
  });

  it(`the next begins at ${next}`, () => {
    expect(nextStudyDayStart(at, hour, zone).toISOString()).toBe(new Date(next).toISOString());
  });

  it(`the key is ${key}`, () => {
    expect(studyDayKey(at, hour, zone)).toBe(key);
  });
});

describe('day length across daylight-saving changes at 4 AM', () => {
  it.each([
    ['Europe/Copenhagen', '2026-03-28T12:00:00Z', 23],
    ['Europe/Copenhagen', '2026-10-24T12:00:00Z', 25],
    ['Europe/Copenhagen', '2026-07-01T12:00:00Z', 24],
    ['America/New_York', '2026-03-07T18:00:00Z', 23],
    ['America/New_York', '2026-10-31T18:00:00Z', 25],
    ['America/Santiago', '2026-09-05T18:00:00Z', 23],
    ['America/Santiago', '2026-04-04T18:00:00Z', 25],
    ['Asia/Beirut', '2026-03-28T12:00:00Z', 23],
    ['Asia/Beirut', '2026-10-24T12:00:00Z', 25],
  ])('%s, day of %s: %d hours', (zone, now, hours) => {
    const at = new Date(now);
    const length = nextStudyDayStart(at, 4, zone).getTime() - studyDayStart(at, 4, zone).getTime();
    expect(length).toBe(hours * HOUR);
  });
});

describe('the host zone', () => {
  // The test process runs in one zone; whichever it is, the local-time path must agree with the
  // Intl path for that same zone.
  const hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  it.each([
    ['2026-03-10T02:59:00Z', 4],
    ['2026-03-29T01:59:00Z', 4],
    ['2026-10-25T02:59:00Z', 4],
    ['2026-11-01T08:59:00Z', 4],
    ['2026-06-15T23:30:00Z', 0],
    ['2026-06-15T12:00:00Z', 23],
  ])('%s, hour %d: same as with an explicit zone', (now, hour) => {
    const at = new Date(now);
    expect(studyDayStart(at, hour)).toEqual(studyDayStart(at, hour, hostZone));
    expect(nextStudyDayStart(at, hour)).toEqual(nextStudyDayStart(at, hour, hostZone));
    expect(studyDayKey(at, hour)).toBe(studyDayKey(at, hour, hostZone));
  });
});
