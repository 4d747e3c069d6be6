import { randomUUID } from 'node:crypto';
import { runMigrations } from '@app/database/migrations';
import { Decider, DomainError } from '@app/domain/shared/decider';
import {
  EventIdConflictError,
  WrongExpectedRevisionError,
} from '@app/event-store/event-store.errors';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '@app/event-store/event-store.port';
import { eventStoreMigrations } from '@app/event-store/postgres/migrations';
import { createPostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { InMemoryEventStore } from '../../../../test/support/in-memory-event-store';
import { createTestDatabase } from '../../../../test/support/test-database';
import { CommandExecutor } from './command-executor';
import { ExecuteCommandRequest } from './command-execution.types';
import { eventIdFor } from './command-id';

// A tiny counter domain: enough to exercise fold, multi-event decisions, resends and refusals.
type CounterCommand =
  | { type: 'Add'; by: number; at: string }
  | { type: 'AddTwice'; by: number; at: string }
  | { type: 'SetTo'; value: number; at: string };
type CounterEvent =
  | { type: 'Added'; data: { by: number; occurredAt: string } }
  | { type: 'Set'; data: { value: number; occurredAt: string } };
interface CounterState {
  value: number;
}

const counter: Decider<CounterCommand, CounterEvent, CounterState> = {
  initialState: () => ({ value: 0 }),
  evolve: (s, e) => (e.type === 'Added' ? { value: s.value + e.data.by } : { value: e.data.value }),
  decide: (c, s) => {
    switch (c.type) {
      case 'Add':
        if (c.by <= 0) throw new DomainError('INVALID_INCREMENT', 'Add a positive number', 'by');
        return [{ type: 'Added', data: { by: c.by, occurredAt: c.at } }];
      case 'AddTwice':
        return [1, 2].map(() => ({ type: 'Added' as const, data: { by: c.by, occurredAt: c.at } }));
      case 'SetTo':
        // Already in the requested state: a resend, nothing to record.
        return s.value === c.value
          ? []
          : [{ type: 'Set', data: { value: c.value, occurredAt: c.at } }];
    }
  },
};

/** Delegates to a real store; `beforeAppend` runs before each append (to stage races). */
class StagedStore extends EventStore {
  beforeAppend?: (streamId: string, events: EventToAppend[]) => Promise<void>;
  appends = 0;
  reads = 0;
  /** Swappable: a test can put a restored copy of the database behind the executor. */
  constructor(public inner: EventStore) {
    super();
  }
  async appendToStream(
    streamId: string,
    events: EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.appends++;
    await this.beforeAppend?.(streamId, events);
    return this.inner.appendToStream(streamId, events, options);
  }
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.reads++;
    return this.inner.readStream(streamId, options);
  }
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }
  headPosition() {
    return this.inner.headPosition();
  }
  subscribe(options?: SubscribeOptions) {
    return this.inner.subscribe(options);
  }
  verifyStream(streamId: string) {
    return this.inner.verifyStream(streamId);
  }
  ping() {
    return this.inner.ping();
  }
  close() {
    return this.inner.close();
  }
}

interface Fixture {
  store: EventStore;
  teardown(): Promise<void>;
}

const adapters: [string, () => Promise<Fixture>][] = [
  ['in-memory', async () => ({ store: new InMemoryEventStore(), teardown: async () => undefined })],
  [
    'postgres',
    async () => {
      const db = await createTestDatabase('executor');
      await runMigrations(db.url, eventStoreMigrations);
      const store = createPostgresEventStore({ url: db.url });
      return {
        store,
        teardown: async () => {
          await store.close();
          await db.drop();
        },
      };
    },
  ],
];

describe.each(adapters)('CommandExecutor on the %s event store', (_name, makeFixture) => {
  let fixture: Fixture;
  let store: StagedStore;
  let executor: CommandExecutor;
  const at = '2025-03-01';

  beforeAll(async () => {
    fixture = await makeFixture();
  });
  afterAll(async () => {
    await fixture?.teardown();
  });
  beforeEach(() => {
    store = new StagedStore(fixture.store);
    executor = new CommandExecutor(store);
  });

  const newStream = () => `counter-${randomUUID()}`;
  const run = (
    streamId: string,
    command: CounterCommand,
    extra: Partial<ExecuteCommandRequest<CounterCommand, CounterEvent, CounterState>> = {},
  ) =>
    executor.execute({
      streamId,
      decider: counter,
      command,
      commandId: randomUUID(),
      actor: 'ops-desk',
      correlationId: 'corr-1',
      ...extra,
    });
  const types = async (streamId: string) =>
    (await fixture.store.readStream(streamId)).map((e) => e.type);

  it('creates the stream, with deterministic event ids and the request metadata', async () => {
    const streamId = newStream();
    const commandId = randomUUID();
    const result = await run(streamId, { type: 'AddTwice', by: 2, at }, { commandId });
    expect(result).toMatchObject({
      streamId,
      revision: 1,
      eventIds: [eventIdFor(commandId, 0), eventIdFor(commandId, 1)],
      idempotent: false,
    });
    expect(result.position).toMatch(/^\d+$/);
    const stored = await fixture.store.readStream(streamId);
    expect(stored.map((e) => e.eventId)).toEqual(result.eventIds);
    expect(String(stored[1].position)).toBe(result.position);
    expect(stored[0]).toMatchObject({
      type: 'Added',
      schemaVersion: 1,
      occurredAt: at,
      data: { by: 2, occurredAt: at },
      metadata: { actor: 'ops-desk', correlationId: 'corr-1', causationId: commandId },
    });
  });

  it('folds the history before deciding, and an empty decision writes nothing', async () => {
    const streamId = newStream();
    await run(streamId, { type: 'Add', by: 3, at });
    const before = store.appends;
    const resend = await run(streamId, { type: 'SetTo', value: 3, at });
    expect(resend).toMatchObject({ revision: 0, eventIds: [], events: [], idempotent: true });
    expect(resend.position).toMatch(/^\d+$/);
    expect(store.appends).toBe(before);
    const changed = await run(streamId, { type: 'SetTo', value: 4, at });
    expect(changed).toMatchObject({ revision: 1, idempotent: false });
  });

  it('a retried command (same command id) writes nothing and answers with the original ids', async () => {
    const streamId = newStream();
    const commandId = randomUUID();
    const first = await run(streamId, { type: 'AddTwice', by: 1, at }, { commandId });
    await run(streamId, { type: 'Add', by: 5, at });
    const retry = await run(
      streamId,
      { type: 'AddTwice', by: 1, at },
      { commandId, correlationId: 'corr-retry' },
    );
    expect(retry).toMatchObject({
      revision: first.revision,
      position: first.position,
      eventIds: first.eventIds,
      idempotent: true,
    });
    expect(retry.events).toEqual(first.events);
    expect(await types(streamId)).toEqual(['Added', 'Added', 'Added']);
  });

  it('propagates domain refusals and writes nothing', async () => {
    const streamId = newStream();
    await expect(run(streamId, { type: 'Add', by: 0, at })).rejects.toMatchObject({
      code: 'INVALID_INCREMENT',
    });
    expect(store.appends).toBe(0);
  });

  describe('the cached fold of a stream', () => {
    it('still sees what another process appended since this one last decided', async () => {
      const streamId = newStream();
      await run(streamId, { type: 'Add', by: 1, at }); // this process caches value 1
      const otherProcess = new CommandExecutor(fixture.store);
      await otherProcess.execute({
        streamId,
        decider: counter,
        command: { type: 'Add', by: 10, at },
        commandId: randomUUID(),
        actor: 'other-desk',
        correlationId: 'corr-2',
      });
      // SetTo 11 is a resend only if the fold includes the other process's event.
      const result = await run(streamId, { type: 'SetTo', value: 11, at });
      expect(result).toMatchObject({ revision: 1, eventIds: [], idempotent: true });
      expect(await types(streamId)).toEqual(['Added', 'Added']);
    });

    it('a command on a cached stream is one round trip: the guarded append, no read', async () => {
      const streamId = newStream();
      await run(streamId, { type: 'Add', by: 1, at });
      const [reads, appends] = [store.reads, store.appends];
      await run(streamId, { type: 'Add', by: 2, at });
      expect([store.reads - reads, store.appends - appends]).toEqual([0, 1]);
    });

    it('a decider built per command (same evolve, as the contract handler does) still hits the cache', async () => {
      const streamId = newStream();
      const fresh = () => ({ ...counter });
      await run(streamId, { type: 'Add', by: 1, at }, { decider: fresh() });
      const [reads, appends] = [store.reads, store.appends];
      await run(streamId, { type: 'Add', by: 2, at }, { decider: fresh() });
      expect([store.reads - reads, store.appends - appends]).toEqual([0, 1]);
    });

    it('a decider with another evolve folds the stream for itself', async () => {
      const streamId = newStream();
      await run(streamId, { type: 'Add', by: 1, at });
      const reads = store.reads;
      const other = {
        ...counter,
        evolve: (s: CounterState, e: CounterEvent) => counter.evolve(s, e),
      };
      await run(streamId, { type: 'Add', by: 2, at }, { decider: other });
      expect(store.reads - reads).toBe(1);
    });

    it('"nothing to write" on the cached fold is checked against the store first', async () => {
      const streamId = newStream();
      await run(streamId, { type: 'SetTo', value: 5, at }); // this process caches value 5
      await new CommandExecutor(fixture.store).execute({
        streamId,
        decider: counter,
        command: { type: 'SetTo', value: 7, at },
        commandId: randomUUID(),
        actor: 'other-desk',
        correlationId: 'corr-2',
      });
      // On the cached fold SetTo 5 is a resend; on the stream as it is, it changes 7 back to 5.
      const result = await run(streamId, { type: 'SetTo', value: 5, at });
      expect(result).toMatchObject({ revision: 2, idempotent: false });
      expect(await types(streamId)).toEqual(['Set', 'Set', 'Set']);
    });

    it('recognises a retried command after later commands were cached', async () => {
      const streamId = newStream();
      const commandId = randomUUID();
      const first = await run(streamId, { type: 'Add', by: 1, at }, { commandId });
      await run(streamId, { type: 'Add', by: 2, at });
      const retry = await run(streamId, { type: 'Add', by: 1, at }, { commandId });
      expect(retry).toMatchObject({ revision: 0, eventIds: first.eventIds, idempotent: true });
      expect(await types(streamId)).toEqual(['Added', 'Added']);
    });
  });

  it('a stream whose newest events disappeared (a restore) is re-read after the conflict', async () => {
    const streamId = newStream();
    await run(streamId, { type: 'Add', by: 1, at });
    await run(streamId, { type: 'Add', by: 2, at }); // this process caches revision 1
    const restored = new InMemoryEventStore();
    const [first] = await fixture.store.readStream(streamId);
    await restored.appendToStream(streamId, [first], { expectedRevision: 'no_stream' });
    store.inner = restored; // the database now ends at revision 0
    const result = await run(streamId, { type: 'SetTo', value: 5, at });
    expect(result).toMatchObject({ revision: 1, idempotent: false });
    expect((await restored.readStream(streamId)).map((e) => e.type)).toEqual(['Added', 'Set']);
  });

  it('refuses a fact dated after today in China: it cannot have happened yet', async () => {
    const streamId = newStream();
    executor.today = () => '2026-12-01';
    await expect(run(streamId, { type: 'Add', by: 1, at: '2026-12-01' })).resolves.toMatchObject({
      revision: 0,
    });
    const error = await run(streamId, { type: 'Add', by: 1, at: '2099-12-31' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'OCCURRED_IN_FUTURE', field: 'occurredAt' });
    expect(await types(streamId)).toEqual(['Added']);
  });

  describe('If-Match (expectedRevision)', () => {
    it('appends when it matches the current revision', async () => {
      const streamId = newStream();
      await run(streamId, { type: 'Add', by: 1, at });
      await expect(
        run(streamId, { type: 'Add', by: 1, at }, { expectedRevision: 0 }),
      ).resolves.toMatchObject({ revision: 1 });
    });

    it('a stale revision is a WrongExpectedRevisionError with the current revision, without deciding', async () => {
      const streamId = newStream();
      await run(streamId, { type: 'Add', by: 1, at });
      await run(streamId, { type: 'Add', by: 1, at });
      const decide = jest.spyOn(counter, 'decide');
      const error = await run(streamId, { type: 'Add', by: 0, at }, { expectedRevision: 0 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ actualRevision: 1 });
      expect(decide).not.toHaveBeenCalled();
      decide.mockRestore();
    });

    it('a write between load and append is not retried: the client asked for that revision', async () => {
      const streamId = newStream();
      await run(streamId, { type: 'Add', by: 1, at });
      store.beforeAppend = () => interfere(streamId);
      await expect(
        run(streamId, { type: 'Add', by: 1, at }, { expectedRevision: 0 }),
      ).rejects.toMatchObject({
        actualRevision: 1,
      });
      expect(store.appends).toBe(2); // the seed write and the one refused attempt
    });

    it('on a missing stream it reports actual revision -1', async () => {
      await expect(
        run(newStream(), { type: 'Add', by: 1, at }, { expectedRevision: 0 }),
      ).rejects.toMatchObject({
        actualRevision: -1,
      });
    });
  });

  describe('without If-Match', () => {
    it('re-decides on fresh state after a concurrent write', async () => {
      const streamId = newStream();
      await run(streamId, { type: 'Add', by: 1, at });
      let staged = false;
      store.beforeAppend = async () => {
        if (!staged) {
          staged = true;
          await interfere(streamId);
        }
      };
      const decide = jest.spyOn(counter, 'decide');
      const result = await run(streamId, { type: 'SetTo', value: 10, at });
      expect(decide).toHaveBeenCalledTimes(2);
      decide.mockRestore();
      expect(result).toMatchObject({ revision: 2, idempotent: false });
      expect(await types(streamId)).toEqual(['Added', 'Interfered', 'Set']);
    });

    it('keeps retrying on fresh state while its time budget lasts, then gives up', async () => {
      const streamId = newStream();
      await run(streamId, { type: 'Add', by: 1, at });
      store.beforeAppend = () => interfere(streamId);
      executor.conflictRetryBudgetMs = 300;
      const appendsBefore = store.appends;
      await expect(run(streamId, { type: 'Add', by: 1, at })).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
      // Not a count: as many attempts as fit in the budget (the old limit was 6 attempts).
      expect(store.appends - appendsBefore).toBeGreaterThan(6);
    });

    it('16 concurrent writers on one stream all succeed, without a single conflict', async () => {
      const streamId = newStream();
      await run(streamId, { type: 'Add', by: 1, at });
      const results = await Promise.all(
        Array.from({ length: 16 }, () => run(streamId, { type: 'Add', by: 1, at })),
      );
      expect(results.map((r) => r.revision).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 16 }, (_, i) => i + 1),
      );
      expect(store.appends).toBe(17); // one append each: the process queued them per stream
    });

    it('16 writers in two processes on one stream all succeed (retries across processes)', async () => {
      const streamId = newStream();
      await run(streamId, { type: 'Add', by: 1, at });
      const other = new CommandExecutor(store);
      const results = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          (i % 2 === 0 ? executor : other).execute({
            streamId,
            decider: counter,
            command: { type: 'Add', by: 1, at },
            commandId: randomUUID(),
            actor: 'ops-desk',
            correlationId: `corr-${i}`,
          }),
        ),
      );
      expect(new Set(results.map((r) => r.revision)).size).toBe(16);
      expect((await fixture.store.readStream(streamId)).length).toBe(17);
    });

    it('serialises concurrent commands on one stream', async () => {
      const streamId = newStream();
      const results = await Promise.all(
        [1, 2, 3, 4].map((by) => run(streamId, { type: 'Add', by, at })),
      );
      expect(results.map((r) => r.revision).sort()).toEqual([0, 1, 2, 3]);
      const state = (await fixture.store.readStream(streamId)).reduce(
        (s, e) => counter.evolve(s, { type: e.type, data: e.data } as CounterEvent),
        counter.initialState(),
      );
      expect(state.value).toBe(10);
    });

    it('a concurrent retry of the same command that won the race is answered idempotently', async () => {
      const streamId = newStream();
      const commandId = randomUUID();
      // Another request (other correlation id) with the same command id appends first.
      store.beforeAppend = async (_id, events) => {
        store.beforeAppend = undefined;
        await fixture.store.appendToStream(
          streamId,
          events.map((e) => ({ ...e, metadata: { ...e.metadata, correlationId: 'corr-other' } })),
          { expectedRevision: 'no_stream' },
        );
      };
      const result = await run(streamId, { type: 'Add', by: 1, at }, { commandId });
      expect(result).toMatchObject({
        revision: 0,
        eventIds: [eventIdFor(commandId, 0)],
        idempotent: true,
      });
      expect((await fixture.store.readStream(streamId))[0].metadata.correlationId).toBe(
        'corr-other',
      );
    });

    it('a command id reused for another command is still a conflict', async () => {
      const commandId = randomUUID();
      await run(newStream(), { type: 'Add', by: 1, at }, { commandId });
      await expect(
        run(newStream(), { type: 'Add', by: 1, at }, { commandId }),
      ).rejects.toBeInstanceOf(EventIdConflictError);
    });
  });

  /** Another writer appends to the stream behind the executor's back. */
  async function interfere(streamId: string): Promise<void> {
    await fixture.store.appendToStream(
      streamId,
      [
        {
          eventId: randomUUID(),
          type: 'Interfered',
          schemaVersion: 1,
          data: { by: 0, occurredAt: at },
          occurredAt: at,
          metadata: { actor: 'someone-else', correlationId: 'corr-x', causationId: null },
        },
      ],
      { expectedRevision: 'any' },
    );
  }
});
