import { INestApplication, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { readReferenceSeeds } from './seed-files.reader';
import { loadSeeds, SeedReport } from './seed.loader';

export { readReferenceSeeds, SEEDS_DIR } from './seed-files.reader';
export { loadSeeds } from './seed.loader';
export type { SeedLog, SeedReport } from './seed.loader';
export { seedCommandId, seedContractId, seedCorrelationId, SEED_NAMESPACE } from './seed-ids';
export type * from './seed.types';

/**
 * Loads the reference contracts (seeds/) through the command side — the CommandBus, the door
 * HTTP commands use — idempotently. A contract whose history is refused (e.g. a database holding
 * an older version of it) is logged as an error and reported in `failure`, and the others still
 * load, so start-up goes on; `npm run seed` fails on it.
 */
export async function seedReferenceContracts(
  app: INestApplication,
  seedsDir?: string,
): Promise<SeedReport[]> {
  const logger = new Logger('Seeds');
  // The CommandBus learns its handlers when the app initialises (@nestjs/cqrs registers them on
  // bootstrap): before that it knows none. init() is idempotent, so an initialised app is fine.
  await app.init();
  const seeds = readReferenceSeeds(seedsDir);
  logger.log(`loading ${seeds.length} reference contract(s) through the command side`);
  const reports = await loadSeeds(app.get(CommandBus), seeds, {
    info: (m) => logger.log(m),
    warn: (m) => logger.warn(m),
    error: (m) => logger.error(m),
  });
  const applied = reports.reduce((n, r) => n + r.applied, 0);
  const skipped = reports.reduce((n, r) => n + r.skipped, 0);
  const failed = reports.filter((r) => r.failure !== null).map((r) => r.key);
  const outcome = `${applied} step(s) applied, ${skipped} already present`;
  if (failed.length === 0) logger.log(`reference contracts loaded: ${outcome}`);
  else logger.error(`reference contracts loaded with failures (${failed.join(', ')}): ${outcome}`);
  return reports;
}
