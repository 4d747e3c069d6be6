/**
 * Record the deadline facts due up to a date: `npm run deadlines:run -- --until=YYYY-MM-DD`
 * (default: today in China; a later date is refused — it has not passed yet). For operations
 * (after a calendar year was published, after an outage of the api's scheduler) and for tests.
 *
 * Connects to DATABASE_URL, or starts the embedded development database under
 * <LEDGER_DATA_DIR or .data>/pg (stop the api first; while it runs, point DATABASE_URL at its
 * database). Counts with the calendar the store holds (the `calendar` stream). Safe beside a
 * running api scheduler or another run: each fact is recorded once (libs/deadlines).
 * `--pace-ms=N` waits N ms after each fact, to spare a busy database.
 *
 * stdout: one JSON object per line — each fact recorded ({"kind":"recorded",…}), each contract
 * done ({"kind":"contract",…}), a failed contract ({"kind":"failed",…}) — then {"summary":…}.
 */
import { runMigrations } from '@app/database';
import { CalendarService, currentCalendar } from '@app/calendar';
import { DeadlineScheduler, SystemClock, type DeadlineProgress } from '@app/deadlines';
import { createPostgresEventStore, eventStoreMigrations, type EventStore } from '@app/event-store';
import { createEventStoreDbEventStore } from '@app/event-store/eventstoredb';
import { isLocalDate } from '@app/domain';
import { loadConfig, startDatabase } from '@app/platform';

const log = (message: string) => process.stderr.write(`[deadlines:run] ${message}\n`);

function parseArgs(argv: string[]): { until?: string; paceMs: number } {
  const out: { until?: string; paceMs: number } = { paceMs: 0 };
  for (const arg of argv) {
    const m = /^--(until|pace-ms)=(.*)$/.exec(arg);
    if (!m) throw new Error(`Unknown argument ${arg}: use --until=YYYY-MM-DD [--pace-ms=N]`);
    if (m[1] === 'until') {
      if (!isLocalDate(m[2])) throw new Error(`--until must be a date YYYY-MM-DD (got "${m[2]}")`);
      out.until = m[2];
    } else {
      if (!/^\d{1,6}$/.test(m[2])) throw new Error(`--pace-ms must be 0–999999 (got "${m[2]}")`);
      out.paceMs = Number(m[2]);
    }
  }
  return out;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const database = await startDatabase(config, log);
  let store: EventStore | null = null;
  try {
    await runMigrations(database.url, eventStoreMigrations);
    store = config.eventStoreConnectionString
      ? createEventStoreDbEventStore(config.eventStoreConnectionString)
      : createPostgresEventStore({ url: database.url });
    await new CalendarService(store).reload(); // the years operators published
    const scheduler = new DeadlineScheduler(store, {
      calendar: currentCalendar,
      clock: new SystemClock(),
    });
    const summary = await scheduler.runOnce({
      until: args.until,
      onProgress: (p: DeadlineProgress) => process.stdout.write(`${JSON.stringify(p)}\n`),
      afterRecord: args.paceMs > 0 ? () => pause(args.paceMs) : undefined,
    });
    process.stdout.write(`${JSON.stringify({ summary })}\n`);
    if (summary.failed > 0) process.exitCode = 1;
  } finally {
    await store?.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
