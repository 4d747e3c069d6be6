import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CONTRACT_000_TERMS, CONTRACT_COMMAND_TYPES } from '@app/domain';
import { CONTRACT_COMMAND_CONTROLLERS } from '../../../apps/api/src/contracts/contract-use-cases';
import { routesOf } from '../../support/app-routes';
import { ContractApi, newContractId, startContractApi } from './contract-api';

/** Every command endpoint (method, OpenAPI path). */
const COMMAND_ROUTES = [
  'put /contracts/{contractId}',
  ...[
    'bond/deposits',
    'bond/deductions',
    'bond/refunds',
    'invoices',
    'invoices/{invoiceId}/rejection',
    'payments',
    'refunds',
    'installments/{installmentId}/budget-adjustment',
    'installments/{installmentId}/confirmation',
    'installments/{installmentId}/late-interest/payments',
    'installments/{installmentId}/late-interest/waivers',
    'payment-restrictions',
    'payment-restrictions/{restrictionId}/end',
    'milestones/{milestoneId}/acceptance',
    'milestones/{milestoneId}/rejection',
    'milestones/{milestoneId}/deemed-acceptance',
    'milestones/{milestoneId}/acceptance-application',
    'milestones/{milestoneId}/acceptance-start',
    'reviews/{scheduleId}/{periodIndex}/report',
    'reviews/{scheduleId}/{periodIndex}/conclusion',
    'staff-changes',
    'staff-changes/{changeId}/approval',
    'staff-changes/{changeId}/rejection',
    'penalties',
    'penalties/{penaltyId}/waiver',
    'penalties/{penaltyId}/payments',
    'breach-notices',
    'breach-notices/{noticeId}/cure',
    'breach-notices/{noticeId}/withdrawal',
    'termination-notices',
    'termination-notices/{noticeId}/withdrawal',
    'termination',
    'service-period/end',
    'holdover/start',
    'holdover/end',
    'holdover/payments',
    'closure',
    'force-majeure',
    'force-majeure/{forceMajeureId}/end',
    'amendments',
    'corrections',
  ].map((path) => `post /contracts/{contractId}/${path}`),
];

/**
 * The HTTP protocol around commands: optimistic concurrency (ETag / If-Match), idempotency keys
 * (also across a restart), roles, the history endpoints and the OpenAPI document.
 */
describe('contract commands: concurrency, idempotency, roles, OpenAPI', () => {
  let api: ContractApi;
  let id: string;

  beforeAll(async () => {
    api = await startContractApi('contracts_protocol');
    id = newContractId('c000');
    await api.sign(id, CONTRACT_000_TERMS);
  });
  afterAll(async () => {
    await api?.close();
  });

  const payment = (amount = '1000.00', paymentId = randomUUID()) => ({
    occurredAt: '2022-05-27',
    paymentId,
    installmentId: 'first',
    amount,
  });
  const pay = (body = payment(), options = {}) =>
    api.send('finance', 'post', `/contracts/${id}/payments`, body, options);

  describe('optimistic concurrency', () => {
    it('If-Match at the current revision appends; a stale one is 412 with the current revision', async () => {
      const revision = await api.revision(id);
      const ok = await pay(payment(), { ifMatch: `W/"${revision}"` }).expect(201);
      expect(ok.headers.etag).toBe(`W/"${revision + 1}"`);
      const stale = await pay(payment(), { ifMatch: `W/"${revision}"` }).expect(412);
      expect(stale.body).toMatchObject({
        code: 'PRECONDITION_FAILED',
        currentRevision: revision + 1,
      });
      expect(stale.headers.etag).toBe(`W/"${revision + 1}"`);
      expect(await api.revision(id)).toBe(revision + 1);
      const malformed = await pay(payment(), { ifMatch: 'revision-3' }).expect(400);
      expect(malformed.body.code).toBe('INVALID_IF_MATCH');
      expect(await api.revision(id)).toBe(revision + 1);
    });

    it('two simultaneous commands with the same If-Match: exactly one wins, the other is 412', async () => {
      const revision = await api.revision(id);
      const ifMatch = `W/"${revision}"`;
      const results = await Promise.all([pay(payment(), { ifMatch }), pay(payment(), { ifMatch })]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 412]);
      const lost = results.find((r) => r.status === 412)!;
      expect(lost.body.currentRevision).toBe(revision + 1);
      expect(await api.revision(id)).toBe(revision + 1);
    });

    it('without If-Match, concurrent commands are all recorded (retried on fresh state)', async () => {
      const revision = await api.revision(id);
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => pay()));
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(results.map((r) => r.body.revision).sort()).toEqual(
        [1, 2, 3, 4, 5].map((n) => revision + n),
      );
      expect(await api.revision(id)).toBe(revision + 5);
    });
  });

  it('a resent fact (same paymentId and content, no key) is answered 200 and writes nothing', async () => {
    const body = payment('60.00');
    const first = await pay(body).expect(201);
    const again = await pay(body).expect(200);
    expect(again.body).toMatchObject({
      idempotent: true,
      eventIds: [],
      events: [],
      revision: first.body.revision,
    });
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(await api.revision(id)).toBe(first.body.revision);
  });

  describe('Idempotency-Key', () => {
    it('the same key and body replays the original response and writes nothing', async () => {
      const key = randomUUID();
      const body = payment('250.00');
      const first = await pay(body, { idempotencyKey: key }).expect(201);
      const revision = await api.revision(id);
      const again = await pay(body, { idempotencyKey: key }).expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(await api.revision(id)).toBe(revision);
      const stream = await api.stream(id);
      expect(
        stream.filter((e) => (e.data as { paymentId: string }).paymentId === body.paymentId),
      ).toHaveLength(1);
    });

    it('the same key with another body is 422, and nothing is written', async () => {
      const key = randomUUID();
      await pay(payment('10.00'), { idempotencyKey: key }).expect(201);
      const revision = await api.revision(id);
      const reused = await pay(payment('20.00'), { idempotencyKey: key }).expect(422);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await api.revision(id)).toBe(revision);
    });

    it('simultaneous retries with one key record the payment once', async () => {
      const key = randomUUID();
      const body = payment('30.00');
      const revision = await api.revision(id);
      const results = await Promise.all([1, 2, 3].map(() => pay(body, { idempotencyKey: key })));
      const written = results.filter((r) => r.status === 201);
      expect(written.length).toBeGreaterThanOrEqual(1);
      for (const r of results) {
        // 409: still in progress. 200: the claim was taken over (its owner's lock session was
        // seen as ended, ClaimOwner — under load a pool connection can time out) and the retry
        // ran: it found the first attempt's events by their ids and wrote nothing.
        expect([200, 201, 409]).toContain(r.status);
        if (r.status === 200) {
          expect(r.body).toMatchObject({ idempotent: true, eventIds: written[0].body.eventIds });
        }
        if (r.status === 201) expect(r.body.eventIds).toEqual(written[0].body.eventIds);
      }
      expect(await api.revision(id)).toBe(revision + 1);
    });

    it('a retry the key table cannot answer still writes nothing: event ids derive from the key', async () => {
      const key = randomUUID();
      const body = payment('40.00');
      const first = await pay(body, { idempotencyKey: key }).expect(201);
      const client = new Client({ connectionString: api.db.url });
      await client.connect();
      await client.query('DELETE FROM idempotency_keys WHERE key = $1', [key]);
      await client.end();
      const retry = await pay(body, { idempotencyKey: key }).expect(200);
      expect(retry.body).toMatchObject({
        idempotent: true,
        eventIds: first.body.eventIds,
        position: first.body.position,
      });
    });

    it('survives a restart', async () => {
      const key = randomUUID();
      const body = payment('50.00');
      const first = await pay(body, { idempotencyKey: key }).expect(201);
      await api.stop();
      api = await startContractApi('contracts_protocol', api.db);
      const revision = await api.revision(id);
      const again = await pay(body, { idempotencyKey: key }).expect(201);
      expect(again.body).toEqual(first.body);
      expect(await api.revision(id)).toBe(revision);
    });
  });

  describe('roles and metadata', () => {
    it('401 without a key, 403 with the wrong role; nothing written', async () => {
      const revision = await api.revision(id);
      expect((await pay().set('Authorization', '')).status).toBe(401);
      const noKey = await api
        .send(null, 'post', `/contracts/${id}/payments`, payment())
        .expect(401);
      expect(noKey.body.code).toBe('UNAUTHENTICATED');
      for (const role of ['operator', 'legal', 'integration'] as const) {
        const res = await api
          .send(role, 'post', `/contracts/${id}/payments`, payment())
          .expect(403);
        expect(res.body).toMatchObject({ code: 'FORBIDDEN_ROLE', requiredRoles: ['finance'] });
      }
      await api
        .send('finance', 'put', `/contracts/${newContractId('x')}`, { terms: CONTRACT_000_TERMS })
        .expect(403);
      await api
        .send('finance', 'post', `/contracts/${id}/penalties`, {
          occurredAt: '2022-06-01',
          penaltyId: 'p',
          ruleId: 'late-delivery',
          days: 1,
        })
        .expect(403);
      expect(await api.revision(id)).toBe(revision);
      await api.send('admin', 'post', `/contracts/${id}/payments`, payment()).expect(201);
    });

    it('records the actor and the caller’s correlation id on the event', async () => {
      const res = await pay(payment(), { correlationId: 'treasury-batch-0042' }).expect(201);
      const event = (await api.stream(id)).find((e) => e.eventId === res.body.eventIds[0])!;
      expect(event.metadata).toMatchObject({
        actor: 'finance-desk',
        correlationId: 'treasury-batch-0042',
      });
    });

    it('history for legal and finance, verification for legal; 404 for an unknown contract', async () => {
      const events = await api.get('finance', `/contracts/${id}/events`).expect(200);
      expect(events.headers.etag).toBe(`W/"${await api.revision(id)}"`);
      expect(events.body.events[0]).toMatchObject({
        revision: 0,
        type: 'ContractSigned',
        position: expect.stringMatching(/^\d+$/),
      });
      await api.get('operator', `/contracts/${id}/events`).expect(403);
      await api.get('legal', `/contracts/${id}/verification`).expect(200, /"ok":true/);
      await api.get('finance', `/contracts/${id}/verification`).expect(403);
      await api.get('legal', `/contracts/${newContractId('none')}/events`).expect(404);
    });
  });

  it('the running app routes every command type to exactly one endpoint, and each is a command route', () => {
    const routes = routesOf(api.app);
    const routesOfType = CONTRACT_COMMAND_TYPES.map((type) => [
      type,
      routes.filter((r) => r.controller === CONTRACT_COMMAND_CONTROLLERS[type]).map((r) => r.route),
    ]);
    expect(routesOfType.map(([type, paths]) => [type, paths.length])).toEqual(
      CONTRACT_COMMAND_TYPES.map((type) => [type, 1]),
    );
    expect(routesOfType.flatMap(([, paths]) => paths).sort()).toEqual([...COMMAND_ROUTES].sort());
  });

  it('/openapi.json is OpenAPI 3 and lists every command endpoint with examples', async () => {
    const res = await api.get(null, '/openapi.json').expect(200);
    const doc = res.body as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, any> };
    };
    expect(doc.openapi).toMatch(/^3\./);
    const routes = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        ...COMMAND_ROUTES,
        'get /contracts/{contractId}/events',
        'get /contracts/{contractId}/verification',
      ]),
    );
    const paymentSchema = doc.components.schemas.RecordPaymentDto;
    expect(paymentSchema.properties.amount).toMatchObject({ type: 'string', example: '240159.00' });
    expect(paymentSchema.properties.occurredAt).toMatchObject({ format: 'date' });
    expect(paymentSchema.required).toEqual(
      expect.arrayContaining(['occurredAt', 'paymentId', 'installmentId', 'amount']),
    );
  });
});
