import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { streamIdFor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { WrongExpectedRevisionError } from '@app/event-store/event-store.errors';
import {
  history001,
  toAppend,
} from '@app/read-models/projections/testing/reference-histories.fixtures';
import { loadConfig } from '@app/platform';
import { createApiApp } from '../../../apps/api/src/app.factory';
import { ApiKeyRegistry, IdempotencyRetention, JsonLogger } from '../../../apps/api/src/common';
import { PG_POOL } from '@app/database';
import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const LEGAL = 'def-legal-key';
const FINANCE = 'def-finance-key';
const terms001 = JSON.parse(
  readFileSync(join(__dirname, '../../../seeds/contracts/contract-001.json'), 'utf8'),
).terms;

/** The value of one sample in Prometheus text, or undefined when absent. */
function sample(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}} `));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

describe('the real app, observed and defended', () => {
  let db: TestDatabase;
  let app: INestApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase('defenses');
    const config = loadConfig({
      NODE_ENV: 'test',
      RUN_PROJECTOR: 'true',
      SEED_ON_START: 'false',
      AUTH_FAILURE_LIMIT: '10',
      AUTH_FAILURE_WINDOW_SECONDS: '60',
    });
    const apiKeys = ApiKeyRegistry.fromKeys([
      { name: 'def-legal', roles: ['legal', 'operator'], key: LEGAL },
      { name: 'def-finance', roles: ['finance'], key: FINANCE },
    ]);
    const logger = new JsonLogger('error', { write: () => undefined });
    app = await createApiApp({ config, databaseUrl: db.url, apiKeys, logger });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('sends security headers and no X-Powered-By, and Swagger UI still loads', async () => {
    const res = await http().get('/health/live').expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    await http().get('/docs/').expect(200);
  });

  it('counts commands by type and outcome, times HTTP by route and appends by result', async () => {
    const id = 'metrics-001';
    await http()
      .put(`/contracts/${id}`)
      .set('Authorization', `Bearer ${LEGAL}`)
      .send({ terms: terms001 })
      .expect(201);
    await http()
      .put(`/contracts/${id}`)
      .set('Authorization', `Bearer ${LEGAL}`)
      .send({ terms: terms001 })
      .expect(200); // the same fact again: nothing new
    await http()
      .post(`/contracts/${id}/payments`)
      .set('Authorization', `Bearer ${FINANCE}`)
      .send({ occurredAt: '2022-07-19', paymentId: 'p-1', installmentId: 'start', amount: '1.005' })
      .expect(400);
    const store = app.get(EventStore);
    // A writer that read revision 5 of a stream now at revision 0: refused as a conflict.
    await expect(
      store.appendToStream(streamIdFor(id), [toAppend(history001()[1], 'metrics-e2e')], {
        expectedRevision: 5,
      }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);

    const text = (
      await http()
        .get('/metrics')
        .expect(200)
        .expect('Content-Type', /text\/plain/)
    ).text;
    expect(
      sample(text, 'ledger_commands_total', 'type="SignContract",outcome="recorded",code=""'),
    ).toBe(1);
    expect(
      sample(text, 'ledger_commands_total', 'type="SignContract",outcome="unchanged",code=""'),
    ).toBe(1);
    expect(
      sample(
        text,
        'ledger_commands_total',
        'type="RecordPayment",outcome="refused",code="VALIDATION_FAILED"',
      ),
    ).toBe(1);
    expect(
      sample(
        text,
        'http_request_duration_seconds_count',
        'method="PUT",route="/contracts/:contractId",status="201"',
      ),
    ).toBe(1);
    expect(sample(text, 'ledger_event_store_append_duration_seconds_count', 'result="ok"')).toBe(1);
    expect(sample(text, 'ledger_event_store_append_conflicts_total', '')).toBeUndefined();
    expect(text).toMatch(/^ledger_event_store_append_conflicts_total 1$/m);
    expect(
      sample(text, 'ledger_projection_lag_events', 'projection="contracts"'),
    ).toBeGreaterThanOrEqual(0);
    expect(
      sample(text, 'ledger_projection_lag_seconds', 'projection="ledger_lines"'),
    ).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'ledger_db_pool_connections', 'state="total"')).toBeGreaterThan(0);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('keeps an Idempotency-Key for IDEMPOTENCY_RETENTION_HOURS (24), then purges it', async () => {
    const id = 'retention-001';
    for (const key of ['old-key', 'new-key']) {
      await http()
        .put(`/contracts/${id}`)
        .set('Authorization', `Bearer ${LEGAL}`)
        .set('Idempotency-Key', key)
        .send({ terms: terms001 })
        .expect((res) => expect([200, 201]).toContain(res.status));
    }
    const pool = app.get<Pool>(PG_POOL);
    await pool.query(
      `UPDATE idempotency_keys SET created_at = now() - interval '24 hours 1 minute' WHERE key = 'old-key'`,
    );
    expect(await app.get(IdempotencyRetention).purgeExpired()).toBe(1);
    const { rows } = await pool.query(
      `SELECT key FROM idempotency_keys WHERE key IN ('old-key', 'new-key')`,
    );
    expect(rows).toEqual([{ key: 'new-key' }]);
  });

  it('gives Excel its CSV: UTF-8 BOM and a file name, with Accept: text/csv; excel=true', async () => {
    const excel = await http()
      .get('/contracts')
      .set('Authorization', `Bearer ${FINANCE}`)
      .set('Accept', 'text/csv; excel=true')
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      })
      .expect(200);
    expect(excel.headers['content-disposition']).toBe('attachment; filename="contracts.csv"');
    expect((excel.body as string).startsWith('\uFEFFcontractId,')).toBe(true);
    const plain = await http()
      .get('/contracts')
      .set('Authorization', `Bearer ${FINANCE}`)
      .set('Accept', 'text/csv')
      .expect(200);
    expect(plain.headers['content-disposition']).toBeUndefined();
    expect(plain.text.startsWith('contractId,')).toBe(true);
  });

  // Last: it blocks this address for the rest of the window.
  it('answers 429 with Retry-After after 10 wrong keys from one address', async () => {
    for (let i = 0; i < 10; i++) {
      await http().get('/contracts').set('Authorization', `Bearer wrong-${i}`).expect(401);
    }
    const res = await http().get('/contracts').set('Authorization', 'Bearer wrong-10').expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(res.body.code).toBe('TOO_MANY_AUTH_FAILURES');
  });
});
