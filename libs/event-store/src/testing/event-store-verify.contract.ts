import { StreamNotFoundError } from '../event-store.errors';
import type { ContractContext } from './event-store-contract.helpers';

/** Hash-chain verification of a stream. */
export function describeVerifyContract(ctx: ContractContext): void {
  const { streamId, appendTypes } = ctx;

  describe('verifyStream', () => {
    it('reports an untouched stream as intact', async () => {
      const id = streamId('verify');
      await appendTypes(id, ['A', 'B'], 'no_stream');
      await appendTypes(id, ['C'], 1);
      await expect(ctx.store.verifyStream(id)).resolves.toEqual({
        streamId: id,
        ok: true,
        eventsChecked: 3,
      });
    });

    it('throws StreamNotFoundError for a stream that does not exist', async () => {
      await expect(ctx.store.verifyStream(streamId('nothing'))).rejects.toBeInstanceOf(
        StreamNotFoundError,
      );
    });
  });
}
