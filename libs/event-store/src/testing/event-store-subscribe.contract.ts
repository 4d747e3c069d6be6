import type { RecordedEvent } from '../event-store.port';
import { collect, type ContractContext } from './event-store-contract.helpers';

/** Subscriptions: catch-up then live delivery, filters, resuming and aborting. */
export function describeSubscribeContract(ctx: ContractContext): void {
  const { streamId, appendTypes } = ctx;

  describe('subscribe', () => {
    it('catches up, then delivers live events, in order and in batches of at most batchSize', async () => {
      const start = await ctx.store.headPosition();
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
        for await (const batch of ctx.store.subscribe({
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
      received.forEach((e, i) => i > 0 && expect(e.position > received[i - 1].position).toBe(true));
    });

    it('filters by stream prefix and event type', async () => {
      const start = await ctx.store.headPosition();
      const prefix = streamId('filter');
      await appendTypes(`${prefix}-x`, ['Wanted', 'Other', 'Wanted'], 'no_stream');
      await appendTypes(`${prefix}-y`, ['Other', 'Wanted'], 'no_stream');
      await appendTypes(`${streamId('elsewhere')}`, ['Wanted'], 'no_stream');

      const got = await collect(
        ctx.store,
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
      const start = await ctx.store.headPosition();
      const prefix = streamId('resume');
      await appendTypes(`${prefix}-s`, ['R0', 'R1', 'R2', 'R3', 'R4'], 'no_stream');
      const all = await collect(
        ctx.store,
        { after: start ?? undefined, filter: { streamPrefixes: [prefix] } },
        5,
      );
      const resumed = await collect(
        ctx.store,
        { after: all[1].position, filter: { streamPrefixes: [prefix] }, batchSize: 2 },
        3,
      );
      expect(resumed.map((e) => e.type)).toEqual(['R2', 'R3', 'R4']);
    });

    it('ends the iteration when the signal aborts while waiting for live events', async () => {
      const controller = new AbortController();
      const head = await ctx.store.headPosition();
      const prefix = streamId('idle');
      const iteration = (async () => {
        let batches = 0;
        for await (const batch of ctx.store.subscribe({
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
}
