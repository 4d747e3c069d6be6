import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { EventStore } from '@app/event-store';
import { FeedReader, loadFeedConfig, type FeedConfig, type LedgerCloudEvent } from '@app/feed';
import { loadConfig } from '@app/platform';
import { createApiApp } from '../../../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger, Role } from '../../../apps/api/src/common';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

export const KEYS: Record<Role, string> = {
  operator: 'int-operator-key',
  finance: 'int-finance-key',
  legal: 'int-legal-key',
  integration: 'int-integration-key',
  admin: 'int-admin-key',
};

/** Where the test ledger says it lives: dataschema URLs start with it. */
export const BASE_URL = 'http://ledger.test';

export interface IntegrationApp {
  app: INestApplication;
  db: TestDatabase;
  store: EventStore;
  feed: FeedReader;
  /** http://127.0.0.1:<port>, once `listen` was called. */
  url?: string;
  listen(): Promise<string>;
  get(role: Role | null, path: string): request.Test;
  /** Waits until the feed has numbered every event of the store. */
  caughtUp(timeoutMs?: number): Promise<bigint>;
  /** Every page of GET /feed from `after`, as the integration role. */
  readFeed(query?: string, after?: string): Promise<LedgerCloudEvent[]>;
  close(): Promise<void>;
}

export interface IntegrationAppOptions {
  runSequencer?: boolean;
  env?: NodeJS.ProcessEnv;
  existing?: TestDatabase;
}

/** The real API (createApiApp) on a fresh database, the sequencer running in it by default. */
export async function startIntegrationApp(
  prefix: string,
  options: IntegrationAppOptions = {},
): Promise<IntegrationApp> {
  const db = options.existing ?? (await createTestDatabase(prefix));
  const logger = new JsonLogger('error', { write: () => undefined });
  const config = loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'false', SEED_ON_START: 'false' });
  const feed: FeedConfig = loadFeedConfig(
    {
      PUBLIC_BASE_URL: BASE_URL,
      FEED_SEQUENCER: options.runSequencer === false ? 'false' : 'true',
      ...options.env,
    },
    config,
  );
  const apiKeys = ApiKeyRegistry.fromKeys(
    (Object.keys(KEYS) as Role[]).map((role) => ({
      name: `int-${role}`,
      roles: [role],
      key: KEYS[role],
    })),
  );
  const app = await createApiApp({ config, databaseUrl: db.url, apiKeys, logger, feed });
  await app.init();
  const store = app.get(EventStore);
  const reader = app.get(FeedReader);
  const server = () => app.getHttpServer();
  const get = (role: Role | null, path: string) => {
    const test = request(server()).get(path);
    return role === null ? test : test.set('Authorization', `Bearer ${KEYS[role]}`);
  };
  const result: IntegrationApp = {
    app,
    db,
    store,
    feed: reader,
    async listen() {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as AddressInfo;
      result.url = `http://127.0.0.1:${port}`;
      return result.url;
    },
    get,
    async caughtUp(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [head, count] = await Promise.all([reader.head(), countEvents(db.url)]);
        if (head === count) return head;
        if (Date.now() > deadline)
          throw new Error(`feed at ${head}, store holds ${count} events after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async readFeed(query = '', after = '0') {
      const all: LedgerCloudEvent[] = [];
      let cursor = after;
      for (;;) {
        const res = await get('integration', `/feed?after=${cursor}&limit=100${query}`).expect(200);
        all.push(...(res.body as LedgerCloudEvent[]));
        const next = res.headers['feed-next-after'] as string;
        if (next === res.headers['feed-head']) return all;
        cursor = next;
      }
    },
    async close() {
      await app.close();
      if (!options.existing) await db.drop();
    },
  };
  return result;
}

async function countEvents(url: string): Promise<bigint> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM event_store.events',
    );
    return BigInt(rows[0].n);
  } finally {
    await client.end();
  }
}
