import { RecordTimeRefusedError } from '../event-store.errors';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreContract('eventstoredb', async () => {
    const store = new EventStoreDbEventStore(connectionString);
    await store.ping();
    // No streamPrefix: the suite's stream ids are already unique per run, and unprefixed they look
    // like production's `contract-<id>`, so a shared server's leftovers stay recognisable.
    return { store, teardown: () => store.close() };
  });
} else {
  // A passing test that says why, rather than it.skip: a skipped suite must still leave a reason in the log.
  describe('EventStoreDbEventStore contract', () => {
    it('is skipped without EVENTSTORE_CONNECTION_STRING', () => {
      console.warn(
        'EventStoreDB contract suite skipped: EVENTSTORE_CONNECTION_STRING is not set ' +
          '(EventStoreDB cannot run on this machine; see infra/README.md)',
      );
    });
  });
}

// Runs without a server: the refusal comes before anything is sent (the client connects lazily).
describe('EventStoreDbEventStore backdated record time', () => {
  it('refuses AppendOptions.recordedAt clearly: the server assigns record time itself', async () => {
    const store = new EventStoreDbEventStore('esdb://127.0.0.1:1?tls=false');
    try {
      const append = store.appendToStream(
        'contract-backdated',
        [
          {
            eventId: '00000000-0000-4000-8000-000000000001',
            type: 'Backdated',
            schemaVersion: 1,
            data: {},
            occurredAt: '2022-05-27',
            metadata: { actor: 'test', correlationId: 'c', causationId: null },
          },
        ],
        { expectedRevision: 'no_stream', recordedAt: '2022-06-17T09:00:00.000Z' },
      );
      await expect(append).rejects.toBeInstanceOf(RecordTimeRefusedError);
      await expect(append).rejects.toMatchObject({ reason: 'unsupported' });
    } finally {
      await store.close().catch(() => undefined);
    }
  });
});
