/**
 * `npm run openapi:client`, the first step of `npm test` (before `npm run typecheck`, which
 * type-checks the client scenarios against it): writes client/ledger-api.generated.ts, the
 * openapi-typescript types of the /openapi.json this tree's app serves. The file is a build
 * artefact (gitignored). Offline: the app runs here, on a throw-away database — on the server of
 * DATABASE_URL when set, else on an embedded PostgreSQL — and the document is read from it over
 * loopback. openapi-contract.e2e-spec.ts fails when the file differs from what the served
 * document generates (a DTO changed since: run this again).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '@app/database';
import { loadConfig } from '@app/platform';
import { createApiApp } from '../../../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger } from '../../../apps/api/src/common';
import { createTestDatabase } from '../../support/test-database';

export const GENERATED_CLIENT = join(__dirname, 'client/ledger-api.generated.ts');

async function servedDocument(): Promise<string> {
  let pg: RunningPostgres | undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'openapi-client-'));
  try {
    if (!process.env.DATABASE_URL) {
      pg = await startEmbeddedPostgres({ dataDir: join(scratch, 'pg'), persistent: false });
    }
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL ?? pg?.url;
    const db = await createTestDatabase('openapi_client');
    try {
      const config = loadConfig({
        NODE_ENV: 'test',
        RUN_PROJECTOR: 'false',
        SEED_ON_START: 'false',
      });
      const apiKeys = ApiKeyRegistry.fromKeys([
        { name: 'openapi-client', roles: ['legal'], key: 'openapi-client-key' },
      ]);
      const logger = new JsonLogger('error', { write: () => undefined });
      const app = await createApiApp({ config, databaseUrl: db.url, apiKeys, logger });
      try {
        await app.listen(0, '127.0.0.1');
        const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
        const response = await fetch(`http://127.0.0.1:${port}/openapi.json`);
        if (!response.ok) throw new Error(`GET /openapi.json answered ${response.status}`);
        return await response.text();
      } finally {
        await app.close();
      }
    } finally {
      await db.drop();
    }
  } finally {
    await pg?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** openapi-typescript's types of a document, as openapi-tools.mjs formats them. */
export function clientTypesOf(document: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, document);
    const out = execFileSync(
      process.execPath,
      [join(__dirname, 'openapi-tools.mjs'), file, '--client'],
      { cwd: join(__dirname, '../../..'), maxBuffer: 64 * 1024 * 1024 },
    );
    return (JSON.parse(out.toString()) as { clientTypes: string }).clientTypes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  writeFileSync(GENERATED_CLIENT, clientTypesOf(await servedDocument()));
  process.stdout.write(`openapi:client: wrote ${GENERATED_CLIENT}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`openapi:client failed: ${String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  });
}
