/**
 * npm run seed — loads the five reference contracts (seeds/) through the command side (the
 * CommandBus and ContractCommandHandler every HTTP command goes through), against the database
 * the API would use (DATABASE_URL, or the embedded one under LEDGER_DATA_DIR), then exits. Idempotent: a second run appends nothing. With RUN_PROJECTOR on (the default) the read
 * models are brought up to date before it exits.
 */
import 'reflect-metadata';
import { createApiApp } from '../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger } from '../apps/api/src/common';
import { loadConfig } from '@app/platform';
import { startDatabase } from '@app/platform';
import { seedReferenceContracts } from '../apps/api/src/seeding';
import { ProjectorService } from '@app/read-models';

const PROJECTION_CATCH_UP_MS = 60_000;
/** Nest's start-up chatter (one line per module and route) says nothing about seeding. */
const STARTUP_CONTEXTS = /"context":"(InstanceLoader|RoutesResolver|RouterExplorer)"/;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new JsonLogger(config.logLevel, {
    write: (line) => {
      if (!STARTUP_CONTEXTS.test(line)) process.stdout.write(line);
    },
  });
  const log = (msg: string) => logger.log(msg, 'Seed');
  const database = await startDatabase(config, log);
  try {
    // Seeding needs no HTTP keys; an empty registry keeps production configuration out of it.
    const apiKeys = ApiKeyRegistry.fromEntries([]);
    const app = await createApiApp({ config, databaseUrl: database.url, apiKeys, logger });
    try {
      await app.init();
      const reports = await seedReferenceContracts(app);
      if (reports.some((r) => r.failure !== null)) process.exitCode = 1;
      if (config.runProjector) {
        const last = reports
          .map((r) => (r.position === null ? 0n : BigInt(r.position)))
          .reduce((a, b) => (a > b ? a : b), 0n);
        const caughtUp = await app.get(ProjectorService).waitFor(last, PROJECTION_CATCH_UP_MS);
        log(
          caughtUp
            ? `read models are up to date (position ${last})`
            : `read models are still catching up after ${PROJECTION_CATCH_UP_MS} ms; they finish on the next start`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(
      JSON.stringify({
        level: 'fatal',
        msg: 'seeding failed',
        error: String(error),
        stack: error instanceof Error ? error.stack : undefined,
      }),
    );
    process.exit(1);
  },
);
