import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { openNote, parseCheckpoint, parseVerifierKey } from '@app/evidence';
import { CHECKPOINT_EVENT_TYPE, CHECKPOINT_LANE, verifyV1a } from '@app/webhooks';
import { paymentEvent } from '../integrations/feed-fixtures';
import { Receiver } from './receiver';
import { startWebhookApp, type WebhookApp } from './webhook-app';

/**
 * An HTTP witness (issue 12 "checkpoints are published to configurable witnesses: … an HTTP
 * endpoint, through the webhook delivery"): a webhook endpoint that names the checkpoint type.
 * The receiver is a real local HTTP server acting as the witness: it accepts a delivery only when
 * its Standard Webhooks signature verifies and the checkpoint note verifies with the ledger key
 * published at GET /checkpoints, else it answers 400 (and the delivery is retried).
 */
describe('checkpoints published to an HTTP witness through the webhook delivery (e2e)', () => {
  let api: WebhookApp;
  const witness = new Receiver();
  const bystander = new Receiver();
  let secret: string;
  let publicKey: string;
  let ledgerKey: string;
  const verdicts: string[] = [];

  beforeAll(async () => {
    api = await startWebhookApp('whwitness');
    const url = await witness.start();
    const created = await api
      .call('alice', 'post', '/webhooks')
      .send({ url, eventTypes: [CHECKPOINT_EVENT_TYPE], description: 'witness' })
      .expect(201);
    secret = created.body.secret;
    publicKey = created.body.publicKey;
    // An endpoint for every contract event type gets no checkpoint (it did not ask for them).
    await api
      .call('bob', 'post', '/webhooks')
      .send({ url: await bystander.start() })
      .expect(201);
    ledgerKey = (await api.call('alice', 'get', '/checkpoints').expect(200)).body.verifierKey;
    let first = true;
    witness.answer = ({ body, headers }) => {
      if (first) {
        first = false; // the witness is down once: the delivery is retried
        return { status: 503 };
      }
      try {
        new Webhook(secret).verify(body, headers as Record<string, string>);
        verifyV1a(publicKey, headers, body);
        const event = JSON.parse(body) as { data: { note: string } };
        const opened = openNote(event.data.note, parseVerifierKey(ledgerKey));
        verdicts.push(opened.ok ? 'note ok' : `note refused: ${opened.reason}`);
        return { status: opened.ok ? 204 : 400 };
      } catch (error) {
        verdicts.push(`signature refused: ${(error as Error).message}`);
        return { status: 400 };
      }
    };
  });

  afterAll(async () => {
    await api?.close();
    await witness.close();
    await bystander.close();
  });

  it('given two checkpoints signed, the witness receives both, in order, signed and verifiable, after one failure', async () => {
    await api.writer.appendToStream(`contract-${randomUUID()}`, [paymentEvent('w')], {
      expectedRevision: 'any',
    });
    const one = (await api.call('admin', 'post', '/checkpoints').expect(201)).body;
    await api.writer.appendToStream(`contract-${randomUUID()}`, [paymentEvent('x')], {
      expectedRevision: 'any',
    });
    const two = (await api.call('admin', 'post', '/checkpoints').expect(201)).body;
    await witness.waitFor(() => witness.accepted().length >= 2);
    const accepted = witness.accepted();
    expect(accepted.map((a) => a.id)).toEqual([`checkpoint-${one.id}`, `checkpoint-${two.id}`]);
    expect(witness.received[0].status).toBe(503);
    expect(verdicts.every((v) => v === 'note ok')).toBe(true);
    for (const [i, cp] of [one, two].entries()) {
      const event = accepted[i].event as unknown as {
        type: string;
        subject: string;
        data: { note: string; treeSize: number; rootHash: string; verifierKey: string };
      };
      expect(event).toMatchObject({ type: CHECKPOINT_EVENT_TYPE, subject: CHECKPOINT_LANE });
      expect(event.data.note).toBe(cp.note);
      expect(event.data.verifierKey).toBe(ledgerKey);
      const opened = openNote(event.data.note, parseVerifierKey(ledgerKey));
      const parsed = parseCheckpoint(opened.ok ? opened.text : '');
      expect(parsed.treeSize).toBe(cp.treeSize);
      expect(parsed.rootHash.toString('hex')).toBe(cp.rootHash);
      expect(Buffer.from(event.data.rootHash, 'base64').toString('hex')).toBe(cp.rootHash);
    }
    expect(two.treeSize).toBeGreaterThan(one.treeSize);
    // Queued when signed, in the same transaction: only for the endpoint that asked for them.
    const sql = new Client({ connectionString: api.db.url });
    await sql.connect();
    try {
      const { rows } = await sql.query<{ description: string | null; n: string }>(
        `SELECT e.description, count(*)::text AS n FROM webhook_messages m
         JOIN webhook_endpoints e ON e.id = m.endpoint_id
         WHERE m.event_type = $1 GROUP BY e.description`,
        [CHECKPOINT_EVENT_TYPE],
      );
      expect(rows).toEqual([{ description: 'witness', n: '2' }]);
    } finally {
      await sql.end();
    }
  });
});
