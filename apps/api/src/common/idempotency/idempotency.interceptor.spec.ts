import { Body, Controller, HttpCode, Injectable, Post, Put, Res } from '@nestjs/common';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { Pool } from 'pg';
import request from 'supertest';
import { runMigrations } from '@app/database/migrations';
import { DomainError } from '@app/domain/shared/decider';
import { HttpTestApp, createHttpTestApp } from '../../../../../test/support/http-test-app';
import { TestDatabase, createTestDatabase } from '../../../../../test/support/test-database';
import { ApiKeyRegistry, HttpResponse, IsMoney, Roles, apiMigrations, requestHash } from '../index';
import { CLAIM_LOCK_NAMESPACE } from './claim-owner';

class OrderDto {
  @IsMoney() amount!: string;
  @IsOptional() @IsString() note?: string;
  @IsOptional() @IsBoolean() refuse?: boolean;
}

/** Counts handler runs (per app instance) and can hold a request open until released. */
@Injectable()
class Probe {
  calls = 0;
  entered!: Promise<void>;
  release!: () => void;
  private enter!: () => void;
  private gate!: Promise<void>;

  arm(): void {
    this.entered = new Promise((r) => (this.enter = r));
    this.gate = new Promise((r) => (this.release = r));
  }

  async hold(): Promise<void> {
    this.enter();
    await this.gate;
  }
}

@Controller('orders')
class OrdersController {
  constructor(private readonly probe: Probe) {}

  @Post()
  @Roles('operator')
  create(@Body() body: OrderDto, @Res({ passthrough: true }) res: HttpResponse) {
    if (body.refuse) throw new DomainError('ORDER_REFUSED', 'Refused by a business rule');
    const id = ++this.probe.calls;
    res.setHeader('ETag', `W/"${id}"`);
    res.setHeader('Location', `/orders/${id}`);
    return { id, amount: body.amount };
  }

  @Post('slow')
  @Roles('operator')
  async slow(@Body() body: OrderDto) {
    await this.probe.hold();
    return { id: ++this.probe.calls, amount: body.amount };
  }

  @Put('batch')
  @HttpCode(202)
  @Roles('operator')
  batch(@Body() body: OrderDto) {
    this.probe.calls++;
    return [{ amount: body.amount }, { amount: body.amount }];
  }
}

const apiKeys = ApiKeyRegistry.fromKeys([
  { name: 'ops-a', roles: ['operator'], key: 'key-a' },
  { name: 'ops-b', roles: ['operator'], key: 'key-b' },
]);

describe('IdempotencyInterceptor (real PostgreSQL)', () => {
  let db: TestDatabase;
  let pool: Pool;
  let t: HttpTestApp;
  const probe = () => t.app.get(Probe);
  const post = (path: string, key?: string, actorKey = 'key-a') => {
    const req = request(t.app.getHttpServer()).post(path).set('X-Api-Key', actorKey);
    return key === undefined ? req : req.set('Idempotency-Key', key);
  };
  const startApp = () =>
    createHttpTestApp({ controllers: [OrdersController], providers: [Probe], apiKeys, pool });
  const rows = async (key: string) =>
    (
      await pool.query('SELECT actor, status, completed_at FROM idempotency_keys WHERE key = $1', [
        key,
      ])
    ).rows;

  beforeAll(async () => {
    db = await createTestDatabase('idem');
    await runMigrations(db.url, apiMigrations);
    pool = new Pool({ connectionString: db.url, max: 5 });
    // The test's own DROP DATABASE … WITH (FORCE) ends idle connections: expected, not a crash.
    pool.on('error', () => undefined);
    t = await startApp();
  });

  afterAll(async () => {
    await t?.close();
    await pool?.end();
    await db?.drop();
  });

  it('replays the original response (status, body, headers) without running the handler again', async () => {
    const first = await post('/orders', 'k-replay').send({ amount: '10.00' }).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const calls = probe().calls;

    const again = await post('/orders', 'k-replay').send({ amount: '10.00' }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['x-correlation-id']).not.toBe(first.headers['x-correlation-id']);
    expect(probe().calls).toBe(calls);
  });

  it('treats a body with reordered keys as the same request', async () => {
    const first = await post('/orders', 'k-order').send({ amount: '5.00', note: 'n' }).expect(201);
    const again = await post('/orders', 'k-order').send({ note: 'n', amount: '5.00' }).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
  });

  it('refuses the same key with a different body or path: 422 IDEMPOTENCY_KEY_REUSED', async () => {
    await post('/orders', 'k-reuse').send({ amount: '10.00' }).expect(201);
    const calls = probe().calls;
    const body = await post('/orders', 'k-reuse').send({ amount: '11.00' }).expect(422);
    expect(body.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    await post('/orders/slow', 'k-reuse').send({ amount: '10.00' }).expect(422);
    expect(probe().calls).toBe(calls);
  });

  it('scopes keys per actor', async () => {
    const a = await post('/orders', 'k-shared', 'key-a').send({ amount: '1.00' }).expect(201);
    const b = await post('/orders', 'k-shared', 'key-b').send({ amount: '2.00' }).expect(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.body.id).not.toBe(a.body.id);
    expect((await rows('k-shared')).map((r) => r.actor).sort()).toEqual(['ops-a', 'ops-b']);
  });

  it('stores nothing for a refused request, so the key can be retried (even with a corrected body)', async () => {
    const refused = await post('/orders', 'k-fail')
      .send({ amount: '3.00', refuse: true })
      .expect(422);
    expect(refused.body.code).toBe('ORDER_REFUSED');
    expect(await rows('k-fail')).toEqual([]);
    const invalid = await post('/orders', 'k-fail').send({ amount: 3 }).expect(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect(await rows('k-fail')).toEqual([]);
    const ok = await post('/orders', 'k-fail').send({ amount: '3.00' }).expect(201);
    expect(ok.headers['idempotent-replayed']).toBeUndefined();
    expect(await rows('k-fail')).toMatchObject([{ actor: 'ops-a', status: 201 }]);
  });

  it('answers 409 IDEMPOTENCY_KEY_IN_PROGRESS while the first request runs, then replays it', async () => {
    probe().arm();
    const first = post('/orders/slow', 'k-slow')
      .send({ amount: '7.00' })
      .then((r) => r);
    await probe().entered;
    const concurrent = await post('/orders/slow', 'k-slow').send({ amount: '7.00' }).expect(409);
    expect(concurrent.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
    probe().release();
    const done = await first;
    expect(done.status).toBe(201);
    const replay = await post('/orders/slow', 'k-slow').send({ amount: '7.00' }).expect(201);
    expect(replay.body).toEqual(done.body);
  });

  it('keeps an explicit status and an array body', async () => {
    const first = await request(t.app.getHttpServer())
      .put('/orders/batch')
      .set('X-Api-Key', 'key-a')
      .set('Idempotency-Key', 'k-batch')
      .send({ amount: '4.00' })
      .expect(202);
    const again = await request(t.app.getHttpServer())
      .put('/orders/batch')
      .set('X-Api-Key', 'key-a')
      .set('Idempotency-Key', 'k-batch')
      .send({ amount: '4.00' })
      .expect(202);
    expect(again.body).toEqual([{ amount: '4.00' }, { amount: '4.00' }]);
    expect(again.body).toEqual(first.body);
  });

  it('takes over a pending key abandoned by a dead process, but not a fresh one', async () => {
    const insertPending = (key: string, age: string) =>
      pool.query(
        `INSERT INTO idempotency_keys (actor, key, method_path, request_hash, created_at)
         VALUES ('ops-a', $1, 'POST /orders', $2, now() - $3::interval)`,
        [key, requestHash('POST /orders', { amount: '8.00' }), age],
      );
    await insertPending('k-fresh', '1 second');
    await post('/orders', 'k-fresh').send({ amount: '8.00' }).expect(409);
    await insertPending('k-stale', '1 hour');
    await post('/orders', 'k-stale').send({ amount: '8.00' }).expect(201);
  });

  describe('a pending key whose request provably ended is retaken at once, not after 300 s', () => {
    const insertPending = (key: string, owner: number) =>
      pool.query(
        `INSERT INTO idempotency_keys (actor, key, method_path, request_hash, owner)
         VALUES ('ops-a', $1, 'POST /orders', $2, $3)`,
        [key, requestHash('POST /orders', { amount: '8.00' }), owner],
      );
    /** The owner ids whose advisory lock some session holds (the app's process among them). */
    const heldOwners = async () =>
      (
        await pool.query<{ owner: number }>(
          `SELECT objid::text::int AS owner FROM pg_locks
            WHERE locktype = 'advisory' AND classid = $1::int::oid AND objsubid = 2 AND granted`,
          [CLAIM_LOCK_NAMESPACE],
        )
      ).rows.map((r) => r.owner);

    it('retakes a claim whose owning process is gone (its session lock is not held)', async () => {
      await post('/orders', 'k-warm').send({ amount: '1.00' }).expect(201); // the app holds its lock
      const dead = 2_000_000_001;
      expect(await heldOwners()).not.toContain(dead);
      await insertPending('k-dead-owner', dead);
      await post('/orders', 'k-dead-owner').send({ amount: '8.00' }).expect(201);
    });

    it('waits for a claim whose owner is alive elsewhere (another process holds its lock)', async () => {
      const other = await pool.connect();
      try {
        await other.query('SELECT pg_advisory_lock($1, $2)', [CLAIM_LOCK_NAMESPACE, 2_000_000_002]);
        await insertPending('k-live-owner', 2_000_000_002);
        await post('/orders', 'k-live-owner').send({ amount: '8.00' }).expect(409);
      } finally {
        await other.query('SELECT pg_advisory_unlock_all()');
        other.release();
      }
      // Its process ended: the retry learns the outcome now.
      await post('/orders', 'k-live-owner').send({ amount: '8.00' }).expect(201);
    });

    it('retakes a claim of this very process that is no longer running (its release failed)', async () => {
      await post('/orders', 'k-warm-2').send({ amount: '1.00' }).expect(201);
      const before = await heldOwners();
      expect(before.length).toBeGreaterThan(0);
      for (const [i, owner] of before.entries()) await insertPending(`k-own-${i}`, owner);
      for (const i of before.keys())
        await post('/orders', `k-own-${i}`).send({ amount: '8.00' }).expect(201);
    });
  });

  it('requires a sane key; without one every request runs', async () => {
    const tooLong = await post('/orders', 'x'.repeat(256)).send({ amount: '1.00' }).expect(400);
    expect(tooLong.body.code).toBe('INVALID_IDEMPOTENCY_KEY');
    const calls = probe().calls;
    await post('/orders').send({ amount: '1.00' }).expect(201);
    await post('/orders').send({ amount: '1.00' }).expect(201);
    expect(probe().calls).toBe(calls + 2);
  });

  it('survives a restart: a new app instance on the same database replays the stored response', async () => {
    const first = await post('/orders', 'k-restart').send({ amount: '9.99' }).expect(201);
    await t.close();
    t = await startApp();
    expect(probe().calls).toBe(0);
    const again = await post('/orders', 'k-restart').send({ amount: '9.99' }).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(first.headers.location);
    expect(probe().calls).toBe(0);
  });
});
