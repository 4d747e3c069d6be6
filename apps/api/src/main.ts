import 'reflect-metadata';
import { createApiApp } from './app.factory';
import { loadConfig } from '@app/platform';
import { startDatabase } from '@app/platform';
import { ApiKeyRegistry, JsonLogger } from './common';
import { seedReferenceContracts } from './seeding';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new JsonLogger(config.logLevel);
  const log = (msg: string) => logger.log(msg, 'Bootstrap');
  const database = await startDatabase(config, log);
  const apiKeys = ApiKeyRegistry.fromEnvironment(process.env, config.nodeEnv);
  const app = await createApiApp({ config, databaseUrl: database.url, apiKeys, logger });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing in-flight requests, then stopping`);
    await app.close(); // drains HTTP, then closes the event store and pool (in-flight appends finish)
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  if (config.seedOnStart) await seedReferenceContracts(app);
  await app.listen(config.port, config.host);
  const url = `http://${config.host}:${config.port}`;
  log(`Contract ledger listening on ${url} (docs: ${url}/docs, readiness: ${url}/health/ready)`);
  for (const line of apiKeys.developmentKeyLines()) log(line);
}

main().catch((error: unknown) => {
  console.error(
    JSON.stringify({
      level: 'fatal',
      msg: 'start-up failed',
      error: String(error),
      stack: error instanceof Error ? error.stack : undefined,
    }),
  );
  process.exit(1);
});
