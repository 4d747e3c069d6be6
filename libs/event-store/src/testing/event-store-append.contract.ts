import {
  EventIdConflictError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../event-store.errors';
import type { RecordedEvent } from '../event-store.port';
import { GENESIS_HASH, expectedEventHash } from '../hash-chain';
import { clone, makeEvent, type ContractContext } from './event-store-contract.helpers';

/** Appends and stream reads, optimistic concurrency (expected revision) and idempotent retries. */
export function describeAppendContract(ctx: ContractContext): void {
  const { streamId, appendTypes } = ctx;

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
      const result = await ctx.store.appendToStream(id, events, { expectedRevision: 'no_stream' });
      expect(result.nextRevision).toBe(2);
      expect(result.idempotent).toBe(false);
      expect(typeof result.position).toBe('bigint');

      const read = await ctx.store.readStream(id);
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
      expect(read[0].position < read[1].position && read[1].position < read[2].position).toBe(true);
      expect(read[2].position).toBe(result.position);
    });

    it('chains each hash over the previous one with the shared definition', async () => {
      const id = streamId('hash');
      await ctx.store.appendToStream(id, [makeEvent('A'), makeEvent('B')], {
        expectedRevision: 'no_stream',
      });
      await ctx.store.appendToStream(id, [makeEvent('C')], { expectedRevision: 1 });
      const read = await ctx.store.readStream(id);
      let previous = GENESIS_HASH;
      for (const event of read) {
        expect(event.hash).toBe(expectedEventHash(previous, event));
        previous = event.hash;
      }
    });

    it('reads forwards and backwards from a revision with maxCount', async () => {
      const id = streamId('paging');
      await appendTypes(id, ['E0', 'E1', 'E2', 'E3', 'E4'], 'no_stream');

      const types = (events: RecordedEvent[]) => events.map((e) => e.type);
      expect(types(await ctx.store.readStream(id, { fromRevision: 1, maxCount: 2 }))).toEqual([
        'E1',
        'E2',
      ]);
      expect(types(await ctx.store.readStream(id, { fromRevision: 3 }))).toEqual(['E3', 'E4']);
      expect(types(await ctx.store.readStream(id, { direction: 'backwards' }))).toEqual([
        'E4',
        'E3',
        'E2',
        'E1',
        'E0',
      ]);
      expect(
        types(await ctx.store.readStream(id, { direction: 'backwards', maxCount: 2 })),
      ).toEqual(['E4', 'E3']);
      expect(
        types(
          await ctx.store.readStream(id, { direction: 'backwards', fromRevision: 2, maxCount: 2 }),
        ),
      ).toEqual(['E2', 'E1']);
      expect(await ctx.store.readStream(id, { fromRevision: 5 })).toEqual([]);
    });

    it('throws StreamNotFoundError for a stream that does not exist', async () => {
      const id = streamId('missing');
      await expect(ctx.store.readStream(id)).rejects.toBeInstanceOf(StreamNotFoundError);
      await expect(ctx.store.readStream(id)).rejects.toMatchObject({ streamId: id });
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
      await expect(ctx.store.readStream(id)).rejects.toBeInstanceOf(StreamNotFoundError);

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
      expect((await ctx.store.readStream(id)).map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
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
      expect((await ctx.store.readStream(id)).map((e) => e.type)).toEqual(['A']);
    });
  });

  describe('idempotency', () => {
    it('re-appending the same events returns the original result and writes nothing', async () => {
      const id = streamId('idem');
      await appendTypes(id, ['A'], 'no_stream');
      const batch = [makeEvent('B'), makeEvent('C')];
      const first = await ctx.store.appendToStream(id, batch, { expectedRevision: 0 });
      expect(first.idempotent).toBe(false);

      const retry = await ctx.store.appendToStream(id, batch.map(clone), { expectedRevision: 0 });
      expect(retry).toEqual({
        nextRevision: first.nextRevision,
        position: first.position,
        idempotent: true,
      });
      const retryAny = await ctx.store.appendToStream(id, batch.map(clone), {
        expectedRevision: 'any',
      });
      expect(retryAny).toEqual({ nextRevision: 2, position: first.position, idempotent: true });

      await appendTypes(id, ['D'], 2);
      const late = await ctx.store.appendToStream(id, batch.map(clone), { expectedRevision: 0 });
      expect(late).toEqual({ nextRevision: 2, position: first.position, idempotent: true });

      expect((await ctx.store.readStream(id)).map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
    });

    it('a known event id with different content is an EventIdConflictError', async () => {
      const id = streamId('idconflict');
      const original = makeEvent('A', { amount: 1 });
      await ctx.store.appendToStream(id, [original], { expectedRevision: 'no_stream' });
      const changed = { ...original, data: { amount: 2 } };
      const error = await ctx.store
        .appendToStream(id, [changed], { expectedRevision: 'any' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventIdConflictError);
      expect(error).toMatchObject({ eventId: original.eventId });
      expect(await ctx.store.readStream(id)).toHaveLength(1);
    });
  });
}
