import { randomUUID } from 'node:crypto';
import type { EventStore, ExpectedRevision } from '../event-store.port';
import { describeAppendContract } from './event-store-append.contract';
import { describeBackdatingContract } from './event-store-backdating.contract';
import { makeEvent, type ContractContext } from './event-store-contract.helpers';
import { describeGlobalOrderContract } from './event-store-reads.contract';
import { describeSubscribeContract } from './event-store-subscribe.contract';
import { describeVerifyContract } from './event-store-verify.contract';

export { collect, eventually, makeEvent, readAllPaged } from './event-store-contract.helpers';

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

    const context: ContractContext = {
      get store() {
        return store;
      },
      streamId,
      appendTypes,
    };

    describeAppendContract(context);
    describeBackdatingContract(context);
    describeGlobalOrderContract(context);
    describeSubscribeContract(context);
    describeVerifyContract(context);

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
