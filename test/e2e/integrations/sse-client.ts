import { EventSource } from 'eventsource';
import { KEYS } from './integration-app';

export interface Received {
  id: string;
  sequence: string;
  eventId: string;
  subject: string;
  revision: number;
}

export interface SseTail {
  received: Received[];
  /** Connections opened (1 + reconnects). */
  opens: number;
  errors: { type: string; data?: string }[];
  /** Resolves once `count` events have arrived. */
  until(count: number, timeoutMs?: number): Promise<void>;
  close(): void;
}

/**
 * GET /feed/stream through the `eventsource` npm client, which reconnects by itself and sends
 * Last-Event-ID on reconnect — the behaviour under test, not re-implemented here.
 */
export function tailStream(baseUrl: string, query = ''): SseTail {
  const received: Received[] = [];
  const errors: SseTail['errors'] = [];
  const source = new EventSource(`${baseUrl}/feed/stream${query}`, {
    fetch: (input, init) =>
      fetch(input, {
        ...init,
        headers: { ...init?.headers, Authorization: `Bearer ${KEYS.integration}` },
      }),
  });
  const tail: SseTail = {
    received,
    opens: 0,
    errors,
    until: (count, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + timeoutMs;
        const check = () => {
          if (received.length >= count) return resolve();
          if (Date.now() > deadline)
            return reject(new Error(`stream delivered ${received.length} of ${count} events`));
          setTimeout(check, 10);
        };
        check();
      }),
    close: () => source.close(),
  };
  source.onopen = () => tail.opens++;
  source.onmessage = (message) => {
    const event = JSON.parse(message.data) as {
      sequence: string;
      id: string;
      subject: string;
      streamrevision: number;
    };
    received.push({
      id: message.lastEventId,
      sequence: event.sequence,
      eventId: event.id,
      subject: event.subject,
      revision: event.streamrevision,
    });
  };
  source.addEventListener('feed-error', (message) =>
    errors.push({ type: 'feed-error', data: message.data }),
  );
  source.onerror = () => errors.push({ type: 'error' });
  return tail;
}
