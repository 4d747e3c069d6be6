/**
 * Rebuild read models: `npm run projections:rebuild [name …]` (all projections when none given).
 *
 * Connects to DATABASE_URL, or starts the embedded development database under
 * <LEDGER_DATA_DIR or .data>/pg (stop the api first: one PostgreSQL per data directory; while the
 * api runs, point DATABASE_URL at its database instead). Events come from EVENTSTORE_CONNECTION_STRING
 * when set, else from PostgreSQL. Each projection is replayed blue/green: the whole log is read
 * once into fresh copies of the tables while the live tables keep serving queries, then the copies
 * are swapped in, in one transaction. Progress (events/s, % of head) goes to stderr; a JSON
 * summary line to stdout.
 */
import { Pool } from 'pg';
import { runMigrations } from '@app/database';
import { createPostgresEventStore, eventStoreMigrations, type EventStore } from '@app/event-store';
import { createEventStoreDbEventStore } from '@app/event-store/eventstoredb';
import { rebuildProjections, type RebuildProgress } from '@app/projections';
import { apiMigrations } from '@app/platform';
import { loadConfig } from '@app/platform';
import { startDatabase } from '@app/platform';
import { ALL_PROJECTIONS, projectionMigrations } from '@app/read-models';

const log = (message: string) => process.stderr.write(`[projections:rebuild] ${message}\n`);

function selected(names: string[]) {
  if (names.length === 0) return ALL_PROJECTIONS;
  const unknown = names.filter((n) => !ALL_PROJECTIONS.some((p) => p.name === n));
  if (unknown.length > 0) {
    const known = ALL_PROJECTIONS.map((p) => p.name).join(', ');
    throw new Error(`Unknown projection(s): ${unknown.join(', ')}. Known: ${known}`);
  }
  return ALL_PROJECTIONS.filter((p) => names.includes(p.name));
}

/** Events in the log, for "% of head" (null when the store is not PostgreSQL). */
async function countEvents(pool: Pool, postgres: boolean): Promise<number | null> {
  if (!postgres) return null;
  const { rows } = await pool.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM event_store.events',
  );
  return Number(rows[0].n);
}

/** A progress bar on stderr: redrawn in place on a terminal, a line every 2 s otherwise. */
function progressBar(total: number | null) {
  const started = Date.now();
  let drawn = 0;
  return (p: RebuildProgress, final = false) => {
    const now = Date.now();
    const tty = process.stderr.isTTY;
    if (!final && now - drawn < (tty ? 100 : 2000)) return;
    drawn = now;
    const rate = Math.round(p.events / Math.max(0.001, (now - started) / 1000));
    const fraction =
      total !== null && total > 0
        ? Math.min(1, p.events / total)
        : p.head
          ? Number((p.position * 10000n) / p.head) / 10000
          : 1;
    const width = 30;
    const full = Math.round(fraction * width);
    const bar = `[${'#'.repeat(full)}${'-'.repeat(width - full)}]`;
    const line = `${bar} ${(fraction * 100).toFixed(1)} % of head  ${p.events.toLocaleString('en')} events  ${rate.toLocaleString('en')} events/s`;
    process.stderr.write(tty ? `\r${line}${final ? '\n' : ''}` : `${line}\n`);
  };
}

async function main(): Promise<void> {
  const projections = selected(process.argv.slice(2));
  const config = loadConfig();
  const database = await startDatabase(config, log);
  const pool = new Pool({ connectionString: database.url, max: 4 });
  pool.on('error', () => undefined);
  let store: EventStore | null = null;
  try {
    await runMigrations(database.url, [
      ...eventStoreMigrations,
      ...apiMigrations,
      ...projectionMigrations,
    ]);
    const postgres = !config.eventStoreConnectionString;
    store = postgres
      ? createPostgresEventStore({ url: database.url })
      : createEventStoreDbEventStore(config.eventStoreConnectionString!);
    const total = await countEvents(pool, postgres);
    log(`rebuilding ${projections.map((p) => p.name).join(', ')} from ${total ?? 'all'} events`);
    const started = Date.now();
    const draw = progressBar(total);
    const seen: { last: RebuildProgress | null } = { last: null };
    const results = await rebuildProjections(
      store,
      pool,
      projections,
      (p) => draw((seen.last = p)),
      {
        batchSize: 10_000,
      },
    );
    if (seen.last) draw(seen.last, true);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      JSON.stringify({
        rebuilt: projections.map((p, i) => ({
          projection: p.name,
          table: results[i].table,
          position: results[i].position?.toString() ?? null,
        })),
        events: seen.last?.events ?? 0,
        seconds: Number(seconds.toFixed(1)),
      }),
    );
  } finally {
    await store?.close();
    await pool.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
