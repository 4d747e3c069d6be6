/**
 * Record a calendar year from a data file: `npm run calendar:add -- calendar/years/2027.json`.
 *
 * The file is the State Council General Office's notice transcribed (calendar/README.md). It goes
 * through the same code as POST /calendar/years (CalendarService.publish): validated, then stored
 * as CalendarYearPublished in the `calendar` stream with its source and version; every API process
 * picks it up within 10 s. Connects to DATABASE_URL (or EVENTSTORE_CONNECTION_STRING for the
 * events), else the embedded development database (stop the api first). Prints one JSON line;
 * exit 0 when recorded or already recorded, 1 when refused (the violations on stderr as JSON).
 */
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { addCalendarYearFromFile } from '@app/calendar';
import { runMigrations } from '@app/database';
import { DomainError } from '@app/domain';
import { createPostgresEventStore, eventStoreMigrations, type EventStore } from '@app/event-store';
import { createEventStoreDbEventStore } from '@app/event-store/eventstoredb';
import { loadConfig, startDatabase } from '@app/platform';
import { todayInChina } from '@app/read-models';

const log = (message: string) => process.stderr.write(`[calendar:add] ${message}\n`);

async function main(): Promise<number> {
  const path = process.argv[2];
  if (!path || process.argv.length > 3) {
    log('usage: npm run calendar:add -- <calendar-year file.json>');
    return 2;
  }
  const config = loadConfig();
  const database = await startDatabase(config, log);
  let store: EventStore | null = null;
  try {
    await runMigrations(database.url, eventStoreMigrations);
    store = config.eventStoreConnectionString
      ? createEventStoreDbEventStore(config.eventStoreConnectionString)
      : createPostgresEventStore({ url: database.url });
    const result = await addCalendarYearFromFile(store, path, {
      actor: `cli:${userInfo().username}`,
      correlationId: randomUUID(),
      today: todayInChina(),
    });
    console.log(JSON.stringify(result));
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const { code, message, field, details } = error;
    process.stderr.write(`${JSON.stringify({ code, message, field, details })}\n`);
    return 1;
  } finally {
    await store?.close();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
