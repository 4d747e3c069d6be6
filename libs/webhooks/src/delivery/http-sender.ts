import http from 'node:http';
import https from 'node:https';
import type { AddressPolicy } from '../safety/address-policy';

export interface SendResult {
  statusCode?: number;
  retryAfter?: string;
  /** Connection error, timeout or refused address (never contains a secret). */
  error?: string;
  latencyMs: number;
}

const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs one signed message. The connection goes through the address policy's lookup (the SSRF
 * check at delivery time), the whole exchange is bounded by `timeoutMs`, the response body is
 * read up to 64 KiB and discarded (a receiver answers with its status).
 */
export class HttpSender {
  private readonly agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 256 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 256 }),
  };

  constructor(
    private readonly policy: AddressPolicy,
    private readonly timeoutMs: number,
  ) {}

  send(url: string, headers: Record<string, string>, body: string): Promise<SendResult> {
    const started = performance.now();
    const latency = () => Math.round(performance.now() - started);
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: Omit<SendResult, 'latencyMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...result, latencyMs: latency() });
      };
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        return finish({ error: 'invalid URL' });
      }
      const secure = target.protocol === 'https:';
      const payload = Buffer.from(body, 'utf8');
      const request = (secure ? https : http).request(
        target,
        {
          method: 'POST',
          agent: secure ? this.agents.https : this.agents.http,
          lookup: this.policy.lookup() as never,
          headers: {
            ...headers,
            'content-type': 'application/cloudevents+json; charset=utf-8',
            'content-length': String(payload.length),
            'user-agent': 'contract-ledger-webhooks/1',
          },
        },
        (response) => {
          let received = 0;
          response.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received > MAX_RESPONSE_BYTES) response.destroy();
          });
          const done = () =>
            finish({
              statusCode: response.statusCode,
              retryAfter: response.headers['retry-after'],
            });
          response.on('end', done);
          response.on('close', done);
          response.on('error', done);
        },
      );
      const timer = setTimeout(() => {
        request.destroy();
        finish({ error: `timed out after ${this.timeoutMs} ms` });
      }, this.timeoutMs);
      request.on('error', (error: Error) => finish({ error: error.message }));
      request.end(payload);
    });
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
