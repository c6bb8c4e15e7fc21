// @vitest-environment node
/*
 * The default (host-zone) path of study-day.ts uses local-time Date methods, which the other test
 * file can only exercise in whatever zone the test process has. Node re-reads `process.env.TZ`
 * when it is assigned, so this file switches the process to Copenhagen for its own tests and
 * checks the host path against the Intl path across both daylight-saving changes. Where the
 * runtime ignores the assignment the tests are skipped (and say so) rather than pass vacuously.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  nextStudyDayStart,
  studyDayKey,
  studyDayStart,
} from '../../../src/domain/study/study-day.ts';

const ZONE = 'Europe/Copenhagen';
const originalZone = process.env.TZ;
process.env.TZ = ZONE;
// Copenhagen is UTC+1 in January and UTC+2 in July.
const zoneApplied =
  new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset() === -60 &&
  new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset() === -120;

afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe.skipIf(!zoneApplied)(`host zone set to ${ZONE} through process.env.TZ`, () => {
  it.each<[string, number, string, string]>([
    ['2026-03-29T01:59:00Z', 4, '2026-03-28T03:00:00Z', '2026-03-29T02:00:00Z'],
    ['2026-03-29T02:00:00Z', 4, '2026-03-29T02:00:00Z', '2026-03-30T02:00:00Z'],
    ['2026-10-25T01:30:00Z', 4, '2026-10-24T02:00:00Z', '2026-10-25T03:00:00Z'],
    ['2026-10-25T03:00:00Z', 4, '2026-10-25T03:00:00Z', '2026-10-26T03:00:00Z'],
    ['2026-03-29T01:30:00Z', 2, '2026-03-29T01:00:00Z', '2026-03-30T00:00:00Z'],
    ['2026-10-25T01:30:00Z', 2, '2026-10-25T00:00:00Z', '2026-10-26T01:00:00Z'],
  ])('%s with days starting at %d:00 began at %s, next at %s', (now, hour, start, next) => {
    const at = new Date(now);
    expect(studyDayStart(at, hour).toISOString()).toBe(new Date(start).toISOString());
    expect(nextStudyDayStart(at, hour).toISOString()).toBe(new Date(next).toISOString());
    expect(studyDayKey(at, hour)).toBe(studyDayKey(at, hour, ZONE));
  });

  it('agrees with the Intl path every half hour through both change weekends', () => {
    for (const weekend of ['2026-03-27T00:00:00Z', '2026-10-23T00:00:00Z']) {
      const from = new Date(weekend).getTime();
      for (let t = from; t < from + 4 * 86_400_000; t += 30 * 60_000) {
        const at = new Date(t);
        for (const hour of [0, 2, 3, 4, 23]) {
          expect(studyDayStart(at, hour)).toEqual(studyDayStart(at, hour, ZONE));
          expect(nextStudyDayStart(at, hour)).toEqual(nextStudyDayStart(at, hour, ZONE));
        }
      }
    }
  });
});
