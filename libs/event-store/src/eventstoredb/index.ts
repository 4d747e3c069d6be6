import { EventStoreDbEventStore } from './eventstoredb-event-store';

export { EventStoreDbEventStore } from './eventstoredb-event-store';

/**
 * The client connects lazily, so this never blocks start-up; call `ping()` where a dead
 * EventStoreDB must fail fast (health checks do).
 */
export function createEventStoreDbEventStore(connectionString: string): EventStoreDbEventStore {
  return new EventStoreDbEventStore(connectionString);
}
