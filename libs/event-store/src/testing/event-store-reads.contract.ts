import type { GlobalPosition, RecordedEvent } from '../event-store.port';
import {
  eventually,
  makeEvent,
  readAllPaged,
  type ContractContext,
} from './event-store-contract.helpers';

/** The global order: readAll paging and headPosition. */
export function describeGlobalOrderContract(ctx: ContractContext): void {
  const { streamId } = ctx;

  describe('global order', () => {
    it('readAll pages strictly after a position, in commit order, and headPosition follows', async () => {
      const start = await ctx.store.headPosition();
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
          const r = await ctx.store.appendToStream(stream, [event], { expectedRevision: 'any' });
          written.push(event.eventId);
          last = r.position;
        }
      }

      const ours = (events: RecordedEvent[]) =>
        events.filter((e) => e.streamId === a || e.streamId === b);
      const seen = await eventually(async () => {
        const events = await readAllPaged(ctx.store, start ?? undefined, 2);
        return ours(events).length >= written.length ? events : undefined;
      });
      const positions = seen.map((e) => e.position);
      positions.forEach((p, i) => i > 0 && expect(p > positions[i - 1]).toBe(true));
      if (start !== null) expect(positions.every((p) => p > start)).toBe(true);
      expect(ours(seen).map((e) => e.eventId)).toEqual(written);

      const head = await eventually(async () => {
        const h = await ctx.store.headPosition();
        return h !== null && h >= last ? h : undefined;
      });
      expect(head >= last).toBe(true);

      const third = ours(seen)[2];
      const after = await ctx.store.readAll({ after: third.position, limit: 3 });
      expect(after.every((e) => e.position > third.position)).toBe(true);
      expect(after[0].eventId).toBe(seen[seen.indexOf(third) + 1].eventId);
    });
  });
}
