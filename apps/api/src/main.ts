import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { DatabaseHandle, exitOnStartupFailure, loadConfig, startDatabase } from '@app/platform';
import { createApiApp } from './app.factory';
import { DeadlineSchedulerService } from './deadlines/deadline-scheduler.service';
import { ApiKeyRegistry, JsonLogger } from './common';
import { seedReferenceContracts } from './seeding';

async function main(): Promise<void> {
  const config = loadConfig(); // refuses a malformed or unknown setting before anything starts
  const apiKeys = ApiKeyRegistry.fromEnvironment(process.env, config.nodeEnv);
  const logger = new JsonLogger(config.logLevel);
  const log = (msg: string) => logger.log(msg, 'Bootstrap');
  const database: DatabaseHandle = await startDatabase(config, log);
  try {
    const app = await createApiApp({ config, databaseUrl: database.url, apiKeys, logger });

    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal} received: finishing in-flight requests, then stopping`);
      // Drains HTTP, then closes the workers, the event store and pool (in-flight appends finish).
      // A step that hangs is named and cut short, so a stop never waits forever (PostgreSQL is
      // stopped either way: crash recovery loses nothing committed).
      const closed = await within(SHUTDOWN_STEP_MS, app.close());
      if (!closed) logger.error(`the api did not close within ${SHUTDOWN_STEP_MS} ms`, 'Bootstrap');
      await database.stop();
      log(database.embedded ? 'stopped, and the embedded PostgreSQL too' : 'stopped');
      process.exit(closed ? 0 : 1);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));

    if (config.seedOnStart) await seedReferenceContracts(app);
    await app.listen(config.port, config.host);
    const { port } = (app.getHttpServer() as Server).address() as AddressInfo; // PORT=0: the one chosen
    const url = `http://${config.host}:${port}`;
    log(`Contract ledger listening on ${url} (docs: ${url}/docs, readiness: ${url}/health/ready)`);
    for (const line of apiKeys.developmentKeyLines()) log(line);
    // After the seed loader: deadlines are judged on whole stories (DEADLINE_SCHEDULER).
    app.get(DeadlineSchedulerService).start();
  } catch (error) {
    await database.stop().catch(() => undefined); // never leave an embedded server behind
    throw error;
  }
}

/** How long the api may take to drain and close on SIGTERM/SIGINT before the stop goes on without it. */
const SHUTDOWN_STEP_MS = 30_000;

/** True when `work` settles within `ms`. */
function within(ms: number, work: Promise<unknown>): Promise<boolean> {
  return Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref()),
  ]);
}

main().catch(exitOnStartupFailure('Bootstrap'));
