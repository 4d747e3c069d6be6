import { isDeadlineFactType, streamIdFor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { loadConfig } from '@app/platform';
import { SCHEDULER_ACTOR, chinaDateOf } from '@app/deadlines';
import { createApiApp } from '../../../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger } from '../../../apps/api/src/common';
import { DeadlineSchedulerService } from '../../../apps/api/src/deadlines/deadline-scheduler.service';
import { createTestDatabase } from '../../support/test-database';
import { expectedKeys, writeContracts } from './deadline-contracts';

/** The scheduler inside the api process (DEADLINE_SCHEDULER=true): it records on its own. */
describe('the deadline scheduler in the api process', () => {
  it('records the due deadline facts of the contracts in the store, once, and stops with the app', async () => {
    const db = await createTestDatabase('deadlines_api');
    const config = loadConfig({
      NODE_ENV: 'test',
      RUN_PROJECTOR: 'false',
      SEED_ON_START: 'false',
      DEADLINE_SCHEDULER: 'true',
      DEADLINE_SCHEDULER_INTERVAL_SECONDS: '1',
    });
    const app = await createApiApp({
      config,
      databaseUrl: db.url,
      apiKeys: ApiKeyRegistry.fromKeys([]),
      logger: new JsonLogger('error', { write: () => undefined }),
    });
    try {
      await app.init();
      const store = app.get(EventStore);
      const contracts = await writeContracts(store, 3);
      const today = chinaDateOf(new Date()); // the day the scheduler's SystemClock gives
      const expected = [...contracts.values()].flatMap((h) => expectedKeys(h, today)).length;
      app.get(DeadlineSchedulerService).start();
      const facts = async () => {
        const all = await Promise.all(
          [...contracts.keys()].map((id) => store.readStream(streamIdFor(id))),
        );
        return all.flat().filter((e) => isDeadlineFactType(e.type));
      };
      // Bounded wait for a condition, not a sleep: each run takes one interval at most.
      for (let i = 0; i < 300 && (await facts()).length < expected; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const recorded = await facts();
      expect(recorded).toHaveLength(expected);
      expect(new Set(recorded.map((e) => e.eventId)).size).toBe(expected);
      expect(recorded.every((e) => e.metadata.actor === SCHEDULER_ACTOR)).toBe(true);
    } finally {
      await app.close();
      await db.drop();
    }
  }, 120_000);
});
