import { randomUUID } from 'node:crypto';
import { paymentEvent } from '../integrations/feed-fixtures';
import { Receiver, orderVerdict } from './receiver';
import { startWebhookApp, type WebhookApp } from './webhook-app';

/**
 * Delivery semantics with real receivers on 127.0.0.1: every event once after de-duplication
 * by webhook-id and in order per contract under a burst of concurrent writers; a receiver
 * failing (500s, hangs past the timeout, 429 with Retry-After) then recovering gets everything,
 * in order, with deliveries ramping up from one in flight; 410 disables; the last failed attempt
 * dead-letters and holds the contract's later messages until replayed or skipped.
 */
describe('webhook delivery (e2e)', () => {
  let api: WebhookApp;
  const contracts = Array.from({ length: 12 }, () => randomUUID());

  beforeAll(async () => {
    api = await startWebhookApp('whdelivery');
  });
  afterAll(async () => {
    await api?.close();
  });

  const burst = async (writers: number, perWriter: number) => {
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < perWriter; i++) {
          const contract = contracts[(w * 7 + i) % contracts.length];
          await api.writer.appendToStream(`contract-${contract}`, [paymentEvent(`w${w}`)], {
            expectedRevision: 'any',
          });
        }
      }),
    );
    return writers * perWriter;
  };

  const endpoint = async (url: string, body: object = {}) =>
    (
      await api
        .call('alice', 'post', '/webhooks')
        .send({ url, ...body })
        .expect(201)
    ).body;

  it('given 8 concurrent writers over 12 contracts, then each event arrives once after de-dup, in order per contract', async () => {
    const receiver = new Receiver();
    const created = await endpoint(await receiver.start());
    const total = await burst(8, 25);
    await receiver.waitFor(() => receiver.accepted().length >= total);
    const accepted = receiver.accepted();
    expect(accepted).toHaveLength(total);
    expect(orderVerdict(accepted)).toEqual({ contracts: 12, outOfOrder: [] });
    expect(receiver.received.length - accepted.length).toBe(0); // a healthy receiver: no retries
    const deliveries = (
      await api.call('alice', 'get', `/webhooks/${created.id}/deliveries?limit=5`).expect(200)
    ).body;
    expect(deliveries[0]).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 204 });
    expect(deliveries[0].attemptLog[0]).toMatchObject({ outcome: 'delivered', statusCode: 204 });
    await api.call('alice', 'delete', `/webhooks/${created.id}`).expect(204);
    await receiver.close();
  });

  it('given a receiver failing with 500s, timeouts and 429 Retry-After, then recovering: all delivered, in order, ramping from 1 in flight', async () => {
    const receiver = new Receiver();
    let failing = true;
    let calls = 0;
    receiver.answer = () => {
      calls++;
      if (!failing) return { status: 200 };
      if (calls % 3 === 0) return { status: 429, headers: { 'retry-after': '1' } };
      if (calls % 3 === 1) return { status: 500 };
      return { status: 200, delayMs: 1500 }; // past WEBHOOK_TIMEOUT_MS (1000): a timeout
    };
    const created = await endpoint(await receiver.start());
    const total = await burst(4, 10);
    await new Promise((r) => setTimeout(r, 1200));
    const health = (await api.call('alice', 'get', `/webhooks/${created.id}`).expect(200)).body
      .health;
    expect(health).toMatchObject({ state: 'failing', inFlightLimit: 1 });
    expect(health.consecutiveFailures).toBeGreaterThan(0);
    // Failing: one probe at a time (a timed-out request the receiver still holds may overlap).
    receiver.maxInFlight = 0;
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.maxInFlight).toBeLessThanOrEqual(2);
    failing = false;
    const recoveredAt = receiver.received.length;
    await receiver.waitFor(() => receiver.accepted().length >= total, 40_000);
    const accepted = receiver.accepted();
    expect(accepted).toHaveLength(total);
    expect(orderVerdict(accepted).outOfOrder).toEqual([]);
    // The ramp: the first delivery after recovery is alone in flight (1, then 2, 4, … 16).
    const recovered = receiver.received.slice(recoveredAt).filter((r) => r.status === 200);
    expect(recovered[0].concurrent).toBeLessThanOrEqual(2);
    expect(Math.max(...recovered.map((r) => r.concurrent))).toBeLessThanOrEqual(16);
    const after = (await api.call('alice', 'get', `/webhooks/${created.id}`).expect(200)).body
      .health;
    expect(after).toMatchObject({ state: 'healthy', consecutiveFailures: 0, pending: 0 });
    await api.call('alice', 'delete', `/webhooks/${created.id}`).expect(204);
    await receiver.close();
  });

  it('given 410 Gone, then the endpoint is disabled and says why; re-enabled, it delivers what waited', async () => {
    const receiver = new Receiver();
    receiver.answer = () => ({ status: 410 });
    const created = await endpoint(await receiver.start());
    await burst(1, 3);
    await receiver.waitFor(() => receiver.received.length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    const gone = (await api.call('alice', 'get', `/webhooks/${created.id}`).expect(200)).body;
    expect(gone.enabled).toBe(false);
    expect(gone.health).toMatchObject({
      state: 'disabled',
      disabledReason: 'the receiver answered 410 Gone',
    });
    // Requests already in flight when the first 410 came back may also have been answered 410;
    // none is sent after it.
    const atDisable = receiver.received.length;
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.received).toHaveLength(atDisable);
    receiver.answer = () => ({ status: 204 });
    await api.call('alice', 'patch', `/webhooks/${created.id}`).send({ enabled: true }).expect(200);
    await receiver.waitFor(() => receiver.accepted().length >= 3);
    await api.call('alice', 'delete', `/webhooks/${created.id}`).expect(204);
    await receiver.close();
  });

  it('given every attempt failing, then the message is dead-lettered, its contract waits, and replay or skip releases it', async () => {
    const receiver = new Receiver();
    const contract = randomUUID();
    const [first, second] = [paymentEvent('d'), paymentEvent('d')];
    receiver.answer = ({ headers }) => ({
      status: headers['webhook-id'] === first.eventId ? 500 : 204,
    });
    const created = await endpoint(await receiver.start(), { contracts: [contract] });
    await api.writer.appendToStream(`contract-${contract}`, [first, second], {
      expectedRevision: 'any',
    });
    const path = `/webhooks/${created.id}/dead-letters`;
    for (let i = 0; i < 100; i++) {
      if ((await api.call('alice', 'get', path).expect(200)).body.length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const [dead] = (await api.call('alice', 'get', path).expect(200)).body;
    expect(dead).toMatchObject({ webhookId: first.eventId, status: 'dead', attempts: 5 });
    expect(dead.attemptLog).toHaveLength(5);
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received.some((r) => r.headers['webhook-id'] === second.eventId)).toBe(false);
    receiver.answer = () => ({ status: 204 });
    await api.call('alice', 'post', `${path}/${dead.sequence}/replay`).expect(202);
    await receiver.waitFor(() => receiver.accepted().length === 2);
    expect(receiver.accepted().map((a) => a.id)).toEqual([first.eventId, second.eventId]);

    // Replay from a sequence: both again, same webhook-ids, in order.
    const before = receiver.received.length;
    await api
      .call('alice', 'post', `/webhooks/${created.id}/replay?from=${dead.sequence}`)
      .expect(202);
    await receiver.waitFor(() => receiver.received.length >= before + 2);
    expect(receiver.received.slice(before).map((r) => r.headers['webhook-id'])).toEqual([
      first.eventId,
      second.eventId,
    ]);
    await api.call('alice', 'post', `/webhooks/${created.id}/replay?from=abc`).expect(400);
    await api.call('alice', 'post', `/webhooks/${created.id}/replay?from=1&x=1`).expect(400);
    await api.call('alice', 'delete', `/webhooks/${created.id}`).expect(204);
    await receiver.close();
  });
});
