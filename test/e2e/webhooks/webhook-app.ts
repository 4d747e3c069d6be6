import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadFeedConfig } from '@app/feed';
import { createPostgresEventStore, type PostgresEventStore } from '@app/event-store';
import { loadConfig } from '@app/platform';
import { loadWebhookConfig, type WebhookConfig } from '@app/webhooks';
import { createApiApp } from '../../../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger, type Role } from '../../../apps/api/src/common';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/** Fast retries for tests: the real schedule's shape (immediate first) in milliseconds. */
export const TEST_WEBHOOK_ENV = {
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  WEBHOOK_RETRY_SCHEDULE: '0,50ms,100ms,150ms,200ms',
  WEBHOOK_TIMEOUT_MS: '1000',
  WEBHOOK_MAX_RETRY_AFTER_SECONDS: '2',
};

export function testWebhookConfig(overrides: Partial<WebhookConfig> = {}): WebhookConfig {
  return {
    ...loadWebhookConfig(TEST_WEBHOOK_ENV, 'test'),
    leaseMarginMs: 500,
    pollMs: 50,
    ...overrides,
  };
}

/** Two integration keys (two owners) and an admin. */
const KEYS = {
  alice: 'wh-alice-key',
  bob: 'wh-bob-key',
  admin: 'wh-admin-key',
  finance: 'wh-finance-key',
};
type Who = keyof typeof KEYS;
const ROLES: Record<Who, Role> = {
  alice: 'integration',
  bob: 'integration',
  admin: 'admin',
  finance: 'finance',
};

export interface WebhookApp {
  app: INestApplication;
  db: TestDatabase;
  /** Appends events directly (the store the API uses sees them; the sequencer numbers them). */
  writer: PostgresEventStore;
  call(who: Who, method: 'get' | 'post' | 'patch' | 'delete', path: string): request.Test;
  close(): Promise<void>;
}

export async function startWebhookApp(
  prefix: string,
  webhooks: WebhookConfig = testWebhookConfig(),
  existing?: TestDatabase,
): Promise<WebhookApp> {
  const db = existing ?? (await createTestDatabase(prefix));
  const config = loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'false', SEED_ON_START: 'false' });
  const apiKeys = ApiKeyRegistry.fromKeys(
    (Object.keys(KEYS) as Who[]).map((who) => ({
      name: `wh-${who}`,
      roles: [ROLES[who]],
      key: KEYS[who],
    })),
  );
  const app = await createApiApp({
    config,
    databaseUrl: db.url,
    apiKeys,
    logger: new JsonLogger('error', { write: () => undefined }),
    feed: loadFeedConfig({ PUBLIC_BASE_URL: 'http://ledger.test', FEED_SEQUENCER: 'true' }, config),
    webhooks,
  });
  await app.init();
  await app.listen(0, '127.0.0.1');
  void (app.getHttpServer().address() as AddressInfo).port;
  const writer = createPostgresEventStore({ url: db.url, poolSize: 16 });
  return {
    app,
    db,
    writer,
    call: (who, method, path) =>
      request(app.getHttpServer())[method](path).set('Authorization', `Bearer ${KEYS[who]}`),
    async close() {
      await writer.close();
      await app.close();
      if (!existing) await db.drop();
    },
  };
}
