import { DataSource, MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

/**
 * Runs TypeORM migrations (never `synchronize`) against `url`, each in its own transaction, and
 * records them in the `migrations` table. Safe to call at every start-up and from several
 * processes: an advisory lock makes concurrent callers wait for each other.
 */
export async function runMigrations(url: string, migrations: MigrationClass[]): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
  });
  await dataSource.initialize();
  try {
    const lock = dataSource.createQueryRunner();
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock(7263541)');
    try {
      const ran = await dataSource.runMigrations();
      return ran.map((m) => m.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock(7263541)');
      await lock.release();
    }
  } finally {
    await dataSource.destroy();
  }
}
