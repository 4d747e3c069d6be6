import { classify, nextDelay, parseRetryAfter, withJitter } from './retry-schedule';

describe('retry schedule', () => {
  const schedule = [0, 5000, 300_000];

  it('gives the scheduled delay with at most 10 % jitter, then null after the last attempt', () => {
    expect(nextDelay(schedule, 1, undefined, 3_600_000, () => 0)).toBe(4500);
    expect(nextDelay(schedule, 1, undefined, 3_600_000, () => 1)).toBe(5500);
    expect(nextDelay(schedule, 3, undefined, 3_600_000)).toBeNull();
  });

  it('honours Retry-After up to the cap', () => {
    expect(nextDelay(schedule, 1, parseRetryAfter('120'), 60_000)).toBe(60_000);
    expect(nextDelay(schedule, 1, parseRetryAfter('2'), 60_000)).toBe(2000);
  });

  it('reads Retry-After as an HTTP date too', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('classifies as the specification says', () => {
    expect([200, 204, 410, 429, 502, 504, 500, 400, undefined].map(classify)).toEqual([
      'delivered',
      'delivered',
      'gone',
      'throttled',
      'throttled',
      'throttled',
      'failed',
      'failed',
      'failed',
    ]);
    expect(withJitter(0, Math.random)).toBe(0);
  });
});
