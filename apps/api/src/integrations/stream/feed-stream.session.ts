import type { ServerResponse } from 'node:http';
import {
  FeedCursorAheadError,
  FeedReader,
  FeedSignal,
  formatSequence,
  toCloudEvent,
  type CloudEventOptions,
  type FeedPage,
  type FeedSequence,
  type FeedStreamConfig,
} from '@app/feed';
import type { FeedRequest } from '../shared/feed-query';
import { commentFrame, errorFrame, eventFrame, progressFrame, retryFrame } from './sse-frames';

/** Events read per page while catching up. */
const PAGE_SIZE = 1000;
/** Ask a client refused for its cursor to wait this long before trying again. */
const REFUSED_RETRY_MS = 60_000;

export type SessionEnd =
  'closed-by-client' | 'dropped-slow' | 'cursor-ahead' | 'shutdown' | 'failed';

/**
 * One SSE client: catch up from its cursor page by page, then wait at the head for the
 * sequencer's signal (or the poll interval) and send what is new. What the server holds for the
 * client is bounded — one page, waiting in the socket until the client reads it — and a client
 * that does not take it in time is dropped: it reconnects with Last-Event-ID and resumes where it
 * stopped.
 */
export class FeedStreamSession {
  private readonly abort = new AbortController();
  private heartbeat: NodeJS.Timeout | undefined;
  private ended: SessionEnd | undefined;

  constructor(
    private readonly response: ServerResponse,
    private readonly request: FeedRequest,
    private readonly reader: FeedReader,
    private readonly signal: FeedSignal,
    private readonly cloudEvents: CloudEventOptions,
    private readonly config: FeedStreamConfig,
  ) {}

  get endedBy(): SessionEnd | undefined {
    return this.ended;
  }

  /** Streams until the client leaves, is dropped, or `stop` is called; never throws. */
  async run(): Promise<SessionEnd> {
    const { response } = this;
    response.on('close', () => this.finish('closed-by-client'));
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no', // nginx: do not buffer the stream
      Connection: 'keep-alive',
    });
    response.write(retryFrame(this.config.retryMs));
    this.heartbeat = setInterval(
      () => this.send(commentFrame('heartbeat')),
      this.config.heartbeatMs,
    );
    try {
      await this.stream();
    } catch (error) {
      this.finish('failed');
      response.destroy(error instanceof Error ? error : undefined);
    }
    return this.ended ?? 'failed';
  }

  stop(): void {
    if (this.finish('shutdown')) this.response.end();
  }

  private async stream(): Promise<void> {
    let cursor: FeedSequence = this.request.after;
    const filtered = this.request.types !== undefined || this.request.streamId !== undefined;
    const read = (after: FeedSequence) =>
      this.reader.read({ ...this.request, after, limit: PAGE_SIZE });
    // While catching up, the next page is read while this one is written.
    let prefetched: Promise<FeedPage> | undefined;
    try {
      while (!this.abort.signal.aborted) {
        const generation = this.signal.current;
        let page: FeedPage;
        try {
          page = await (prefetched ?? read(cursor));
        } catch (error) {
          if (error instanceof FeedCursorAheadError) return this.refuse(error);
          throw error;
        } finally {
          prefetched = undefined;
        }
        if (this.abort.signal.aborted) return;
        const lastSent = page.events.length ? page.events[page.events.length - 1].seq : cursor;
        cursor = page.lookedUpTo;
        if (cursor < page.head) prefetched = read(cursor);
        let frames = page.events
          .map(({ event, seq }) => eventFrame(toCloudEvent(event, seq, this.cloudEvents)))
          .join('');
        if (filtered && cursor > lastSent) frames += progressFrame(formatSequence(cursor));
        if (frames && !(await this.write(frames))) return;
        if (cursor >= page.head) await this.signal.wait(generation, this.abort.signal);
      }
    } finally {
      prefetched?.catch(() => undefined); // nobody will read it
    }
  }

  /**
   * Writes one page, then waits until the socket took it: the next page is read only once this
   * one is on its way, so the server holds at most one page per client. A client still holding
   * more than `maxBufferedBytes` unsent, or not draining within `drainTimeoutMs`, is dropped.
   * False when the client was dropped.
   */
  private async write(frames: string): Promise<boolean> {
    if (this.response.writableLength > this.config.maxBufferedBytes) return this.drop();
    if (this.response.write(frames)) return true;
    const drained = await new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.response.off('drain', onDrain);
        this.abort.signal.removeEventListener('abort', onAbort);
        resolve(ok);
      };
      const onDrain = () => done(true);
      const onAbort = () => done(false);
      const timer = setTimeout(() => done(false), this.config.drainTimeoutMs);
      this.response.once('drain', onDrain);
      this.abort.signal.addEventListener('abort', onAbort, { once: true });
    });
    return drained || this.abort.signal.aborted ? drained : this.drop();
  }

  private drop(): false {
    if (this.finish('dropped-slow')) this.response.destroy();
    return false;
  }

  private refuse(error: FeedCursorAheadError): void {
    this.send(retryFrame(REFUSED_RETRY_MS));
    this.send(
      errorFrame({
        type: 'urn:contract-ledger:problem:feed-cursor-ahead',
        title: 'Cursor ahead of the feed',
        status: 409,
        code: 'FEED_CURSOR_AHEAD',
        detail: `Last-Event-ID/after ${error.after} is beyond the last sequence of this feed (${error.head}): this ledger never gave that number. Reconnect with your last processed sequence.`,
        after: error.after.toString(),
        head: error.head.toString(),
      }),
    );
    if (this.finish('cursor-ahead')) this.response.end();
  }

  private send(frame: string): void {
    if (!this.ended && this.response.writableLength <= this.config.maxBufferedBytes)
      this.response.write(frame);
  }

  /** Marks the end once; true for the first caller. */
  private finish(reason: SessionEnd): boolean {
    if (this.ended) return false;
    this.ended = reason;
    clearInterval(this.heartbeat);
    this.abort.abort();
    return true;
  }
}
