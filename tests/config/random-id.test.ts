import { describe, expect, it } from 'vitest';
import { randomId, randomIds } from '../../src/config/random-id.ts';

describe('randomIds', () => {
  // 4,096 ids of 16 bytes fill one 64 KiB call of crypto.getRandomValues; 10,000 take three.
  it.each([
    { count: 0, bytes: 16 },
    { count: 1, bytes: 4 },
    { count: 4096, bytes: 16 },
    { count: 10_000, bytes: 16 },
  ])('gives $count distinct ids of $bytes bytes in hex', ({ count, bytes }) => {
    const ids = randomIds(count, bytes);
    expect(ids).toHaveLength(count);
    expect(ids.filter((id) => !new RegExp(`^[0-9a-f]{${String(2 * bytes)}}$`).test(id))).toEqual(
      [],
    );
    expect(new Set(ids).size).toBe(count);
  });

  it('gives one id of 16 bytes by default, and as many bytes as asked', () => {
    expect([randomId().length, randomId(8).length]).toEqual([32, 16]);
  });
});
