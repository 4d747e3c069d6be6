import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
  /** What the receiver answered. */
  status: number;
  /** Requests the receiver held when this one arrived (itself included). */
  concurrent: number;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  /** Wait this long before answering (a slow or hanging receiver). */
  delayMs?: number;
}

/**
 * A real HTTP receiver on 127.0.0.1: records every request (raw body as received), answers
 * with `answer` (default 204), and measures how many requests it held at once.
 */
export class Receiver {
  readonly received: Received[] = [];
  answer: (request: { body: string; headers: http.IncomingHttpHeaders }) => Answer = () => ({
    status: 204,
  });
  inFlight = 0;
  maxInFlight = 0;
  private server!: http.Server;
  url = '';

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.inFlight++;
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
        const concurrent = this.inFlight;
        const body = Buffer.concat(chunks).toString('utf8');
        const answer = this.answer({ body, headers: req.headers });
        const reply = () => {
          this.inFlight--;
          this.received.push({
            headers: req.headers,
            body,
            at: Date.now(),
            status: answer.status,
            concurrent,
          });
          if (!res.destroyed) res.writeHead(answer.status, answer.headers).end();
        };
        if (answer.delayMs) setTimeout(reply, answer.delayMs);
        else reply();
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
    return this.url;
  }

  /** Accepted deliveries (2xx), de-duplicated by webhook-id, as parsed CloudEvents. */
  accepted(): {
    id: string;
    event: { id: string; subject: string; sequence: string; streamrevision: number };
  }[] {
    const seen = new Set<string>();
    const out = [];
    for (const r of this.received) {
      if (r.status < 200 || r.status >= 300) continue;
      const id = String(r.headers['webhook-id']);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id, event: JSON.parse(r.body) });
    }
    return out;
  }

  async waitFor(predicate: () => boolean, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline)
        throw new Error(
          `receiver: condition not met in ${timeoutMs} ms (${this.received.length} received)`,
        );
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
}

/** Per contract, the stream revisions in the order they were accepted: each must be ascending. */
export function orderVerdict(items: { event: { subject: string; streamrevision: number } }[]) {
  const lanes = new Map<string, number[]>();
  for (const { event } of items)
    lanes.set(event.subject, [...(lanes.get(event.subject) ?? []), event.streamrevision]);
  const outOfOrder = [...lanes].filter(([, revs]) =>
    revs.some((r, i) => i > 0 && r <= revs[i - 1]),
  );
  return { contracts: lanes.size, outOfOrder: outOfOrder.map(([c]) => c) };
}
