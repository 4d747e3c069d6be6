import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { EVENT_EXAMPLES } from '@app/domain/events/contract-event.examples';
import type { EventToAppend } from '@app/event-store';

/** Nearest-rank percentile of ascending `sorted` (p in 0 … 100); NaN when there is no sample. */
export const percentile = (sorted: number[], p: number): number =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : NaN;

/** Sample count, p50, p99 and max of latencies in ms (nearest rank), to 0.1 ms. */
export function latencyStats(ms: readonly number[]): {
  n: number;
  p50: number;
  p99: number;
  max: number;
} {
  const sorted = [...ms].sort((a, b) => a - b);
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return {
    n: sorted.length,
    p50: r1(percentile(sorted, 50)),
    p99: r1(percentile(sorted, 99)),
    max: r1(percentile(sorted, 100)),
  };
}

/** The load average (1, 5, 15 min), to two decimals: the machine is shared. */
export const loadAverage = (): number[] => loadavg().map((l) => Math.round(l * 100) / 100);

/** A PaymentRecorded as the benches append it: the published example, fresh ids. */
export function benchPayment(): EventToAppend {
  const data = EVENT_EXAMPLES.PaymentRecorded.data;
  return {
    eventId: randomUUID(),
    type: 'PaymentRecorded',
    schemaVersion: 1,
    data,
    occurredAt: data.occurredAt,
    metadata: { actor: 'bench', correlationId: randomUUID(), causationId: null },
  };
}
