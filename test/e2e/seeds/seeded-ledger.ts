import type { INestApplication } from '@nestjs/common';
import { ContractEvent, ContractState, EventOf, foldContract, streamIdFor } from '@app/domain';
import { EventStore, RecordedEvent } from '@app/event-store';
import { createApiApp } from '../../../apps/api/src/app.factory';
import { ApiKeyRegistry, JsonLogger } from '../../../apps/api/src/common';
import { loadConfig } from '@app/platform';
import { readReferenceSeeds, ReferenceSeed } from '../../../apps/api/src/seeding';
import { createTestDatabase, TestDatabase } from '../../support/test-database';

export const FINANCE_KEY = 'seeds-e2e-finance-key';
export const LEGAL_KEY = 'seeds-e2e-legal-key';

/** The real API (createApiApp) on a fresh database, projector running, nothing seeded yet. */
export interface SeedTestApp {
  app: INestApplication;
  db: TestDatabase;
  seeds: ReferenceSeed[];
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startSeedTestApp(): Promise<SeedTestApp> {
  const db = await createTestDatabase('seeds');
  const logs: Record<string, unknown>[] = [];
  const logger = new JsonLogger('info', {
    write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const config = loadConfig({ NODE_ENV: 'test', RUN_PROJECTOR: 'true', SEED_ON_START: 'false' });
  const apiKeys = ApiKeyRegistry.fromKeys([
    { name: 'seeds-e2e-finance', roles: ['finance'], key: FINANCE_KEY },
    { name: 'seeds-e2e-legal', roles: ['legal'], key: LEGAL_KEY },
  ]);
  const app = await createApiApp({ config, databaseUrl: db.url, apiKeys, logger });
  await app.init();
  return {
    app,
    db,
    seeds: readReferenceSeeds(),
    logs,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** A seeded contract as stored: its recorded events, the domain events and the folded state. */
export interface StoredContract {
  recorded: RecordedEvent[];
  events: ContractEvent[];
  state: ContractState;
  /** The events of one type, in stream order. */
  all<T extends ContractEvent['type']>(type: T): EventOf<T>[];
  one<T extends ContractEvent['type']>(type: T): EventOf<T>;
}

export async function readStoredContract(
  app: INestApplication,
  contractId: string,
): Promise<StoredContract> {
  const recorded = await app.get(EventStore).readStream(streamIdFor(contractId));
  const events = recorded.map((r) => ({ type: r.type, data: r.data }) as ContractEvent);
  const all = <T extends ContractEvent['type']>(type: T) =>
    events.filter((e): e is EventOf<T> => e.type === type);
  return {
    recorded,
    events,
    state: foldContract(events),
    all,
    one<T extends ContractEvent['type']>(type: T) {
      const found = all(type);
      if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
      return found[0];
    },
  };
}
