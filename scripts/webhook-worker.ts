/**
 * npm run webhooks:worker — the webhook delivery worker as its own process, against
 * DATABASE_URL (the api's database). Any number may run, next to the api's own
 * (WEBHOOK_WORKER=false there to leave delivery to these): they share the work through row
 * locks and leases. WEBHOOK_* and PUBLIC_BASE_URL / FEED_SOURCE as for the api (README
 * "Webhooks"). Stops on SIGTERM/SIGINT after its in-flight deliveries; a SIGKILL loses nothing
 * (their leases expire and they are sent again with the same webhook-id).
 *
 * Prints one JSON line when started. `--no-migrate` skips the migrations (the crash tests
 * restart it many times).
 */
import { Pool } from 'pg';
import { createPostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { loadFeedConfig } from '@app/feed/feed.config';
import { FeedReader } from '@app/feed/reader/feed-reader';
import { FeedSignal } from '@app/feed/reader/feed-signal';
import { loadWebhookConfig } from '@app/webhooks/webhooks.config';
import { WebhookWorker } from '@app/webhooks/worker/webhook-worker';
import { printedRetryLoopLog } from '@app/database/resilience/retry-loop-log';
import { boundedConnectionConfig } from '@app/database/resilience/connection-bounds';

async function migrate(url: string): Promise<void> {
  const [{ runMigrations }, { eventStoreMigrations }, { feedMigrations }, { webhookMigrations }] =
    await Promise.all([
      import('@app/database'),
      import('@app/event-store'),
      import('@app/feed'),
      import('@app/webhooks'),
    ]);
  await runMigrations(url, [...eventStoreMigrations, ...feedMigrations, ...webhookMigrations]);
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required (the api’s database)');
  if (!process.argv.includes('--no-migrate')) await migrate(url);
  const config = {
    ...loadWebhookConfig(process.env, process.env.NODE_ENV ?? 'development'),
    ...(process.env.WEBHOOK_LEASE_MARGIN_MS
      ? { leaseMarginMs: Number(process.env.WEBHOOK_LEASE_MARGIN_MS) }
      : {}),
  };
  const feed = loadFeedConfig(process.env, {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 3000),
  });
  const print = (line: Record<string, unknown>) =>
    process.stdout.write(`${JSON.stringify({ pid: process.pid, ...line })}\n`);
  const { outage, retryLog } = printedRetryLoopLog('webhook delivery', print);
  const pool = new Pool({ connectionString: url, max: 8, ...boundedConnectionConfig() });
  // A connection the server closes (restart, failover), idle or checked out, must not end the
  // worker: the query fails, the round is retried, the pool replaces the client.
  pool.on('error', (error) => outage.failure('idle connection lost', error));
  pool.on('connect', (client) =>
    client.on('error', (error) => outage.failure('connection lost', error)),
  );
  const store = createPostgresEventStore({ url, poolSize: 2 });
  const signal = new FeedSignal({ connectionString: url }, 100);
  const abort = new AbortController();
  const worker = new WebhookWorker(
    pool,
    new FeedReader(pool, store),
    signal,
    config,
    feed.cloudEvents,
    { retryLog },
  );
  process.once('SIGTERM', () => abort.abort());
  process.once('SIGINT', () => abort.abort());
  print({ msg: 'started' });
  await worker.run(abort.signal);
  await signal.close();
  await store.close();
  await pool.end();
}

main().catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', msg: 'webhook worker failed', error: String(error) }),
  );
  process.exit(1);
});
