/**
 * npm run feed:sequencer — the feed sequencer as its own process, against DATABASE_URL (the
 * api's database; required: an embedded PostgreSQL belongs to the api process). Any number may
 * run, next to the api's own (FEED_SEQUENCER=false there to leave it to these): one leads, the
 * others wait on its advisory lock and take over the moment it dies. Stops on SIGTERM/SIGINT.
 *
 * Prints one JSON line when it starts leading and, with FEED_SEQUENCER_VERBOSE=1, one per batch.
 * `--no-migrate` skips the migrations (the tests' crash loop restarts it many times).
 */
// Narrow imports: the crash tests start this process dozens of times (no Nest, no TypeORM
// unless migrating).
import { createPostgresEventStore } from '@app/event-store/postgres/postgres-event-store';
import { FeedSequencer } from '@app/feed/sequencer/feed-sequencer';
import { printedRetryLoopLog } from '@app/database/resilience/retry-loop-log';

async function migrate(url: string): Promise<void> {
  const [{ runMigrations }, { eventStoreMigrations }, { feedMigrations }] = await Promise.all([
    import('@app/database'),
    import('@app/event-store'),
    import('@app/feed'),
  ]);
  await runMigrations(url, [...eventStoreMigrations, ...feedMigrations]);
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required (the api’s database)');
  if (!process.argv.includes('--no-migrate')) await migrate(url);
  const batchSize = Number(process.env.FEED_SEQUENCER_BATCH ?? 1000);
  const verbose = process.env.FEED_SEQUENCER_VERBOSE === '1';
  const print = (line: Record<string, unknown>) =>
    process.stdout.write(`${JSON.stringify({ pid: process.pid, ...line })}\n`);
  const store = createPostgresEventStore({ url, poolSize: 2, pollIntervalMs: 50 });
  const abort = new AbortController();
  const sequencer = new FeedSequencer(store, {
    database: { connectionString: url },
    batchSize,
    retryDelayMs: 200,
    onLeadership: (leading) => print({ msg: leading ? 'leading' : 'not leading' }),
    onSequenced: (head, count) => verbose && print({ msg: 'sequenced', head: String(head), count }),
    // One line when the database goes away (or another failure starts), one when it is back.
    retryLog: printedRetryLoopLog('feed sequencer', print).retryLog,
  });
  const stop = () => abort.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  print({ msg: 'started, waiting for the lead' });
  await sequencer.run(abort.signal);
  await store.close();
}

main().catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', msg: 'feed sequencer failed', error: String(error) }),
  );
  process.exit(1);
});
