import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { startEmbeddedPostgres } from '@app/database';
import { loadConfig } from '@app/platform';
import { createApiApp } from '../../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger, type Role } from '../../apps/api/src/common';

/** The API a read bench measures, listening on loopback. */
export interface BenchApi {
  app: INestApplication;
  /** http://127.0.0.1:<port> */
  base: string;
}

/**
 * Runs `bench` against the API on a throw-away embedded PostgreSQL (a temp dir named after
 * `name`): projector in-process, no seeds, one API key `key` for `role`; logs go to stderr only
 * with BENCH_LOG. The app, the database and the dir are gone afterwards, whatever happens.
 */
export async function withBenchApi(
  name: string,
  access: { role: Role; key: string },
  bench: (api: BenchApi) => Promise<void>,
): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), `ledger-bench-${name}-`));
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
  const app = await createApiApp({
    config: loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'true', SEED_ON_START: 'false' }),
    databaseUrl: pg.url,
    apiKeys: ApiKeyRegistry.fromKeys([
      { name: `bench-${access.role}`, roles: [access.role], key: access.key },
    ]),
    logger: new JsonLogger('error', {
      write: (line: string) => (process.env.BENCH_LOG ? process.stderr.write(line) : undefined),
    }),
  });
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    await bench({ app, base });
  } finally {
    await app.close();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
