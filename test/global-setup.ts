import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../libs/database/src/embedded-postgres';

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set, otherwise an embedded server in a
 * throw-away directory on a free port. Each test file creates its own database (see
 * test/support/test-database.ts), so files never see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-test-pg-'));
  const pg = await startEmbeddedPostgres({
    dataDir,
    persistent: false,
    settings: { max_connections: '300', fsync: 'off', full_page_writes: 'off' },
  });
  process.env.TEST_ADMIN_DATABASE_URL = pg.url;
  (globalThis as { __LEDGER_TEST_PG__?: { stop(): Promise<void> } }).__LEDGER_TEST_PG__ = pg;
}
