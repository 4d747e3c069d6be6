import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { EVENT_EXAMPLES } from '@app/domain/events/contract-event.examples';
import {
  createPostgresEventStore,
  type EventToAppend,
  type PostgresEventStore,
  type RecordedEvent,
} from '@app/event-store';
import type { LedgerCloudEvent } from '@app/feed';

const ROOT = join(__dirname, '..', '..', '..');

export function paymentEvent(actor: string): EventToAppend {
  const data = EVENT_EXAMPLES.PaymentRecorded.data;
  return {
    eventId: randomUUID(),
    type: 'PaymentRecorded',
    schemaVersion: 1,
    data,
    occurredAt: data.occurredAt,
    metadata: { actor, correlationId: randomUUID(), causationId: null },
  };
}

/**
 * Writers that hold every append transaction open for a random 0-`maxPauseMs` before COMMIT
 * (the store's beforeCommit test seam): commits land out of transaction-id order, the case where
 * a naive sequence skips an event that commits late.
 */
export function pausingStore(url: string, maxPauseMs: number): PostgresEventStore {
  return createPostgresEventStore({
    url,
    poolSize: 20,
    beforeCommit: async () => {
      await new Promise((r) => setTimeout(r, Math.random() * maxPauseMs));
    },
  });
}

/** `writers` concurrent loops, each appending 1-3 events to one of `streams` shared contracts. */
export async function runWriters(
  store: PostgresEventStore,
  options: { writers: number; streams: number; until: () => boolean },
): Promise<number> {
  let appended = 0;
  const writer = async (w: number) => {
    while (!options.until()) {
      const stream = `contract-w-${Math.floor(Math.random() * options.streams)}`;
      const events = Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () =>
        paymentEvent(`writer-${w}`),
      );
      await store.appendToStream(stream, events, { expectedRevision: 'any' });
      appended += events.length;
    }
  };
  await Promise.all(Array.from({ length: options.writers }, (_, w) => writer(w)));
  return appended;
}

/** What a gap-free feed must show: verdicts, so a failure says which property broke. */
export function feedVerdict(
  items: { sequence: string; id: string; subject: string; streamrevision: number }[],
  stored: RecordedEvent[],
) {
  const sequences = items.map((e) => Number(e.sequence));
  const ids = items.map((e) => e.id);
  const storedIds = new Set(stored.map((e) => e.eventId));
  const seen = new Set(ids);
  const perContract = new Map<string, number[]>();
  for (const e of items)
    perContract.set(e.subject, [...(perContract.get(e.subject) ?? []), e.streamrevision]);
  return {
    count: items.length,
    stored: stored.length,
    duplicated: ids.length - seen.size,
    skipped: [...storedIds].filter((id) => !seen.has(id)).length,
    contiguous: sequences.every((s, i) => s === i + 1),
    inStoreOrder: ids.every((id, i) => stored[i]?.eventId === id),
    perContractOrderIsRevision: [...perContract.values()].every((r) => r.every((v, i) => v === i)),
  };
}

export const PERFECT = (count: number) => ({
  count,
  stored: count,
  duplicated: 0,
  skipped: 0,
  contiguous: true,
  inStoreOrder: true,
  perContractOrderIsRevision: true,
});

/**
 * Tails GET /feed by polling, the way a batch consumer would. `stop(count)` lets it read on until
 * it holds `count` items (or `timeoutMs` passes: the verdict then shows what it never got), so a
 * poller still one page behind the stream tail is not cut off mid-catch-up.
 */
export function pollFeed(
  get: (after: string) => Promise<{ body: LedgerCloudEvent[]; next: string }>,
): { items: LedgerCloudEvent[]; stop: (count: number, timeoutMs?: number) => Promise<void> } {
  const items: LedgerCloudEvent[] = [];
  let stopAt: { count: number; deadline: number } | null = null;
  const done = () =>
    stopAt !== null && (items.length >= stopAt.count || Date.now() > stopAt.deadline);
  const loop = (async () => {
    let after = '0';
    while (!done()) {
      const page = await get(after);
      items.push(...page.body);
      if (page.next === after) await new Promise((r) => setTimeout(r, 20));
      after = page.next;
    }
  })();
  return {
    items,
    stop: async (count, timeoutMs = 30_000) => {
      stopAt = { count, deadline: Date.now() + timeoutMs };
      await loop;
    },
  };
}

/** A sequencer child process (scripts/feed-sequencer.ts) and what it printed. */
export interface SequencerProcess {
  child: ChildProcess;
  leading: Promise<void>;
  isLeading: () => boolean;
  exited: Promise<void>;
}

export function spawnSequencer(databaseUrl: string, batchSize = 20): SequencerProcess {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'scripts/feed-sequencer.ts',
      '--no-migrate',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, FEED_SEQUENCER_BATCH: String(batchSize) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let leading = false;
  let resolveLeading: () => void = () => undefined;
  const leadingPromise = new Promise<void>((r) => (resolveLeading = r));
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    if (chunk.includes('"msg":"leading"')) {
      leading = true;
      resolveLeading();
    }
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return { child, leading: leadingPromise, isLeading: () => leading, exited };
}
