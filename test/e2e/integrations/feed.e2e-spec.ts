import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { CloudEvent, HTTP } from 'cloudevents';
import { CONTRACT_EVENT_TYPES } from '@app/domain';
import type { LedgerCloudEvent } from '@app/feed';
import { seedReferenceContracts } from '../../../apps/api/src/seeding';
import request from 'supertest';
import { BASE_URL, IntegrationApp, KEYS, startIntegrationApp } from './integration-app';

/**
 * GET /feed over the five reference contracts loaded through the command side: every event of
 * the ledger, once, numbered 1…N, each a valid CloudEvent whose data validates against the
 * schema its dataschema URL serves.
 */
describe('event feed (e2e)', () => {
  let api: IntegrationApp;
  let total: bigint;
  let feed: LedgerCloudEvent[];

  beforeAll(async () => {
    api = await startIntegrationApp('feed');
    await seedReferenceContracts(api.app);
    total = await api.caughtUp();
    feed = await api.readFeed();
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it('numbers every stored event once, 1…N, in the store’s order', async () => {
    expect(total).toBeGreaterThan(100n);
    expect(feed.map((e) => BigInt(e.sequence))).toEqual(
      Array.from({ length: Number(total) }, (_, i) => BigInt(i + 1)),
    );
    expect(new Set(feed.map((e) => e.id)).size).toBe(feed.length);
    const stored = await api.store.readAll({ limit: 100_000 });
    expect(feed.map((e) => e.id)).toEqual(stored.map((e) => e.eventId));
  });

  it('keeps each contract’s events in stream-revision order', () => {
    const bySubject = new Map<string, number[]>();
    for (const e of feed)
      bySubject.set(e.subject, [...(bySubject.get(e.subject) ?? []), e.streamrevision]);
    expect(bySubject.size).toBe(5);
    for (const revisions of bySubject.values())
      expect(revisions).toEqual(revisions.map((_, i) => i));
  });

  it('serves CloudEvents 1.0 the SDK parses, as a batch and one by one', async () => {
    const res = await api.get('integration', '/feed?limit=20').expect(200);
    expect(res.headers['content-type']).toBe('application/cloudevents-batch+json; charset=utf-8');
    const batch = HTTP.toEvent({ headers: res.headers, body: res.text }) as CloudEvent[];
    expect(batch).toHaveLength(20);
    expect(batch[0].sequence).toBe('00000000000000000001');
    for (const item of feed) {
      const event = new CloudEvent(item as never); // strict: validates the attributes
      expect(event.specversion).toBe('1.0');
      expect(event.source).toBe(BASE_URL);
      expect(event.type).toMatch(/^cn\.gov\.contract\.[a-z-]+\.v1$/);
      expect(event.datacontenttype).toBe('application/json');
      expect(item.sequence).toMatch(/^\d{20}$/);
      expect(Date.parse(item.recordedtime)).toBeGreaterThanOrEqual(Date.parse(item.time));
    }
    const signed = feed.find((e) => e.type === 'cn.gov.contract.contract-signed.v1')!;
    expect(signed.time).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
    expect(signed).toMatchObject({ streamrevision: 0, datacontenttype: 'application/json' });
    expect(signed.correlationid).toEqual(expect.any(String));
  });

  it('validates every event’s data against the JSON Schema at its dataschema URL', async () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validators = new Map<string, ReturnType<typeof ajv.compile>>();
    for (const item of feed) {
      expect(item.dataschema.startsWith(`${BASE_URL}/schemas/events/`)).toBe(true);
      let validate = validators.get(item.dataschema);
      if (!validate) {
        const res = await api.get(null, new URL(item.dataschema).pathname).expect(200);
        expect(res.headers['content-type']).toMatch(/^application\/schema\+json/);
        const schema = JSON.parse(res.text) as { $id: string };
        expect(schema.$id).toBe(item.dataschema);
        validate = ajv.compile(schema);
        validators.set(item.dataschema, validate);
      }
      if (!validate(item.data)) throw new Error(`${item.type}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(validators.size).toBeGreaterThan(15);
    // A schema that could not fail proves nothing: a money amount as a JS number is refused.
    const payment = feed.find((e) => e.type === 'cn.gov.contract.payment-recorded.v1')!;
    const validate = validators.get(payment.dataschema)!;
    expect(validate({ ...(payment.data as object), amount: 1408200 })).toBe(false);
  });

  it('publishes a schema for every event type, and a catalogue of them', async () => {
    const res = await api.get(null, '/schemas/events').expect(200);
    const catalogue = res.body as { schemas: { type: string; url: string }[] };
    expect(catalogue.schemas).toHaveLength(CONTRACT_EVENT_TYPES.length);
    for (const s of catalogue.schemas) await api.get(null, new URL(s.url).pathname).expect(200);
    const missing = await api.get(null, '/schemas/events/payment-recorded/v2.json').expect(404);
    expect(missing.body).toMatchObject({ code: 'SCHEMA_NOT_FOUND' });
  });

  it('pages with Feed-Next-After and a Link to the next page until the head', async () => {
    const first = await api.get('integration', '/feed?after=0&limit=7').expect(200);
    expect(first.headers['feed-next-after']).toBe('7');
    expect(first.headers['feed-head']).toBe(total.toString());
    expect(first.headers.link).toBe('</feed?after=7&limit=7>; rel="next"');
    const padded = await api
      .get('integration', '/feed?after=00000000000000000007&limit=1')
      .expect(200);
    expect((padded.body as LedgerCloudEvent[])[0].sequence).toBe('00000000000000000008');
    const last = await api.get('integration', `/feed?after=${total}`).expect(200);
    expect(last.body).toEqual([]);
    expect(last.headers['feed-next-after']).toBe(total.toString());
    expect(last.headers.link).toBeUndefined();
  });

  it('filters by type and by contract, and says how far it has looked', async () => {
    const payments = await api.readFeed(
      '&types=cn.gov.contract.payment-recorded.v1,InvoiceReceived',
    );
    const expected = feed.filter((e) =>
      ['cn.gov.contract.payment-recorded.v1', 'cn.gov.contract.invoice-received.v1'].includes(
        e.type,
      ),
    );
    expect(payments.map((e) => e.sequence)).toEqual(expected.map((e) => e.sequence));
    expect(expected.length).toBeGreaterThan(10);

    // A filtered page that found nothing still moves the cursor past what it looked at.
    const closing = feed.find((e) => e.type === 'cn.gov.contract.contract-closed.v1')!;
    const before = BigInt(closing.sequence) - 1n;
    const page = await api
      .get('integration', `/feed?after=0&limit=1&types=ContractClosed`)
      .expect(200);
    expect((page.body as LedgerCloudEvent[]).map((e) => e.id)).toEqual([closing.id]);
    expect(page.headers['feed-next-after']).toBe(closing.sequence.replace(/^0+/, ''));
    expect(before).toBeGreaterThan(0n);

    const subject = feed[0].subject;
    const one = await api.readFeed(`&contract=${subject}`);
    expect(one.map((e) => e.id)).toEqual(
      feed.filter((e) => e.subject === subject).map((e) => e.id),
    );
    const end = await api.get('integration', `/feed?contract=${subject}&limit=1000`).expect(200);
    expect(end.headers['feed-next-after']).toBe(total.toString());
  });

  it('serves one contract’s stream as the same CloudEvents on Accept: application/cloudevents-batch+json', async () => {
    const subject = feed[feed.length - 1].subject;
    const res = await api
      .get('legal', `/contracts/${subject}/events`)
      .set('Accept', 'application/cloudevents-batch+json')
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/cloudevents-batch\+json/);
    expect(res.body).toEqual(feed.filter((e) => e.subject === subject));
    const json = await api.get('legal', `/contracts/${subject}/events`).expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect((json.body as { events: unknown[] }).events).toHaveLength(
      (res.body as unknown[]).length,
    );
  });

  it('refuses unknown and malformed parameters with 400 problem details naming them', async () => {
    const cases: [string, string, string][] = [
      ['/feed?afterr=3', 'afterr', 'unknownParameter'],
      ['/feed?after=-1', 'after', 'isSequence'],
      ['/feed?after=1.5', 'after', 'isSequence'],
      ['/feed?limit=0', 'limit', 'isLimit'],
      ['/feed?limit=1001', 'limit', 'isLimit'],
      ['/feed?types=cn.gov.contract.payment-recorded.v2', 'types', 'isEventType'],
      ['/feed?types=PaymentMade', 'types', 'isEventType'],
      ['/feed?contract=a%20b', 'contract', 'isId'],
      ['/feed?after=1&after=2', 'after', 'single'],
    ];
    for (const [path, field, rule] of cases) {
      const res = await api.get('integration', path).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.errors).toEqual([expect.objectContaining({ field, rule })]);
    }
  });

  it('refuses a cursor beyond the head with 409, saying where the feed is', async () => {
    const res = await api.get('integration', `/feed?after=${total + 1n}`).expect(409);
    expect(res.body).toMatchObject({ code: 'FEED_CURSOR_AHEAD', head: total.toString() });
  });

  it('is for the integration role (and admin); the integration role reads nothing else', async () => {
    await api.get(null, '/feed').expect(401);
    for (const role of ['finance', 'legal', 'operator'] as const)
      await api.get(role, '/feed').expect(403);
    await api.get('admin', '/feed?limit=1').expect(200);
    const subject = feed[0].subject;
    // Contract data, history and commands are closed to it (GET /projections, an operational
    // status without contract data, is open to every key by design).
    for (const path of [
      `/contracts/${subject}/events`,
      `/contracts/${subject}/verification`,
      '/contracts',
      `/contracts/${subject}/payment-schedule`,
    ])
      await api.get('integration', path).expect(403);
    await request(api.app.getHttpServer())
      .post(`/contracts/${subject}/payments`)
      .set('Authorization', `Bearer ${KEYS.integration}`)
      .send({ occurredAt: '2023-01-01', paymentId: 'p-x', installmentId: 'final', amount: '1.00' })
      .expect(403);
  });
});
