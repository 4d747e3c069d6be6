import { describeEventStoreContract } from '../../libs/event-store/src/testing/event-store.contract';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreContract('in-memory (test double)', async () => ({
  store: new InMemoryEventStore(),
  teardown: async () => undefined,
}));
