import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { createTestDatabase } from '../../../../test/support/test-database';
import { EventIdConflictError, WrongExpectedRevisionError } from '../event-store.errors';
import type {
  AppendResult,
  EventToAppend,
  RecordedEvent,
  SubscriptionFilter,
} from '../event-store.port';
import {
  collect,
  describeEventStoreContract,
  eventually,
  makeEvent,
} from '../testing/event-store.contract';
import { eventsOf, pgStreamId, usePostgresStore } from '../testing/postgres-store.fixture';
import { eventStoreMigrations } from './migrations';
import { PostgresCheckpointStore } from './postgres-checkpoint.store';
import { createPostgresEventStore } from './postgres-event-store';

describeEventStoreContract('postgres', async () => {
  const db = await createTestDatabase('es_contract');
  await runMigrations(db.url, eventStoreMigrations);
  const store = createPostgresEventStore({ url: db.url });
  return {
    store,
    async teardown() {
      await store.close();
      await db.drop();
    },
  };
});

describe('PostgresEventStore', () => {
  const pg = usePostgresStore('es_pg');

  describe('an empty store', () => {
    it('has no head, reads nothing and a subscription from the start waits', async () => {
      expect(await pg.store.headPosition()).toBeNull();
      expect(await pg.store.readAll({ limit: 10 })).toEqual([]);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 200);
      const batches: RecordedEvent[][] = [];
      for await (const batch of pg.store.subscribe({ signal: controller.signal }))
        batches.push(batch);
      expect(batches).toEqual([]);
    });

    it('runs its migrations once', async () => {
      await expect(runMigrations(pg.db.url, eventStoreMigrations)).resolves.toEqual([]);
    });
  });

  describe('append-only table', () => {
    it('refuses UPDATE, DELETE and TRUNCATE on events', async () => {
      const id = pgStreamId('guard');
      await pg.store.appendToStream(id, eventsOf('A', 'B'), { expectedRevision: 'no_stream' });
      await expect(
        pg.admin.query(`UPDATE event_store.events SET data = '{}' WHERE stream_id = $1`, [id]),
      ).rejects.toThrow(/append-only/);
      await expect(
        pg.admin.query(`DELETE FROM event_store.events WHERE stream_id = $1`, [id]),
      ).rejects.toThrow(/append-only/);
      await expect(pg.admin.query(`TRUNCATE event_store.events CASCADE`)).rejects.toThrow(
        /append-only/,
      );
      expect(await pg.store.readStream(id)).toHaveLength(2);
      await expect(pg.store.verifyStream(id)).resolves.toMatchObject({
        ok: true,
        eventsChecked: 2,
      });
    });
  });

  describe('idempotency and id conflicts', () => {
    it('refuses a partial overlap (some ids known, some new) as a whole', async () => {
      const id = pgStreamId('partial');
      const [a, b] = eventsOf('A', 'B');
      await pg.store.appendToStream(id, [a], { expectedRevision: 'no_stream' });
      const error = await pg.store
        .appendToStream(id, [a, b], { expectedRevision: 'any' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventIdConflictError);
      expect(error).toMatchObject({ eventId: a.eventId, streamId: id });
      expect(await pg.store.readStream(id)).toHaveLength(1);
    });

    it('refuses an event id already used in another stream', async () => {
      const [a] = eventsOf('A');
      await pg.store.appendToStream(pgStreamId('first'), [a], { expectedRevision: 'no_stream' });
      const other = pgStreamId('second');
      await expect(
        pg.store.appendToStream(other, [a], { expectedRevision: 'any' }),
      ).rejects.toBeInstanceOf(EventIdConflictError);
      await expect(pg.store.readStream(other)).rejects.toThrow(/not found/);
    });

    it('refuses the same id twice in one batch', async () => {
      const [a] = eventsOf('A');
      await expect(
        pg.store.appendToStream(pgStreamId('dup'), [a, a], { expectedRevision: 'any' }),
      ).rejects.toBeInstanceOf(EventIdConflictError);
    });

    it('treats a retry with the same ids in another order as a conflict', async () => {
      const id = pgStreamId('reorder');
      const [a, b] = eventsOf('A', 'B');
      await pg.store.appendToStream(id, [a, b], { expectedRevision: 'no_stream' });
      await expect(
        pg.store.appendToStream(id, [b, a], { expectedRevision: 'no_stream' }),
      ).rejects.toBeInstanceOf(EventIdConflictError);
    });
  });

  describe('large batches', () => {
    it('chains the largest batch bound field by field (32 events) and verifies it', async () => {
      const id = pgStreamId('inline32');
      await pg.store.appendToStream(id, eventsOf('First'), { expectedRevision: 'no_stream' });
      const batch = Array.from({ length: 32 }, (_, i) => makeEvent('Inline', { i }));
      await expect(
        pg.store.appendToStream(id, batch, { expectedRevision: 0 }),
      ).resolves.toMatchObject({ nextRevision: 32, idempotent: false });
      await pg.store.appendToStream(
        id,
        batch.slice(0, 2).map((e) => ({ ...e, eventId: randomUUID() })),
        {
          expectedRevision: 'any',
        },
      );
      await expect(pg.store.verifyStream(id)).resolves.toEqual({
        streamId: id,
        ok: true,
        eventsChecked: 35,
      });
    });

    it('appends, retries and verifies a batch sent as one jsonb document', async () => {
      const id = pgStreamId('large');
      const batch = Array.from({ length: 40 }, (_, i) =>
        makeEvent('Bulk', { i, text: `line ${i}` }),
      );
      await pg.store.appendToStream(id, eventsOf('First'), { expectedRevision: 'no_stream' });
      const first = await pg.store.appendToStream(id, batch, { expectedRevision: 0 });
      expect(first).toMatchObject({ nextRevision: 40, idempotent: false });
      await expect(pg.store.appendToStream(id, batch, { expectedRevision: 0 })).resolves.toEqual({
        ...first,
        idempotent: true,
      });
      const big = Array.from({ length: 50 }, (_, i) => makeEvent('Bulk', { i }));
      await expect(
        pg.store.appendToStream(pgStreamId('large-new'), big, { expectedRevision: 'no_stream' }),
      ).resolves.toMatchObject({
        nextRevision: 49,
      });
      const read = await pg.store.readStream(id);
      expect(read.slice(1).map((e) => e.data)).toEqual(batch.map((e) => e.data));
      await expect(pg.store.verifyStream(id)).resolves.toEqual({
        streamId: id,
        ok: true,
        eventsChecked: 41,
      });
    });
  });

  describe('several instances', () => {
    it('appends correctly from instances that each saw another part of the stream', async () => {
      const other = createPostgresEventStore({ url: pg.db.url, poolSize: 2 });
      try {
        const id = pgStreamId('heads');
        await pg.store.appendToStream(id, eventsOf('A', 'B'), { expectedRevision: 'no_stream' });
        await other.appendToStream(id, eventsOf('C'), { expectedRevision: 1 }); // cold cache
        await other.appendToStream(id, eventsOf('D'), { expectedRevision: 'any' });
        await pg.store.appendToStream(id, eventsOf('E'), { expectedRevision: 'stream_exists' }); // stale cache
        await expect(
          pg.store.appendToStream(id, eventsOf('F'), { expectedRevision: 4 }),
        ).resolves.toMatchObject({
          nextRevision: 5,
        });
        expect((await other.readStream(id)).map((e) => e.type)).toEqual([
          'A',
          'B',
          'C',
          'D',
          'E',
          'F',
        ]);
        await expect(pg.store.verifyStream(id)).resolves.toEqual({
          streamId: id,
          ok: true,
          eventsChecked: 6,
        });
      } finally {
        await other.close();
      }
    });
  });

  describe('global order under concurrency', () => {
    const randomDelay =
      (maxMs: number) => async (client: { query(sql: string, v: unknown[]): Promise<unknown> }) => {
        await client.query('SELECT pg_sleep($1)', [(Math.random() * maxMs) / 1000]);
      };

    it('hides an event while an older transaction is still open, then delivers it', async () => {
      const before = await pg.store.headPosition();
      const blocker = new Client({ connectionString: pg.db.url });
      await blocker.connect();
      try {
        await blocker.query('BEGIN');
        await blocker.query('SELECT pg_current_xact_id()');
        const id = pgStreamId('held');
        const written = await pg.store.appendToStream(id, eventsOf('Late'), {
          expectedRevision: 'no_stream',
        });

        const visible = await pg.store.readAll({ after: before ?? undefined, limit: 100 });
        expect(visible.some((e) => e.streamId === id)).toBe(false);
        const head = await pg.store.headPosition();
        expect(head === null || head < written.position).toBe(true);
        expect(await pg.store.readStream(id)).toHaveLength(1); // the stream itself is read-your-writes

        await blocker.query('COMMIT');
        const after = await eventually(async () => {
          const all = await pg.store.readAll({ after: before ?? undefined, limit: 100 });
          return all.some((e) => e.streamId === id) ? all : undefined;
        });
        expect(after.find((e) => e.streamId === id)?.position).toBe(written.position);
      } finally {
        await blocker.end();
      }
    });

    it('delivers every event exactly once, in stream order, to subscribers tailing 8 concurrent writers', async () => {
      const writers = 8;
      const appendsPerWriter = 25;
      const prefix = pgStreamId('gap');
      const streams = Array.from({ length: 6 }, (_, i) => `${prefix}-${i}`);
      const slow = createPostgresEventStore({
        url: pg.db.url,
        poolSize: writers,
        beforeCommit: randomDelay(40),
      });

      const start = await pg.store.headPosition();
      const controller = new AbortController();
      const written = new Set<string>();
      let writing = true;
      /** Tails the store until the writers are done and it has seen as many events as were written. */
      const tail = (filter?: SubscriptionFilter) => {
        const received: RecordedEvent[] = [];
        const done = (async () => {
          for await (const batch of pg.store.subscribe({
            after: start ?? undefined,
            batchSize: 7,
            filter,
            signal: controller.signal,
          })) {
            received.push(...batch.filter((e) => e.streamId.startsWith(prefix)));
            if (!writing && received.length >= written.size) return;
          }
        })();
        return { received, done };
      };
      // Both read paths: the plain settled range scan, and the filtered one that skips ahead.
      const subscribers = [tail(), tail({ streamPrefixes: [prefix] })];

      const completions: AppendResult[] = [];
      try {
        await Promise.all(
          Array.from({ length: writers }, async () => {
            for (let i = 0; i < appendsPerWriter; i++) {
              const stream = streams[Math.floor(Math.random() * streams.length)];
              const batch = eventsOf(
                ...Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => 'Tick'),
              );
              batch.forEach((e) => written.add(e.eventId));
              completions.push(
                await slow.appendToStream(stream, batch, { expectedRevision: 'any' }),
              );
            }
          }),
        );
      } finally {
        writing = false;
        await slow.close();
      }
      // A subscriber that already has everything is waiting for live events: wake it up to stop.
      const stopIfComplete = setInterval(() => {
        if (subscribers.every((s) => s.received.length >= written.size)) controller.abort();
      }, 50);
      const guard = setTimeout(() => controller.abort(), 30_000);
      await Promise.all(subscribers.map((s) => s.done));
      clearInterval(stopIfComplete);
      clearTimeout(guard);

      // The scenario really produced late commits: some append finished after one with a higher position.
      const inversions = completions.filter((c, i) =>
        completions.slice(0, i).some((p) => p.position > c.position),
      );
      expect(inversions.length).toBeGreaterThan(0);

      for (const { received } of subscribers) {
        const ids = received.map((e) => e.eventId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(written);
        received.forEach(
          (e, i) => i > 0 && expect(e.position > received[i - 1].position).toBe(true),
        );
        for (const stream of streams) {
          const revisions = received.filter((e) => e.streamId === stream).map((e) => e.revision);
          expect(revisions).toEqual(revisions.map((_, i) => i));
        }
      }
    });

    it.each([
      ['an exact revision', 0],
      ['no_stream', 'no_stream'],
    ] as const)(
      'lets exactly one of 8 concurrent writers win on %s',
      async (_, expectedRevision) => {
        const slow = createPostgresEventStore({
          url: pg.db.url,
          poolSize: 8,
          beforeCommit: randomDelay(30),
        });
        const id = pgStreamId('race');
        try {
          if (expectedRevision === 0)
            await pg.store.appendToStream(id, eventsOf('Genesis'), {
              expectedRevision: 'no_stream',
            });
          const outcomes = await Promise.allSettled(
            Array.from({ length: 8 }, () =>
              slow.appendToStream(id, eventsOf('Claim'), { expectedRevision }),
            ),
          );
          const won = outcomes.filter((o) => o.status === 'fulfilled');
          const lost = outcomes.flatMap((o) =>
            o.status === 'rejected' ? [o.reason as unknown] : [],
          );
          expect(won).toHaveLength(1);
          expect(lost).toHaveLength(7);
          const actual = expectedRevision === 0 ? 1 : 0;
          for (const error of lost) {
            expect(error).toBeInstanceOf(WrongExpectedRevisionError);
            expect(error).toMatchObject({ actualRevision: actual });
          }
          expect((await pg.store.readStream(id)).filter((e) => e.type === 'Claim')).toHaveLength(1);
        } finally {
          await slow.close();
        }
      },
    );
  });

  describe('live wake-up', () => {
    it('wakes a subscriber of another store instance through NOTIFY, not the poll', async () => {
      // Polls only every 10 minutes, so an event arriving within the test came by notification.
      const listening = createPostgresEventStore({
        url: pg.db.url,
        poolSize: 2,
        pollIntervalMs: 600_000,
      });
      const prefix = pgStreamId('notify');
      try {
        const head = await pg.store.headPosition();
        const controller = new AbortController();
        const received: RecordedEvent[] = [];
        let caughtUp!: () => void;
        const idle = new Promise<void>((resolve) => (caughtUp = resolve));
        const readPage = listening.readAll.bind(listening);
        // The first (empty) catch-up read tells us the subscription is about to wait.
        listening.readAll = async (options) => {
          const page = await readPage(options);
          if (page.length === 0) caughtUp();
          return page;
        };
        const consumer = (async () => {
          for await (const batch of listening.subscribe({
            after: head ?? undefined,
            signal: controller.signal,
          })) {
            received.push(...batch.filter((e) => e.streamId.startsWith(prefix)));
            if (received.length > 0) controller.abort();
          }
        })();
        await idle;
        // Keep appending until one arrives: an event only becomes visible once every older
        // transaction in the cluster ended (other test files share the server), and each append
        // sends another notification.
        const guard = setTimeout(() => controller.abort(), 20_000);
        for (let i = 0; !controller.signal.aborted; i++) {
          await pg.store.appendToStream(`${prefix}-${i}`, eventsOf('Ping'), {
            expectedRevision: 'no_stream',
          });
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await consumer;
        clearTimeout(guard);
        expect(received.length).toBeGreaterThan(0);
        expect(received.every((e) => e.type === 'Ping')).toBe(true);
      } finally {
        await listening.close();
      }
    });
  });

  describe('closing', () => {
    it('ends live subscriptions cleanly when the store closes', async () => {
      const closing = createPostgresEventStore({ url: pg.db.url, poolSize: 2 });
      const head = await closing.headPosition();
      const batches: RecordedEvent[][] = [];
      const iteration = (async () => {
        for await (const batch of closing.subscribe({
          after: head ?? undefined,
          filter: { streamPrefixes: [pgStreamId('closing')] },
        })) {
          batches.push(batch);
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await closing.close();
      await expect(iteration).resolves.toBeUndefined();
      expect(batches).toEqual([]);
    });
  });

  describe('checkpoints', () => {
    it('resumes after a restart from the stored checkpoint with exactly the remaining events', async () => {
      const prefix = pgStreamId('cp');
      const name = `projector-${prefix}`;
      const appended: EventToAppend[] = [];
      for (let i = 0; i < 4; i++) {
        const batch = eventsOf(`S${i}a`, `S${i}b`);
        appended.push(...batch);
        await pg.store.appendToStream(`${prefix}-${i % 2}`, batch, { expectedRevision: 'any' });
      }
      const processed: string[] = [];
      const filter = { streamPrefixes: [prefix] };

      // First run: handle two batches, each with its checkpoint in the consumer's own transaction.
      const first = createPostgresEventStore({ url: pg.db.url, poolSize: 2 });
      const checkpoints = PostgresCheckpointStore.connect(pg.db.url);
      const controller = new AbortController();
      let batches = 0;
      for await (const batch of first.subscribe({
        filter,
        batchSize: 3,
        signal: controller.signal,
      })) {
        await pg.admin.query('BEGIN');
        processed.push(...batch.map((e) => e.eventId));
        await checkpoints.store(name, batch[batch.length - 1].position, pg.admin);
        await pg.admin.query('COMMIT');
        if (++batches === 2) break;
      }
      // A batch handled but not committed must be delivered again after the restart.
      await pg.admin.query('BEGIN');
      await checkpoints.store(name, 0n, pg.admin);
      await pg.admin.query('ROLLBACK');
      await first.close();
      await checkpoints.close();
      expect(processed).toHaveLength(6);

      // Restart: new instances, resume from the checkpoint, plus events written while down.
      const late = eventsOf('Late');
      appended.push(...late);
      await pg.store.appendToStream(`${prefix}-0`, late, { expectedRevision: 'any' });
      const second = createPostgresEventStore({ url: pg.db.url, poolSize: 2 });
      const reloaded = PostgresCheckpointStore.connect(pg.db.url);
      try {
        const checkpoint = await reloaded.load(name);
        expect(typeof checkpoint).toBe('bigint');
        const rest = await collect(second, { after: checkpoint, filter }, 3);
        processed.push(...rest.map((e) => e.eventId));
        expect(await reloaded.load(`${name}-never`)).toBeUndefined();
      } finally {
        await second.close();
        await reloaded.close();
      }
      expect(processed).toEqual(appended.map((e) => e.eventId));
    });
  });
});
