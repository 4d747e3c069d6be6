import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ContractEventType, ContractTerms, streamIdFor } from '@app/domain';
import { EventStore, RecordedEvent, StreamNotFoundError } from '@app/event-store';
import { createApiApp } from '../../../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger, Role } from '../../../apps/api/src/common';
import { loadConfig } from '@app/platform';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

/** One API key per role; the key's name is the actor recorded on the events. */
export const KEYS: Record<Role, string> = {
  operator: 'e2e-operator-key',
  finance: 'e2e-finance-key',
  legal: 'e2e-legal-key',
  integration: 'e2e-integration-key',
  admin: 'e2e-admin-key',
};
export const ACTOR: Record<Role, string> = {
  operator: 'contract-desk',
  finance: 'finance-desk',
  legal: 'legal-team',
  integration: 'treasury-sync',
  admin: 'ledger-admin',
};

export interface CommandBody {
  revision: number;
  position: string;
  eventIds: string[];
  events: { type: string; data: Record<string, unknown> }[];
}

/** Commands whose stories live in contract-lifecycle.e2e-spec.ts; the rest in contract-money. */
export const LIFECYCLE_EVENT_TYPES: ContractEventType[] = [
  'AcceptanceRejected',
  'AcceptanceDeemed',
  'HoldoverStarted',
  'HoldoverEnded',
  'HoldoverFeePaid',
  'ForceMajeureDeclared',
  'ForceMajeureEnded',
];

/** Commands whose stories live in contract-deferrals.e2e-spec.ts (issue 10: facts not recordable before). */
export const DEFERRAL_EVENT_TYPES: ContractEventType[] = [
  'InvoiceRejected',
  'LateInterestPaid',
  'LateInterestWaived',
  'PaymentRestrictionStarted',
  'PaymentRestrictionEnded',
  'AcceptanceApplied',
  'AcceptanceStarted',
];

/**
 * Deadline facts no HTTP command records: the deadline scheduler does (its own tests,
 * test/integration/deadlines); AcceptanceDeemed also has DeemAcceptance (lifecycle stories).
 */
export const SCHEDULER_EVENT_TYPES: ContractEventType[] = [
  'InstallmentBecameOverdue',
  'ReviewDeemedPassed',
  'BondRefundOverdue',
  'CurePeriodExpired',
  'DeadlineRescheduled',
];

export interface SendOptions {
  ifMatch?: string;
  idempotencyKey?: string;
  correlationId?: string;
}

/** The real API (createApiApp: real wiring, real PostgreSQL) on a fresh database. */
export interface ContractApi {
  app: INestApplication;
  db: TestDatabase;
  send(
    role: Role | null,
    method: 'post' | 'put',
    path: string,
    body: unknown,
    options?: SendOptions,
  ): request.Test;
  get(role: Role | null, path: string): request.Test;
  sign(contractId: string, terms: ContractTerms): Promise<request.Response>;
  /**
   * One command that must be recorded as one event of `type`: checks the 201, the revision,
   * event id and global position in the body against the stored event, the ETag and the actor.
   */
  record(
    role: Role,
    contractId: string,
    path: string,
    body: unknown,
    type: ContractEventType,
  ): Promise<CommandBody>;
  /** Every event type `sign` and `record` have seen written. */
  recordedTypes: Set<ContractEventType>;
  /** The stream as stored ([] when it does not exist). */
  stream(contractId: string): Promise<RecordedEvent[]>;
  /** Revision of the stream (-1 when it does not exist). */
  revision(contractId: string): Promise<number>;
  /** Stops the app, keeping the database. */
  stop(): Promise<void>;
  /** Stops the app and drops the database. */
  close(): Promise<void>;
}

/** On a fresh database, or on `db` (a restart: the same data, a new process' worth of app). */
export async function startContractApi(
  prefix = 'contracts',
  existing?: TestDatabase,
): Promise<ContractApi> {
  const db = existing ?? (await createTestDatabase(prefix));
  const logger = new JsonLogger('error', { write: () => undefined });
  const config = loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'false', SEED_ON_START: 'false' });
  const apiKeys = ApiKeyRegistry.fromKeys(
    (Object.keys(KEYS) as Role[]).map((role) => ({
      name: ACTOR[role],
      roles: [role],
      key: KEYS[role],
    })),
  );
  const app = await createApiApp({ config, databaseUrl: db.url, apiKeys, logger });
  await app.init();
  const server = app.getHttpServer();
  const store = app.get(EventStore);

  const authorise = (test: request.Test, role: Role | null) =>
    role === null ? test : test.set('Authorization', `Bearer ${KEYS[role]}`);
  const stream = async (contractId: string) => {
    try {
      return await store.readStream(streamIdFor(contractId));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  };
  const api: ContractApi = {
    app,
    db,
    send(role, method, path, body, options = {}) {
      let test = authorise(request(server)[method](path), role).send(body as object);
      if (options.ifMatch !== undefined) test = test.set('If-Match', options.ifMatch);
      if (options.idempotencyKey !== undefined)
        test = test.set('Idempotency-Key', options.idempotencyKey);
      if (options.correlationId !== undefined)
        test = test.set('X-Correlation-Id', options.correlationId);
      return test;
    },
    get: (role, path) => authorise(request(server).get(path), role),
    async sign(contractId, terms) {
      const res = await api.send('operator', 'put', `/contracts/${contractId}`, { terms });
      if (res.status !== 201) throw new Error(`sign: ${res.status} ${JSON.stringify(res.body)}`);
      api.recordedTypes.add('ContractSigned');
      return res;
    },
    async record(role, contractId, path, body, type) {
      const before = await api.revision(contractId);
      const res = await api.send(role, 'post', `/contracts/${contractId}/${path}`, body);
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      expect(res.body).toMatchObject({
        contractId,
        streamId: `contract-${contractId}`,
        revision: before + 1,
        idempotent: false,
        events: [{ type }],
      });
      expect(res.body.eventIds).toHaveLength(1);
      expect(res.headers.etag).toBe(`W/"${before + 1}"`);
      const stored = (await api.stream(contractId)).at(-1)!;
      expect(stored).toMatchObject({ eventId: res.body.eventIds[0], type, revision: before + 1 });
      expect(String(stored.position)).toBe(res.body.position);
      expect(stored.metadata).toMatchObject({
        actor: ACTOR[role],
        correlationId: res.headers['x-correlation-id'],
      });
      api.recordedTypes.add(type);
      return res.body as CommandBody;
    },
    recordedTypes: new Set(),
    stream,
    revision: async (contractId) => (await stream(contractId)).length - 1,
    stop: () => app.close(),
    async close() {
      await app.close();
      await db.drop();
    },
  };
  return api;
}

/** A contract id no other test uses (tests in one file share a database). */
let counter = 0;
export function newContractId(label: string): string {
  counter += 1;
  return `${label}-${process.pid}-${counter}`;
}

/**
 * Registers beforeAll/afterAll in the calling describe block: the API on a fresh database named
 * after `prefix`, then `setUp` (a contract signed before the tests), closed and dropped afterwards.
 * Read `api` inside tests.
 */
export function useContractApi(
  prefix: string,
  setUp?: (api: ContractApi) => Promise<void>,
): { readonly api: ContractApi } {
  let api: ContractApi | undefined;
  beforeAll(async () => {
    api = await startContractApi(prefix);
    await setUp?.(api);
  });
  afterAll(async () => {
    await api?.close();
  });
  return {
    get api() {
      if (api === undefined) throw new Error('useContractApi: read it inside a test');
      return api;
    },
  };
}
