import { randomUUID } from 'node:crypto';
import {
  EventIdConflictError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../event-store.errors';
import type {
  EventStore,
  EventToAppend,
  ExpectedRevision,
  GlobalPosition,
  RecordedEvent,
  SubscribeOptions,
} from '../event-store.port';
import { GENESIS_HASH, computeEventHash } from '../hash-chain';

export interface EventStoreContractFixture {
  store: EventStore;
  /** Prepended to every stream id the suite creates (e.g. to stay inside a test namespace). */
  streamPrefix?: string;
  teardown(): Promise<void>;
}

/**
 * The behaviour every EventStore adapter must show. It talks to the port only and never assumes
 * an empty store: stream ids carry a random suffix and global reads start at the head observed
 * before the test wrote anything, so it can run against a shared server. Reads of the global order
 * poll until the expected events are visible, because "visible to subscribers" may trail a commit
 * (PostgreSQL waits for older concurrent transactions); the polls are bounded waits, not timings.
 */
export function describeEventStoreContract(
  adapterName: string,
  factory: () => Promise<EventStoreContractFixture>,
): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let fixture: EventStoreContractFixture;
    let store: EventStore;
    const run = randomUUID().slice(0, 8);
    const streamId = (name: string): string =>
      `${fixture.streamPrefix ?? ''}contract-${run}-${name}-${randomUUID().slice(0, 8)}`;

    beforeAll(async () => {
      fixture = await factory();
      store = fixture.store;
    });

    afterAll(async () => {
      await fixture?.teardown();
    });

    describe('append and readStream', () => {
      it('stores every field and reads the stream back in revision order', async () => {
        const id = streamId('roundtrip');
        const events = [
          makeEvent('ContractDrafted', {
            title: 'Road maintenance — lot 7 « été »',
            nested: { b: [1, 2.5, -3, { z: null, a: true }], a: 'x' },
            empty: {},
            list: [],
          }),
          makeEvent(
            'ContractSigned',
            { signedBy: ['alice', 'bob'] },
            { occurredAt: '2025-03-01', causationId: null },
          ),
          makeEvent('ContractAmended', 'a bare string is valid JSON data', { schemaVersion: 3 }),
        ];
        const result = await store.appendToStream(id, events, { expectedRevision: 'no_stream' });
        expect(result.nextRevision).toBe(2);
        expect(result.idempotent).toBe(false);
        expect(typeof result.position).toBe('bigint');

        const read = await store.readStream(id);
        expect(read).toHaveLength(3);
        read.forEach((recorded, i) => {
          expect(recorded.streamId).toBe(id);
          expect(recorded.revision).toBe(i);
          expect(recorded.eventId).toBe(events[i].eventId);
          expect(recorded.type).toBe(events[i].type);
          expect(recorded.schemaVersion).toBe(events[i].schemaVersion);
          expect(recorded.data).toEqual(events[i].data);
          expect(recorded.occurredAt).toBe(events[i].occurredAt);
          expect(recorded.metadata).toEqual(events[i].metadata);
          expect(typeof recorded.position).toBe('bigint');
          expect(recorded.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
          expect(recorded.hash).toMatch(/^[0-9a-f]{64}$/);
        });
        expect(read[0].position < read[1].position && read[1].position < read[2].position).toBe(
          true,
        );
        expect(read[2].position).toBe(result.position);
      });

      it('chains each hash over the previous one with the shared definition', async () => {
        const id = streamId('hash');
        await store.appendToStream(id, [makeEvent('A'), makeEvent('B')], {
          expectedRevision: 'no_stream',
        });
        await store.appendToStream(id, [makeEvent('C')], { expectedRevision: 1 });
        const read = await store.readStream(id);
        let previous = GENESIS_HASH;
        for (const event of read) {
          expect(event.hash).toBe(computeEventHash(previous, event));
          previous = event.hash;
        }
      });

      it('reads forwards and backwards from a revision with maxCount', async () => {
        const id = streamId('paging');
        await appendTypes(id, ['E0', 'E1', 'E2', 'E3', 'E4'], 'no_stream');

        const types = (events: RecordedEvent[]) => events.map((e) => e.type);
        expect(types(await store.readStream(id, { fromRevision: 1, maxCount: 2 }))).toEqual([
          'E1',
          'E2',
        ]);
        expect(types(await store.readStream(id, { fromRevision: 3 }))).toEqual(['E3', 'E4']);
        expect(types(await store.readStream(id, { direction: 'backwards' }))).toEqual([
          'E4',
          'E3',
          'E2',
          'E1',
          'E0',
        ]);
        expect(types(await store.readStream(id, { direction: 'backwards', maxCount: 2 }))).toEqual([
          'E4',
          'E3',
        ]);
        expect(
          types(
            await store.readStream(id, { direction: 'backwards', fromRevision: 2, maxCount: 2 }),
          ),
        ).toEqual(['E2', 'E1']);
        expect(await store.readStream(id, { fromRevision: 5 })).toEqual([]);
      });

      it('throws StreamNotFoundError for a stream that does not exist', async () => {
        const id = streamId('missing');
        await expect(store.readStream(id)).rejects.toBeInstanceOf(StreamNotFoundError);
        await expect(store.readStream(id)).rejects.toMatchObject({ streamId: id });
      });
    });

    describe('expected revision', () => {
      it('no_stream: creates a stream, refuses an existing one with its actual revision', async () => {
        const id = streamId('no-stream');
        await appendTypes(id, ['A', 'B'], 'no_stream');
        const error = await appendTypes(id, ['C'], 'no_stream').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ streamId: id, actualRevision: 1 });
      });

      it('stream_exists: refuses a missing stream with actual revision -1, appends to an existing one', async () => {
        const id = streamId('exists');
        const error = await appendTypes(id, ['A'], 'stream_exists').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ streamId: id, actualRevision: -1 });
        await expect(store.readStream(id)).rejects.toBeInstanceOf(StreamNotFoundError);

        await appendTypes(id, ['A'], 'no_stream');
        await expect(appendTypes(id, ['B'], 'stream_exists')).resolves.toMatchObject({
          nextRevision: 1,
        });
      });

      it('exact revision: appends when it matches, refuses a stale or missing one with the actual revision', async () => {
        const id = streamId('exact');
        const missing = await appendTypes(id, ['A'], 0).catch((e: unknown) => e);
        expect(missing).toBeInstanceOf(WrongExpectedRevisionError);
        expect(missing).toMatchObject({ actualRevision: -1 });

        await appendTypes(id, ['A'], 'no_stream');
        await expect(appendTypes(id, ['B', 'C'], 0)).resolves.toMatchObject({ nextRevision: 2 });
        const stale = await appendTypes(id, ['D'], 0).catch((e: unknown) => e);
        expect(stale).toBeInstanceOf(WrongExpectedRevisionError);
        expect(stale).toMatchObject({ streamId: id, actualRevision: 2 });
        const ahead = await appendTypes(id, ['D'], 7).catch((e: unknown) => e);
        expect(ahead).toMatchObject({ actualRevision: 2 });
        await expect(appendTypes(id, ['D'], 2)).resolves.toMatchObject({ nextRevision: 3 });
        expect((await store.readStream(id)).map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
      });

      it('any: appends to a new and to an existing stream', async () => {
        const id = streamId('any');
        await expect(appendTypes(id, ['A'], 'any')).resolves.toMatchObject({ nextRevision: 0 });
        await expect(appendTypes(id, ['B', 'C'], 'any')).resolves.toMatchObject({
          nextRevision: 2,
        });
      });

      it('a refused append writes nothing', async () => {
        const id = streamId('refused');
        await appendTypes(id, ['A'], 'no_stream');
        await expect(appendTypes(id, ['B'], 5)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect((await store.readStream(id)).map((e) => e.type)).toEqual(['A']);
      });
    });

    describe('idempotency', () => {
      it('re-appending the same events returns the original result and writes nothing', async () => {
        const id = streamId('idem');
        await appendTypes(id, ['A'], 'no_stream');
        const batch = [makeEvent('B'), makeEvent('C')];
        const first = await store.appendToStream(id, batch, { expectedRevision: 0 });
        expect(first.idempotent).toBe(false);

        const retry = await store.appendToStream(id, batch.map(clone), { expectedRevision: 0 });
        expect(retry).toEqual({
          nextRevision: first.nextRevision,
          position: first.position,
          idempotent: true,
        });
        const retryAny = await store.appendToStream(id, batch.map(clone), {
          expectedRevision: 'any',
        });
        expect(retryAny).toEqual({ nextRevision: 2, position: first.position, idempotent: true });

        await appendTypes(id, ['D'], 2);
        const late = await store.appendToStream(id, batch.map(clone), { expectedRevision: 0 });
        expect(late).toEqual({ nextRevision: 2, position: first.position, idempotent: true });

        expect((await store.readStream(id)).map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
      });

      it('a known event id with different content is an EventIdConflictError', async () => {
        const id = streamId('idconflict');
        const original = makeEvent('A', { amount: 1 });
        await store.appendToStream(id, [original], { expectedRevision: 'no_stream' });
        const changed = { ...original, data: { amount: 2 } };
        const error = await store
          .appendToStream(id, [changed], { expectedRevision: 'any' })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(EventIdConflictError);
        expect(error).toMatchObject({ eventId: original.eventId });
        expect(await store.readStream(id)).toHaveLength(1);
      });
    });

    describe('global order', () => {
      it('readAll pages strictly after a position, in commit order, and headPosition follows', async () => {
        const start = await store.headPosition();
        const a = streamId('all-a');
        const b = streamId('all-b');
        const written: string[] = [];
        let last: GlobalPosition = 0n;
        for (let i = 0; i < 3; i++) {
          for (const [stream, type] of [
            [a, `A${i}`],
            [b, `B${i}`],
          ] as const) {
            const event = makeEvent(type);
            const r = await store.appendToStream(stream, [event], { expectedRevision: 'any' });
            written.push(event.eventId);
            last = r.position;
          }
        }

        const ours = (events: RecordedEvent[]) =>
          events.filter((e) => e.streamId === a || e.streamId === b);
        const seen = await eventually(async () => {
          const events = await readAllPaged(store, start ?? undefined, 2);
          return ours(events).length >= written.length ? events : undefined;
        });
        const positions = seen.map((e) => e.position);
        positions.forEach((p, i) => i > 0 && expect(p > positions[i - 1]).toBe(true));
        if (start !== null) expect(positions.every((p) => p > start)).toBe(true);
        expect(ours(seen).map((e) => e.eventId)).toEqual(written);

        const head = await eventually(async () => {
          const h = await store.headPosition();
          return h !== null && h >= last ? h : undefined;
        });
        expect(head >= last).toBe(true);

        const third = ours(seen)[2];
        const after = await store.readAll({ after: third.position, limit: 3 });
        expect(after.every((e) => e.position > third.position)).toBe(true);
        expect(after[0].eventId).toBe(seen[seen.indexOf(third) + 1].eventId);
      });
    });

    describe('subscribe', () => {
      it('catches up, then delivers live events, in order and in batches of at most batchSize', async () => {
        const start = await store.headPosition();
        const prefix = streamId('sub');
        const s1 = `${prefix}-one`;
        const s2 = `${prefix}-two`;
        await appendTypes(s1, ['C0', 'C1', 'C2'], 'no_stream');
        await appendTypes(s2, ['C3'], 'no_stream');

        const controller = new AbortController();
        const batches: RecordedEvent[][] = [];
        const received: RecordedEvent[] = [];
        let liveWritten = false;
        const consumer = (async () => {
          for await (const batch of store.subscribe({
            after: start ?? undefined,
            batchSize: 2,
            filter: { streamPrefixes: [prefix] },
            signal: controller.signal,
          })) {
            batches.push(batch);
            received.push(...batch);
            if (received.length >= 4 && !liveWritten) {
              liveWritten = true;
              await appendTypes(s1, ['L0'], 2);
              await appendTypes(s2, ['L1', 'L2'], 0);
            }
            if (received.length >= 7) controller.abort();
          }
        })();
        const guard = setTimeout(() => controller.abort(), 30_000);
        await consumer;
        clearTimeout(guard);

        expect(received.map((e) => e.type)).toEqual(['C0', 'C1', 'C2', 'C3', 'L0', 'L1', 'L2']);
        expect(batches.every((batch) => batch.length >= 1 && batch.length <= 2)).toBe(true);
        received.forEach(
          (e, i) => i > 0 && expect(e.position > received[i - 1].position).toBe(true),
        );
      });

      it('filters by stream prefix and event type', async () => {
        const start = await store.headPosition();
        const prefix = streamId('filter');
        await appendTypes(`${prefix}-x`, ['Wanted', 'Other', 'Wanted'], 'no_stream');
        await appendTypes(`${prefix}-y`, ['Other', 'Wanted'], 'no_stream');
        await appendTypes(`${streamId('elsewhere')}`, ['Wanted'], 'no_stream');

        const got = await collect(
          store,
          {
            after: start ?? undefined,
            filter: { streamPrefixes: [`${prefix}-x`, `${prefix}-y`], eventTypes: ['Wanted'] },
          },
          3,
        );
        expect(got.map((e) => [e.streamId, e.revision])).toEqual([
          [`${prefix}-x`, 0],
          [`${prefix}-x`, 2],
          [`${prefix}-y`, 1],
        ]);
      });

      it('resumes strictly after a given position', async () => {
        const start = await store.headPosition();
        const prefix = streamId('resume');
        await appendTypes(`${prefix}-s`, ['R0', 'R1', 'R2', 'R3', 'R4'], 'no_stream');
        const all = await collect(
          store,
          { after: start ?? undefined, filter: { streamPrefixes: [prefix] } },
          5,
        );
        const resumed = await collect(
          store,
          { after: all[1].position, filter: { streamPrefixes: [prefix] }, batchSize: 2 },
          3,
        );
        expect(resumed.map((e) => e.type)).toEqual(['R2', 'R3', 'R4']);
      });

      it('ends the iteration when the signal aborts while waiting for live events', async () => {
        const controller = new AbortController();
        const head = await store.headPosition();
        const prefix = streamId('idle');
        const iteration = (async () => {
          let batches = 0;
          for await (const batch of store.subscribe({
            after: head ?? undefined,
            filter: { streamPrefixes: [prefix] },
            signal: controller.signal,
          })) {
            batches += batch.length;
          }
          return batches;
        })();
        setTimeout(() => controller.abort(), 300);
        await expect(iteration).resolves.toBe(0);
      });
    });

    describe('verifyStream', () => {
      it('reports an untouched stream as intact', async () => {
        const id = streamId('verify');
        await appendTypes(id, ['A', 'B'], 'no_stream');
        await appendTypes(id, ['C'], 1);
        await expect(store.verifyStream(id)).resolves.toEqual({
          streamId: id,
          ok: true,
          eventsChecked: 3,
        });
      });

      it('throws StreamNotFoundError for a stream that does not exist', async () => {
        await expect(store.verifyStream(streamId('nothing'))).rejects.toBeInstanceOf(
          StreamNotFoundError,
        );
      });
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    function appendTypes(id: string, types: string[], expectedRevision: ExpectedRevision) {
      return store.appendToStream(
        id,
        types.map((t) => makeEvent(t)),
        { expectedRevision },
      );
    }
  });
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

function clone<T>(value: T): T {
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
