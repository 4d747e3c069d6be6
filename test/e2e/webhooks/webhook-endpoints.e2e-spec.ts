import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { verifyV1a } from '@app/webhooks';
import { paymentEvent } from '../integrations/feed-fixtures';
import { Receiver } from './receiver';
import { startWebhookApp, type WebhookApp } from './webhook-app';

/**
 * Endpoints over HTTP (who may see what, what is refused) and what a receiver gets: Standard
 * Webhooks headers whose v1 signature the `standardwebhooks` library verifies and whose v1a the
 * shipped verifier does, on the CloudEvent of the feed, byte for byte; a rotation's window.
 */
describe('webhook endpoints and signatures (e2e)', () => {
  let api: WebhookApp;
  const receiver = new Receiver();
  let url: string;

  beforeAll(async () => {
    api = await startWebhookApp('whendpoints');
    url = await receiver.start();
  });
  afterAll(async () => {
    await api?.close();
    await receiver.close();
  });

  const create = (body: object, who: 'alice' | 'bob' = 'alice') =>
    api.call(who, 'post', '/webhooks').send(body);

  it('given an unknown field, a private address or an unknown type, then 400 names the field and nothing is created', async () => {
    const unknown = await create({ url, colour: 'red' }).expect(400);
    expect(unknown.body.errors[0].field).toBe('colour');
    const ssrf = await create({ url: 'http://10.0.0.7/hook' }).expect(400);
    expect(ssrf.body.errors[0]).toMatchObject({ field: 'url', rule: 'publicAddress' });
    for (const refused of ['http://[::1]:9/hook', 'http://169.254.169.254/latest/meta-data'])
      expect((await create({ url: refused }).expect(400)).body.errors[0].rule).toBe(
        'publicAddress',
      );
    const type = await create({ url, eventTypes: ['cn.gov.contract.nonsense.v1'] }).expect(400);
    expect(type.body.errors[0].field).toMatch(/^eventTypes/);
    expect((await api.call('admin', 'get', '/webhooks').expect(200)).body).toEqual([]);
  });

  it('given alice creates one, then only alice and admin see it, the secret is shown once, finance is refused', async () => {
    const created = (await create({ url, description: 'treasury' }).expect(201)).body;
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.publicKey).toMatch(/^whpk_/);
    expect(created.owner).toBe('wh-alice');
    const seen = (await api.call('alice', 'get', `/webhooks/${created.id}`).expect(200)).body;
    expect(seen.secret).toBeUndefined();
    expect(JSON.stringify(seen)).not.toContain(created.secret.slice(6));
    expect(JSON.stringify(seen)).not.toContain('PRIVATE');
    await api.call('bob', 'get', `/webhooks/${created.id}`).expect(404);
    expect((await api.call('bob', 'get', '/webhooks').expect(200)).body).toEqual([]);
    await api.call('bob', 'delete', `/webhooks/${created.id}`).expect(404);
    await api.call('admin', 'get', `/webhooks/${created.id}`).expect(200);
    await api.call('finance', 'get', '/webhooks').expect(403);
    const patched = await api
      .call('alice', 'patch', `/webhooks/${created.id}`)
      .send({ description: 'treasury desk' })
      .expect(200);
    expect(patched.body.description).toBe('treasury desk');
    await api.call('alice', 'delete', `/webhooks/${created.id}`).expect(204);
    await api.call('alice', 'get', `/webhooks/${created.id}`).expect(404);
  });

  it('given an event, then the receiver verifies v1 with standardwebhooks and v1a with the shipped verifier, on the feed’s CloudEvent', async () => {
    const created = (await create({ url }).expect(201)).body;
    const eventId = randomUUID();
    await api.writer.appendToStream(
      `contract-${randomUUID()}`,
      [{ ...paymentEvent('t'), eventId }],
      {
        expectedRevision: 'any',
      },
    );
    await receiver.waitFor(() =>
      receiver.received.some((r) => r.headers['webhook-id'] === eventId),
    );
    const got = receiver.received.find((r) => r.headers['webhook-id'] === eventId)!;
    expect(got.headers['content-type']).toBe('application/cloudevents+json; charset=utf-8');
    expect(
      new Webhook(created.secret).verify(got.body, got.headers as Record<string, string>),
    ).toMatchObject({
      id: eventId,
      type: 'cn.gov.contract.payment-recorded.v1',
    });
    expect(verifyV1a(created.publicKey, got.headers, got.body)).toMatchObject({ id: eventId });
    const feed = await api.call('admin', 'get', '/feed?after=0&limit=1000').expect(200);
    const inFeed = feed.body.find((e: { id: string }) => e.id === eventId);
    expect(got.body).toBe(JSON.stringify(inFeed));
    await api.call('alice', 'delete', `/webhooks/${created.id}`).expect(204);
  });

  it('given a rotation with a grace period, then both secrets sign during it and only the new one after', async () => {
    const created = (await create({ url }).expect(201)).body;
    const rotated = (
      await api
        .call('alice', 'post', `/webhooks/${created.id}/rotate-secret`)
        .send({ graceSeconds: 2 })
        .expect(200)
    ).body;
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.secrets).toHaveLength(2);
    const send = async () => {
      const eventId = randomUUID();
      await api.writer.appendToStream(
        `contract-${randomUUID()}`,
        [{ ...paymentEvent('t'), eventId }],
        {
          expectedRevision: 'any',
        },
      );
      await receiver.waitFor(() =>
        receiver.received.some((r) => r.headers['webhook-id'] === eventId),
      );
      return receiver.received.find((r) => r.headers['webhook-id'] === eventId)!;
    };
    const during = await send();
    const signatures = String(during.headers['webhook-signature']).split(' ');
    expect(signatures.map((s) => s.split(',')[0])).toEqual(['v1', 'v1', 'v1a']);
    const headers = during.headers as Record<string, string>;
    expect(() => new Webhook(created.secret).verify(during.body, headers)).not.toThrow();
    expect(() => new Webhook(rotated.secret).verify(during.body, headers)).not.toThrow();
    await new Promise((r) => setTimeout(r, 2200));
    const after = await send();
    const afterHeaders = after.headers as Record<string, string>;
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(() => new Webhook(created.secret).verify(after.body, afterHeaders)).toThrow();
    expect(() => new Webhook(rotated.secret).verify(after.body, afterHeaders)).not.toThrow();
    await api.call('alice', 'delete', `/webhooks/${created.id}`).expect(204);
  });

  it('given a test request, then a signed test message reaches the receiver and its answer is reported', async () => {
    const created = (await create({ url }).expect(201)).body;
    const result = (await api.call('alice', 'post', `/webhooks/${created.id}/test`).expect(200))
      .body;
    expect(result).toMatchObject({ delivered: true, statusCode: 204, error: null });
    const got = receiver.received.find((r) => r.headers['webhook-id'] === result.webhookId)!;
    expect(
      new Webhook(created.secret).verify(got.body, got.headers as Record<string, string>),
    ).toMatchObject({
      type: 'cn.gov.contract-ledger.webhook.test.v1',
    });
    await api.call('alice', 'delete', `/webhooks/${created.id}`).expect(204);
  });
});
