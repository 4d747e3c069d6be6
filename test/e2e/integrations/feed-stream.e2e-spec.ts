import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { EVENT_EXAMPLES } from '@app/domain/events/contract-event.examples';
import type { EventToAppend } from '@app/event-store';
import { FeedStreamController } from '../../../apps/api/src/integrations/stream/feed-stream.controller';
import { IntegrationApp, KEYS, startIntegrationApp } from './integration-app';
import { tailStream } from './sse-client';

/** A small event (a payment, ~0.7 kB as a CloudEvent) or a large one (a signing, ~6 kB). */
const event = (type: 'PaymentRecorded' | 'ContractSigned') => (): EventToAppend => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  data: EVENT_EXAMPLES[type].data,
  occurredAt: EVENT_EXAMPLES[type].data.occurredAt,
  metadata: { actor: 'sse-e2e', correlationId: randomUUID(), causationId: null },
});

/** Appends `count` events in batches of 100 to `streams` contracts, round robin. */
async function append(
  api: IntegrationApp,
  count: number,
  streams = 4,
  type: 'PaymentRecorded' | 'ContractSigned' = 'PaymentRecorded',
): Promise<void> {
  for (let i = 0; i < count; i += 100) {
    const batch = Array.from({ length: Math.min(100, count - i) }, event(type));
    await api.store.appendToStream(`contract-sse-${(i / 100) % streams}`, batch, {
      expectedRevision: 'any',
    });
  }
}

/** A raw GET /feed/stream: the bytes as sent, and the response to pause. */
function rawStream(
  url: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ response: IncomingMessage; text: () => string; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    let body = '';
    const req = httpRequest(
      `${url}${path}`,
      {
        agent: false, // one connection per stream: its close is the stream's end
        headers: { Authorization: `Bearer ${KEYS.integration}`, Connection: 'close', ...headers },
      },
      (response) => {
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        const ended = new Promise<void>((done) => response.socket.once('close', () => done()));
        resolve({ response, text: () => body, ended });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const waitFor = async (check: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('live feed over Server-Sent Events (e2e)', () => {
  let api: IntegrationApp;
  let url: string;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    api = await startIntegrationApp('sse', {
      env: {
        FEED_STREAM_HEARTBEAT_MS: '50',
        FEED_STREAM_RETRY_MS: '50',
        FEED_STREAM_DRAIN_TIMEOUT_MS: '300',
      },
    });
    url = await api.listen();
    api.app.getHttpServer().on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await append(api, 300);
    await api.caughtUp();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('sends headers for proxies, retry:, heartbeats and events whose id is the sequence', async () => {
    const { response, text } = await rawStream(url, '/feed/stream?after=298');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache, no-transform');
    expect(response.headers['x-accel-buffering']).toBe('no');
    await waitFor(() => text().includes(': heartbeat'));
    response.destroy();
    const body = text();
    expect(body.startsWith('retry: 50\n\n')).toBe(true);
    const ids = [...body.matchAll(/^id: (\d+)$/gm)].map((m) => m[1]);
    expect(ids).toEqual(['00000000000000000299', '00000000000000000300']);
    const data = [...body.matchAll(/^data: (.*)$/gm)].map(
      (m) => JSON.parse(m[1]) as { sequence: string },
    );
    expect(data.map((d) => d.sequence)).toEqual(ids);
  });

  it('catches up, goes live, and resumes with Last-Event-ID after the connection drops', async () => {
    const tail = tailStream(url, '?after=0');
    await tail.until(300);
    await append(api, 200);
    await tail.until(400);
    // Cut every connection from the server side, twice, while events keep coming.
    for (const socket of sockets) socket.destroy();
    await append(api, 100);
    await waitFor(() => tail.opens >= 2);
    for (const socket of sockets) socket.destroy();
    await append(api, 100);
    await tail.until(700);
    tail.close();
    expect(tail.opens).toBeGreaterThanOrEqual(3);
    const sequences = tail.received.map((r) => Number(r.sequence));
    expect(sequences).toEqual(Array.from({ length: 700 }, (_, i) => i + 1));
    expect(tail.received.every((r) => r.id === r.sequence)).toBe(true);
  });

  it('a Last-Event-ID header wins over the ?after= of the original URL', async () => {
    const { response, text } = await rawStream(url, '/feed/stream?after=0', {
      'Last-Event-ID': '699',
    });
    await waitFor(() => text().includes('data: '));
    response.destroy();
    expect([...text().matchAll(/^id: (\d+)$/gm)].map((m) => m[1])).toEqual([
      '00000000000000000700',
    ]);
  });

  it('answers a cursor beyond the feed with a feed-error event, then ends the stream', async () => {
    const { text, ended } = await rawStream(url, '/feed/stream?after=99999');
    await ended;
    const body = text();
    expect(body).toContain('retry: 60000');
    const problem = JSON.parse(/event: feed-error\ndata: (.*)\n/.exec(body)![1]) as Record<
      string,
      string
    >;
    expect(problem).toMatchObject({ code: 'FEED_CURSOR_AHEAD', after: '99999', head: '700' });

    const tail = tailStream(url, '?after=99999');
    await waitFor(() => tail.errors.some((e) => e.type === 'feed-error'));
    tail.close();
  });

  it('refuses malformed cursors and unknown parameters with 400 before streaming', async () => {
    const bad = await rawStream(url, '/feed/stream?after=abc');
    expect(bad.response.statusCode).toBe(400);
    const unknown = await rawStream(url, '/feed/stream?limit=5');
    expect(unknown.response.statusCode).toBe(400);
    const header = await rawStream(url, '/feed/stream', { 'Last-Event-ID': 'x' });
    expect(header.response.statusCode).toBe(400);
    await header.ended;
    expect(JSON.parse(header.text())).toMatchObject({
      errors: [expect.objectContaining({ field: 'Last-Event-ID' })],
    });
    await api.get('finance', '/feed/stream').expect(403);
  });

  it('drops a client that stops reading once the socket will not take a page; it resumes from its cursor', async () => {
    // More than the loopback socket buffers of both ends can hold (~30 MB of CloudEvents).
    await append(api, 5000, 8, 'ContractSigned');
    const head = Number(await api.caughtUp());
    const controller = api.app.get(FeedStreamController);
    const { response, text, ended } = await rawStream(url, '/feed/stream?after=0');
    response.pause(); // a consumer that stopped reading
    await waitFor(() => controller.openSessions === 1);
    // The server hangs up rather than hold the whole feed for it.
    await waitFor(() => controller.openSessions === 0, 30_000);
    response.resume(); // read what the sockets still held, up to the server's hang-up
    await ended;
    const got = [...text().matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(got.length).toBeLessThan(head);
    const last = got.length ? got[got.length - 1] : 0;
    const tail = tailStream(url, `?after=${last}`);
    await tail.until(head - last, 60_000);
    tail.close();
    expect(tail.received.map((r) => Number(r.sequence))).toEqual(
      Array.from({ length: head - last }, (_, i) => last + i + 1),
    );
  }, 120_000);

  it('a filtered stream delivers only its contract and records how far it looked', async () => {
    const head = (await api.feed.head()).toString();
    const { response, text } = await rawStream(
      url,
      `/feed/stream?contract=sse-1&after=${Number(head) - 1000}`,
    );
    await waitFor(() => new RegExp(`^id: 0+${head}$`, 'm').test(text()));
    response.destroy();
    const data = [...text().matchAll(/^data: (.*)$/gm)].map(
      (m) => JSON.parse(m[1]) as { subject: string },
    );
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((d) => d.subject === 'sse-1')).toBe(true);
  });
});
