import { RecordTimeRefusedError } from '../event-store.errors';
import type { AppendOptions, RecordedEvent } from '../event-store.port';
import { GENESIS_HASH, expectedEventHash } from '../hash-chain';
import { makeEvent, type ContractContext } from './event-store-contract.helpers';

const DAY_MS = 86_400_000;
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * AppendOptions.recordedAt (seeds and tests only, issue 11): an adapter either records the given
 * store time — chained into the hash, never earlier than the newest event's, never in the future —
 * or refuses every backdated append with RecordTimeRefusedError ('unsupported'). It never ignores
 * it. The store may hold other events (a shared server), so the times used lie between the
 * newest event's record time and now.
 */
export function describeBackdatingContract(ctx: ContractContext): void {
  describe('backdated record time (AppendOptions.recordedAt)', () => {
    /** The newest event's record time, after appending one live event to make sure there is one. */
    async function newestRecordedAt(id: string): Promise<RecordedEvent> {
      await ctx.store.appendToStream(id, [makeEvent('Live')], { expectedRevision: 'no_stream' });
      const [head] = await ctx.store.readStream(id, { direction: 'backwards', maxCount: 1 });
      return head;
    }

    async function refusal(
      id: string,
      options: AppendOptions,
    ): Promise<RecordTimeRefusedError | undefined> {
      try {
        await ctx.store.appendToStream(id, [makeEvent('Backdated')], options);
        return undefined;
      } catch (error) {
        if (error instanceof RecordTimeRefusedError) return error;
        throw error;
      }
    }

    it('records the given time, chained into the hash, or refuses it as unsupported', async () => {
      const id = ctx.streamId('backdated');
      const head = await newestRecordedAt(id);
      const refused = await refusal(id, { expectedRevision: 0, recordedAt: head.recordedAt });
      if (refused) {
        expect(refused).toMatchObject({ streamId: id, reason: 'unsupported' });
        expect(await ctx.store.readStream(id)).toHaveLength(1);
        return;
      }
      const read = await ctx.store.readStream(id);
      expect(read.map((e) => e.type)).toEqual(['Live', 'Backdated']);
      expect(Date.parse(read[1].recordedAt)).toBe(Date.parse(head.recordedAt));
      let previous = GENESIS_HASH;
      for (const event of read) {
        expect(event.hash).toBe(expectedEventHash(previous, event));
        previous = event.hash;
      }
      await expect(ctx.store.verifyStream(id)).resolves.toMatchObject({ ok: true });
      // A live append after it is recorded at the store clock, not before the backdated time.
      await ctx.store.appendToStream(id, [makeEvent('After')], { expectedRevision: 1 });
      const [after] = await ctx.store.readStream(id, { fromRevision: 2 });
      expect(Date.parse(after.recordedAt)).toBeGreaterThanOrEqual(Date.parse(head.recordedAt));
    });

    it('never goes back in the global order, never into the future, and wants a date-time', async () => {
      const id = ctx.streamId('backdated-refused');
      const head = await newestRecordedAt(id);
      const cases: [string, string[]][] = [
        [shift(head.recordedAt, -DAY_MS), ['before_head', 'unsupported']],
        [shift(new Date().toISOString(), DAY_MS), ['future', 'unsupported']],
        ['2022-05-27', ['malformed', 'unsupported']],
      ];
      for (const [recordedAt, reasons] of cases) {
        const refused = await refusal(id, { expectedRevision: 0, recordedAt });
        expect(refused).toBeInstanceOf(RecordTimeRefusedError);
        expect(reasons).toContain(refused?.reason);
      }
      expect(await ctx.store.readStream(id)).toHaveLength(1);
    });

    it('refuses any backdating when NODE_ENV=production', async () => {
      const id = ctx.streamId('backdated-production');
      const head = await newestRecordedAt(id);
      const env = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        const refused = await refusal(id, { expectedRevision: 0, recordedAt: head.recordedAt });
        expect(refused).toBeInstanceOf(RecordTimeRefusedError);
        expect(['production', 'unsupported']).toContain(refused?.reason);
      } finally {
        if (env === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = env;
      }
      expect(await ctx.store.readStream(id)).toHaveLength(1);
    });
  });
}
