import { randomUUID } from 'node:crypto';
import { paymentEvent } from '../integrations/feed-fixtures';
import { Receiver, orderVerdict } from './receiver';
import {
  TEST_WEBHOOK_ENV,
  startWebhookApp,
  testWebhookConfig,
  type WebhookApp,
} from './webhook-app';
import { spawnWorker, type WorkerProcess } from './worker-process';

const KILLS = 10; // bench:webhooks --kills 50 runs the long loop

/**
 * Delivery workers as child processes (scripts/webhook-worker.ts), two at a time, SIGKILLed at
 * random moments while writers append over many contracts: 0 events lost, duplicates only
 * with the same webhook-id (a delivery whose outcome the dead worker never recorded is sent
 * again), order per contract kept. The duplicate rate is printed.
 */
describe('webhook delivery under kill -9 of its workers (e2e)', () => {
  let api: WebhookApp;
  const receiver = new Receiver();
  const workers: WorkerProcess[] = [];
  const env = { ...TEST_WEBHOOK_ENV, WEBHOOK_LEASE_MARGIN_MS: '300' };

  beforeAll(async () => {
    api = await startWebhookApp('whcrash', testWebhookConfig({ runWorker: false }));
    await receiver.start();
  });
  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await api?.close();
    await receiver.close();
  });

  it(`${KILLS} kills at random points: 0 lost, duplicates only with the same webhook-id, in order per contract`, async () => {
    await api.call('alice', 'post', '/webhooks').send({ url: receiver.url }).expect(201);
    receiver.answer = () => ({ status: 204, delayMs: Math.random() < 0.1 ? 30 : 0 });
    const contracts = Array.from({ length: 20 }, () => `contract-${randomUUID()}`);
    const live = () =>
      workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
    const start = async () => {
      const worker = spawnWorker(api.db.url, env);
      workers.push(worker);
      await worker.started;
    };
    await Promise.all([start(), start()]);
    let written = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const stream = contracts[Math.floor(Math.random() * contracts.length)];
        await api.writer.appendToStream(stream, [paymentEvent('crash')], {
          expectedRevision: 'any',
        });
        written++;
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    for (let kill = 0; kill < KILLS; kill++) {
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
      const victims = live();
      victims[Math.floor(Math.random() * victims.length)]?.child.kill('SIGKILL');
      void start(); // a kill may also land while a worker is still starting
      await Promise.race(workers.slice(-2).map((w) => w.started));
    }
    writing = false;
    await writer;
    process.stderr.write(`written ${written}, received ${receiver.received.length}\n`);
    await receiver.waitFor(() => receiver.accepted().length >= written, 60_000);
    const accepted = receiver.accepted();
    const deliveries = receiver.received.filter((r) => r.status === 204).length;
    const feed: { id: string }[] = [];
    for (let after = '0'; ;) {
      const page = await api.call('admin', 'get', `/feed?after=${after}&limit=1000`).expect(200);
      feed.push(...page.body);
      if (page.headers['feed-next-after'] === page.headers['feed-head']) break;
      after = page.headers['feed-next-after'];
    }
    const ids = new Set(accepted.map((a) => a.id));
    const verdict = {
      written,
      lost: feed.filter((e) => !ids.has(e.id)).length,
      foreign: accepted.filter((a) => a.id !== a.event.id).length,
      outOfOrder: orderVerdict(accepted).outOfOrder.length,
    };
    expect(verdict).toEqual({ written, lost: 0, foreign: 0, outOfOrder: 0 });
    expect(feed).toHaveLength(written);
    process.stdout.write(
      `${JSON.stringify({ kills: KILLS, events: written, deliveries, duplicates: deliveries - accepted.length, duplicateRate: (deliveries - accepted.length) / accepted.length })}\n`,
    );
  }, 240_000);
});
