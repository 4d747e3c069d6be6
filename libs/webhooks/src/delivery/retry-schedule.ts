/**
 * Retries follow the Standard Webhooks schedule (WEBHOOK_RETRY_SCHEDULE, default
 * 0, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h): `schedule[n]` is the delay before
 * attempt n + 1, the first immediate; after the last attempt the message is dead-lettered.
 */

/** ±`fraction` of random jitter, so that retries of many messages do not arrive together. */
export function withJitter(delayMs: number, random: () => number, fraction = 0.1): number {
  return Math.max(0, Math.round(delayMs * (1 + fraction * (2 * random() - 1))));
}

/**
 * Delay before attempt `attemptsMade + 1`, or null when the schedule is exhausted (dead
 * letter). A `Retry-After` from the receiver replaces the scheduled delay, up to `maxRetryAfterMs`.
 */
export function nextDelay(
  schedule: readonly number[],
  attemptsMade: number,
  retryAfterMs: number | undefined,
  maxRetryAfterMs: number,
  random: () => number = Math.random,
): number | null {
  if (attemptsMade >= schedule.length) return null;
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, maxRetryAfterMs);
  return withJitter(schedule[attemptsMade], random);
}

/** `Retry-After` as delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export type AttemptOutcome = 'delivered' | 'failed' | 'throttled' | 'gone';

/**
 * Standard Webhooks: any 2xx is a success; 410 Gone means "stop sending" (the endpoint is
 * disabled); 429, 502 and 504 are throttling (the endpoint is alive but overloaded);
 * everything else, a timeout or a connection error is a failure.
 */
export function classify(statusCode: number | undefined): AttemptOutcome {
  if (statusCode === undefined) return 'failed';
  if (statusCode >= 200 && statusCode < 300) return 'delivered';
  if (statusCode === 410) return 'gone';
  if (statusCode === 429 || statusCode === 502 || statusCode === 504) return 'throttled';
  return 'failed';
}
