import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { runMigrations } from '@app/database';
import { eventStoreMigrations } from '@app/event-store';
import {
  InfrastructureModule,
  JsonLogger,
  apiMigrations,
  exitOnStartupFailure,
  loadConfig,
  startDatabase,
} from '@app/platform';
import { ProjectorModule } from '@app/read-models';
import { projectionMigrations } from '@app/read-models';

/**
 * The projector as its own process (production). In development the api process runs the same
 * ProjectorModule; set RUN_PROJECTOR=false there when this process runs instead.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new JsonLogger(config.logLevel);
  const database = await startDatabase(config, (m) => logger.log(m, 'Bootstrap'));
  try {
    // The same schema as the api, whichever process starts first.
    await runMigrations(database.url, [
      ...eventStoreMigrations,
      ...apiMigrations,
      ...projectionMigrations,
    ]);

    @Module({
      imports: [
        InfrastructureModule.forRoot({
          databaseUrl: database.url,
          eventStoreConnectionString: config.eventStoreConnectionString,
        }),
        ProjectorModule.register({ runInProcess: true }),
      ],
    })
    class ProjectorAppModule {}

    const app = await NestFactory.createApplicationContext(ProjectorAppModule, { logger });
    logger.log('projector running; stop with SIGTERM', 'Bootstrap');
    const stop = async () => {
      await app.close();
      await database.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  } catch (error) {
    await database.stop().catch(() => undefined); // never leave an embedded server behind
    throw error;
  }
}

main().catch(exitOnStartupFailure('Projector'));
