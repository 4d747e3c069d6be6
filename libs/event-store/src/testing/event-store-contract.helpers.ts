import { randomUUID } from 'node:crypto';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  GlobalPosition,
  RecordedEvent,
  SubscribeOptions,
} from '../event-store.port';

/** What `describeEventStoreContract` hands each group of contract tests. */
export interface ContractContext {
  /** The adapter under test; only set once the fixture is up, so read it inside tests. */
  readonly store: EventStore;
  /** A fresh stream id for this run (random suffix, fixture prefix). */
  streamId(name: string): string;
  /** Appends one generated event per type. */
  appendTypes(
    id: string,
    types: string[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult>;
}

export function makeEvent(
  type: string,
  data: unknown = { value: randomUUID() },
  overrides: Partial<Pick<EventToAppend, 'occurredAt' | 'schemaVersion'>> & {
    causationId?: string | null;
  } = {},
): EventToAppend {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: overrides.schemaVersion ?? 1,
    data,
    occurredAt: overrides.occurredAt ?? '2025-02-14T09:30:00.000Z',
    metadata: {
      actor: 'user:contract-suite',
      correlationId: randomUUID(),
      causationId: overrides.causationId === undefined ? randomUUID() : overrides.causationId,
    },
  };
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Reads the global order from `after` to the current end, `limit` events per page. */
export async function readAllPaged(
  store: EventStore,
  after: GlobalPosition | undefined,
  limit: number,
): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  let cursor = after;
  for (;;) {
    const page = await store.readAll({ after: cursor, limit });
    out.push(...page);
    if (page.length < limit) return out;
    cursor = page[page.length - 1].position;
  }
}

/** Subscribes until `count` events arrived (or a generous deadline passed), then aborts. */
export async function collect(
  store: EventStore,
  options: Omit<SubscribeOptions, 'signal'>,
  count: number,
  deadlineMs = 30_000,
): Promise<RecordedEvent[]> {
  const controller = new AbortController();
  const guard = setTimeout(() => controller.abort(), deadlineMs);
  const received: RecordedEvent[] = [];
  try {
    for await (const batch of store.subscribe({ ...options, signal: controller.signal })) {
      received.push(...batch);
      if (received.length >= count) break;
    }
  } finally {
    clearTimeout(guard);
    controller.abort();
  }
  return received;
}

/** Polls `probe` until it returns a value; a bounded wait for eventually-visible reads. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  deadlineMs = 20_000,
): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not met before the deadline');
    await new Promise((r) => setTimeout(r, 25));
  }
}
