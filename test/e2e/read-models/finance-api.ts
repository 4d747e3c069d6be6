import type { INestApplication } from '@nestjs/common';
import type { Pool } from 'pg';
import request from 'supertest';
import { PG_POOL } from '@app/database';
import { streamIdFor, type ContractEvent, type ContractTerms } from '@app/domain';
import { EventStore } from '@app/event-store';
import { createApiApp } from '../../../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger, type Role } from '../../../apps/api/src/common';
import { loadConfig } from '@app/platform';
import {
  history000,
  history001,
  history002,
  toAppend,
} from '@app/read-models/projections/testing/reference-histories.fixtures';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const KEYS: Record<Role, string> = {
  operator: 'rm-operator-key',
  finance: 'rm-finance-key',
  legal: 'rm-legal-key',
  integration: 'rm-integration-key',
  admin: 'rm-admin-key',
};

/** The real API with the projector running in-process, on a fresh database. */
export interface FinanceApi {
  app: INestApplication;
  store: EventStore;
  pool: Pool;
  /** Appends decided events to a contract's stream, a few per append; returns the last position. */
  append(contractId: string, events: ContractEvent[], perAppend?: number): Promise<string>;
  get(path: string, role?: Role, accept?: string): request.Test;
  /** A command through HTTP (PUT to sign, POST for the rest), as `role` (default finance). */
  send(method: 'put' | 'post', path: string, body: unknown, role?: Role): request.Test;
  close(): Promise<void>;
}

export async function startFinanceApi(): Promise<FinanceApi> {
  const db: TestDatabase = await createTestDatabase('read_models');
  const config = loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'true', SEED_ON_START: 'false' });
  const apiKeys = ApiKeyRegistry.fromKeys(
    (Object.keys(KEYS) as Role[]).map((role) => ({
      name: `${role}-desk`,
      roles: [role],
      key: KEYS[role],
    })),
  );
  const logger = new JsonLogger('error', { write: () => undefined });
  const app = await createApiApp({ config, databaseUrl: db.url, apiKeys, logger });
  await app.init();
  const store = app.get(EventStore);
  const server = app.getHttpServer();
  return {
    app,
    store,
    pool: app.get<Pool>(PG_POOL),
    async append(contractId, events, perAppend = 3) {
      let position = '';
      for (let i = 0; i < events.length; i += perAppend) {
        const chunk = events.slice(i, i + perAppend).map((e) => toAppend(e, 'finance-e2e'));
        const result = await store.appendToStream(streamIdFor(contractId), chunk, {
          expectedRevision: i === 0 ? 'no_stream' : i - 1,
        });
        position = result.position.toString();
      }
      return position;
    },
    get(path, role = 'finance', accept = 'application/json') {
      return request(server)
        .get(path)
        .set('Authorization', `Bearer ${KEYS[role]}`)
        .set('Accept', accept);
    },
    send(method, path, body, role = 'finance') {
      return request(server)
        [method](path)
        .set('Authorization', `Bearer ${KEYS[role]}`)
        .send(body as object);
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** Appends the decided histories of 000, 001 and 002; returns the position of the last write. */
export async function appendReferenceHistories(api: FinanceApi): Promise<string> {
  await api.append('c-000', history000());
  await api.append('c-001', history001());
  return api.append('c-002', history002());
}

/** GET a finance view once the projections have reached `minPosition` (read-your-writes). */
export async function readView(api: FinanceApi, path: string, minPosition: string): Promise<any> {
  const sep = path.includes('?') ? '&' : '?';
  const res = await api.get(`${path}${sep}minPosition=${minPosition}`).expect(200);
  expect(BigInt(res.headers['x-read-model-position'])).toBeGreaterThanOrEqual(BigInt(minPosition));
  return res.body;
}

/** The API of a describe block and the position its set-up wrote last (read-your-writes). */
export interface FinanceApiFixture {
  readonly api: FinanceApi;
  /** A test that writes more moves it on for the tests after it. */
  head: string;
}

/**
 * Registers beforeAll/afterAll in the calling describe block: the finance API on a fresh database,
 * then `setUp` (appending the block's histories; it returns the last position, read as `head`),
 * closed afterwards. Read the fields inside tests.
 */
export function useFinanceApi(
  setUp: (api: FinanceApi) => Promise<string | void> = appendReferenceHistories,
): FinanceApiFixture {
  let api: FinanceApi | undefined;
  let head: string | undefined;
  beforeAll(async () => {
    api = await startFinanceApi();
    head = (await setUp(api)) ?? '';
  });
  afterAll(() => api?.close());
  return {
    get api() {
      if (api === undefined) throw new Error('useFinanceApi: read the fixture inside a test');
      return api;
    },
    get head() {
      if (head === undefined) throw new Error('useFinanceApi: read the fixture inside a test');
      return head;
    },
    set head(position: string) {
      head = position;
    },
  };
}

/** Signs `terms` as `contractId` through HTTP, as the operator (PUT /contracts/:id → 201). */
export async function signOverHttp(
  api: FinanceApi,
  contractId: string,
  terms: ContractTerms,
): Promise<void> {
  const signed = await api.send('put', `/contracts/${contractId}`, { terms }, 'operator');
  expect(signed.status).toBe(201);
}
