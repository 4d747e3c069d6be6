import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { StreamNotFoundError } from '../event-store.errors';
import {
  EventStore,
  type AppendOptions,
  type AppendResult,
  type EventToAppend,
  type GlobalPosition,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamVerification,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionFilter,
} from '../event-store.port';
import { AppendNotifier } from './append.notifier';
import { toRecordedEvent } from './event-row.mapper';
import {
  HEAD_POSITION,
  READ_ALL,
  READ_SETTLED_PAGE,
  READ_STREAM_BACKWARDS,
  READ_STREAM_FORWARDS,
  READ_STREAM_TO_VERIFY,
  STREAM_EXISTS,
} from './event-store.queries';
import { NotificationListener } from './notification.listener';
import { PostgresAppend } from './postgres-append';
import { pollSubscription, type SubscriptionPage } from './postgres-subscription';
import { SESSION_OPTIONS, eventStoreTypes } from './postgres-type-parsers';
import { verifyChain, type VerifiableEvent } from './stream-verification';

export interface PostgresEventStoreOptions {
  url: string;
  /**
   * Extra connection settings for every connection of the store, the LISTEN one included: the
   * timeouts that turn a database that is down or frozen into errors instead of hangs.
   */
  connection?: Pick<
    PoolConfig,
    | 'connectionTimeoutMillis'
    | 'statement_timeout'
    | 'query_timeout'
    | 'idle_in_transaction_session_timeout'
    | 'idleTimeoutMillis'
    | 'keepAlive'
  >;
  /** Connections for appends and reads (the LISTEN connection is extra). Default 10. */
  poolSize?: number;
  /** Live subscriptions re-query at least this often even without a notification. Default 250. */
  pollIntervalMs?: number;
  /** Cross-process NOTIFYs are coalesced to at most one per this many ms. Default 5. */
  notifyCoalesceMs?: number;
  /**
   * Test seam: when set, each append runs as BEGIN; append; beforeCommit(client); COMMIT, so a test
   * can hold an append transaction open (the late-commit problem). Never set in production.
   */
  beforeCommit?: (client: PoolClient) => Promise<void>;
}

/**
 * The global order, and why subscribers never skip a late commit.
 *
 * A bigserial position is handed out when a row is inserted but becomes visible at commit, so a
 * reader can see 11 before 10 commits, move its cursor past 10 and never see it. Here a position is
 * `xid8 of the appending transaction * 65536 + index in the batch`, and readers only return
 * positions below `pg_snapshot_xmin(pg_current_snapshot()) * 65536`: every transaction older than
 * the snapshot's xmin has finished, so that range is settled — nothing can ever appear in it
 * again — while every transaction still running has an xid >= xmin and lands above the cursor.
 * Paging resumes on `position`, the very key the order uses, and the settled bound turns a page
 * into one range scan of the primary key.
 *
 * Why not serialise position assignment instead (a counter row locked until commit)? Every append
 * would queue behind the previous one's commit, one fsync at a time; xid order lets concurrent
 * appends group-commit and costs nothing at write time.
 *
 * Within a stream, revision order agrees with position order without any lock: an append of
 * revision r+1 read revision r in its statement snapshot, so r's transaction had committed — and
 * had its xid — before that snapshot, while ours gets its xid only at the insert, after the
 * snapshot. (That needs the transaction to have no xid before the append statement, which holds
 * because the adapter owns the transaction; the statement re-checks it anyway.)
 *
 * Optimistic concurrency is the unique (stream_id, revision) index: the statement checks the
 * expected revision against the head in its snapshot and inserts head+1...; a concurrent append
 * to the same stream makes the insert wait for the other transaction and then fail, and we retry
 * with a fresh snapshot, which then reports the real head (WrongExpectedRevisionError) or, for
 * `any`, appends after it. No stream-heads table: one row write per event, nothing else.
 *
 * Costs of the scheme: a long-running transaction that holds an xid (any write), anywhere in the
 * cluster (xids are cluster-wide), or a forgotten prepared transaction, holds xmin back, so
 * subscribers see newer events only once it ends — latency, never correctness. Read-only
 * transactions do not matter. Positions have gaps. An append is capped at 65,535 events.
 *
 * Subscribers are woken by a NOTIFY sent after commit (see AppendNotifier for why not inside the
 * append transaction) and poll as a fallback.
 *
 * Hashing is split (hash version 2, hash-chain.ts): the adapter serialises each event canonically
 * once and sends its content digest; the append statement chains the digests on the head it read,
 * together with the revision, position and store time it assigns, and records the hash each event
 * chained on. An append is one round trip with nothing to guess, and the chain covers every stored
 * field that has meaning. Events stored before version 2 keep their version-1 hashes and verify as
 * they always did (stream-verification.ts).
 *
 * Idempotency: event ids are unique store-wide. An append that meets a stored id is either an
 * exact retry of one earlier append (same stream, same content, consecutive revisions in the same
 * order) and gets that append's result, or an EventIdConflictError — a partial overlap (some ids
 * known, some new) included, since it cannot be a retry of one append; it is refused as a whole.
 * A retry whose expectation no longer holds (the stream moved on) is still recognised as a retry.
 */
export class PostgresEventStore extends EventStore {
  private readonly pool: Pool;
  private readonly listener: NotificationListener;
  private readonly notifier: AppendNotifier;
  private readonly pollIntervalMs: number;
  private readonly appender: PostgresAppend;
  private closing?: Promise<void>;

  constructor(options: PostgresEventStoreOptions) {
    super();
    const connection = {
      ...options.connection,
      connectionString: options.url,
      types: eventStoreTypes,
      options: SESSION_OPTIONS,
    };
    this.pool = new Pool({ ...connection, max: options.poolSize ?? 10 });
    // An idle client that loses its connection emits 'error' on the pool; unhandled, that would
    // crash the process. The next checkout opens a new connection.
    this.pool.on('error', () => undefined);
    // The same for a client that is checked out when its connection dies (no query running):
    // pg-pool listens only while the client is idle; an unhandled 'error' ends the process.
    this.pool.on('connect', (client) => client.on('error', () => undefined));
    this.listener = new NotificationListener(connection);
    this.notifier = new AppendNotifier(this.pool, this.listener, options.notifyCoalesceMs ?? 5);
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.appender = new PostgresAppend({
      pool: this.pool,
      notifier: this.notifier,
      beforeCommit: options.beforeCommit,
    });
  }

  appendToStream(
    streamId: string,
    events: EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    return this.appender.appendToStream(streamId, events, options);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? MAX_REVISION : 0);
    const maxCount = options.maxCount ?? null;
    if (!Number.isInteger(from) || from < 0)
      throw new RangeError('fromRevision must be a non-negative integer');
    if (maxCount !== null && (!Number.isInteger(maxCount) || maxCount < 0)) {
      throw new RangeError('maxCount must be a non-negative integer');
    }
    const query = backwards ? READ_STREAM_BACKWARDS : READ_STREAM_FORWARDS;
    const values = [streamId, Math.min(from, MAX_REVISION), maxCount];
    const { rows } = await this.pool.query({ ...query, values });
    if (rows.length === 0 && !(await this.streamExists(streamId)))
      throw new StreamNotFoundError(streamId);
    return rows.map((row) => toRecordedEvent(row));
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const limit = options?.limit;
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError('limit must be a positive integer');
    const { rows } = await this.pool.query({
      ...READ_ALL,
      values: [positionParam(options.after), limit],
    });
    return rows.map((row) => toRecordedEvent(row));
  }

  async headPosition(): Promise<GlobalPosition | null> {
    const { rows } = await this.pool.query(HEAD_POSITION);
    return rows.length === 0 ? null : BigInt(rows[0][0] as string);
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    return pollSubscription(
      {
        readPage: (after, limit, filter) => this.readSettledPage(after, limit, filter),
        listener: this.listener,
        pollIntervalMs: this.pollIntervalMs,
        isClosed: () => this.closing !== undefined,
      },
      options,
    );
  }

  /** Throws StreamNotFoundError for a stream without events, like readStream. */
  async verifyStream(streamId: string): Promise<StreamVerification> {
    if (!(await this.streamExists(streamId))) throw new StreamNotFoundError(streamId);
    return verifyChain(streamId, this.streamEvents(streamId));
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.notifier.close();
      await this.listener.close();
      await this.pool.end();
    })();
    return this.closing;
  }

  private async streamExists(streamId: string): Promise<boolean> {
    return (await this.pool.query({ ...STREAM_EXISTS, values: [streamId] })).rows.length > 0;
  }

  private async *streamEvents(streamId: string): AsyncGenerator<VerifiableEvent> {
    for (let from = 0; ;) {
      const { rows } = await this.pool.query({
        ...READ_STREAM_TO_VERIFY,
        values: [streamId, from, VERIFY_PAGE],
      });
      for (const row of rows) {
        const event: VerifiableEvent = toRecordedEvent(row);
        event.previousHash = row[14] as string | null;
        event.subMillisecond = row[15] as boolean;
        yield event;
      }
      if (rows.length < VERIFY_PAGE) return;
      from = (rows[rows.length - 1][3] as number) + 1;
    }
  }

  /**
   * Unfiltered, a page is a plain readAll. Filtered, the settled bound comes back in column 0 of
   * every row, from the same snapshot as the rows, so the cursor can move past skipped events.
   */
  private async readSettledPage(
    after: GlobalPosition,
    limit: number,
    filter?: SubscriptionFilter,
  ): Promise<SubscriptionPage> {
    const prefixes = filter?.streamPrefixes?.length ? filter.streamPrefixes : null;
    const types = filter?.eventTypes?.length ? filter.eventTypes : null;
    if (!prefixes && !types) return { events: await this.readAll({ after, limit }) };
    const { rows } = await this.pool.query({
      ...READ_SETTLED_PAGE,
      values: [after.toString(), limit, prefixes, types],
    });
    const settledBefore = BigInt(rows[0][0] as string);
    const events = rows[0][1] === null ? [] : rows.map((row) => toRecordedEvent(row, 1));
    return { events, settledBefore };
  }
}

export function createPostgresEventStore(options: PostgresEventStoreOptions): PostgresEventStore {
  return new PostgresEventStore(options);
}

const MAX_REVISION = 2_147_483_647;
const VERIFY_PAGE = 1000;

/** Every position is at least 65536 (xids start at 3), so -1 reads from the very beginning. */
function positionParam(after: GlobalPosition | undefined): string {
  return after === undefined ? '-1' : after.toString();
}
