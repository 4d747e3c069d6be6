import type { Pool, PoolClient, QueryArrayConfig } from 'pg';
import { inTransaction } from '@app/database/pg-transaction';
import {
  EventIdConflictError,
  RecordTimeRefusedError,
  WrongExpectedRevisionError,
} from '../event-store.errors';
import type {
  AppendOptions,
  AppendResult,
  EventToAppend,
  ExpectedRevision,
} from '../event-store.port';
import { AppendBatch } from './append-batch';
import type { AppendNotifier } from './append.notifier';
import {
  KNOWN_EVENTS,
  STREAM_HEAD,
  appendNewStreamStatement,
  appendStatement,
} from './append.queries';
import {
  BACKDATING_LOCK,
  RECORD_TIME_BOUNDS,
  backdatedAppendNewStreamStatement,
  backdatedAppendStatement,
} from './backdated-append.queries';

export interface PostgresAppendDeps {
  pool: Pool;
  notifier: AppendNotifier;
  /** The test seam of PostgresEventStoreOptions.beforeCommit. */
  beforeCommit?: (client: PoolClient) => Promise<void>;
}

/**
 * The append path of PostgresEventStore: one statement that reads the head, checks the
 * expectation, chains the hashes and inserts; retrying on a concurrent append, and recognising
 * retries by event id. See PostgresEventStore for the design.
 */
export class PostgresAppend {
  constructor(private readonly deps: PostgresAppendDeps) {}

  async appendToStream(
    streamId: string,
    events: EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const expectedRevision = options?.expectedRevision;
    const expected = encodeExpected(expectedRevision);
    const batch = new AppendBatch(streamId, events);
    const newStream = expectedRevision === 'no_stream';
    const leading: unknown[] = newStream ? [streamId] : [streamId, expected];
    if (options?.recordedAt !== undefined) {
      return this.backdated(batch, options, newStream, leading, backdating(streamId, options));
    }
    const query = newStream ? appendNewStreamStatement(batch.size) : appendStatement(batch.size);
    return this.appendWith(batch, expectedRevision, query, batch.params(leading));
  }

  /**
   * A backdated append (AppendOptions.recordedAt: the seed loader and tests, never production):
   * the same statement with the store time bound instead of now(), in a transaction that first
   * takes the backdating lock and checks the time against the newest event's and now — so the
   * record times of backdated appends, which run one at a time, never go back in the global
   * order, and live appends (at now()) come after them. A live append running concurrently with a
   * backdated one could still commit an earlier position with a later time: backdating is for a
   * store that a loader fills before it serves (seeds, tests), which is the only place it is used.
   * An exact retry of a stored append is answered as usual whatever its time.
   */
  private async backdated(
    batch: AppendBatch,
    options: AppendOptions,
    newStream: boolean,
    leading: unknown[],
    recordedAt: string,
  ): Promise<AppendResult> {
    const query = newStream
      ? backdatedAppendNewStreamStatement(batch.size)
      : backdatedAppendStatement(batch.size);
    const params = batch.params([...leading, recordedAt]);
    try {
      return await this.appendWith(batch, options.expectedRevision, query, params, recordedAt);
    } catch (error) {
      if (!(error instanceof RecordTimeRefusedError)) throw error;
      const known = await this.knownEvents(batch);
      if (known) return known;
      throw error;
    }
  }

  private async appendWith(
    batch: AppendBatch,
    expectedRevision: ExpectedRevision,
    query: QueryArrayConfig,
    params: unknown[],
    recordedAt?: string,
  ): Promise<AppendResult> {
    const { streamId } = batch;
    const newStream = expectedRevision === 'no_stream';
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      let outcome: AppendOutcome;
      try {
        if (newStream) {
          const [position] = await this.run(query, params, recordedAt);
          outcome = ['ok', batch.size - 1, position as string];
        } else {
          outcome = (await this.run(query, params, recordedAt)) as AppendOutcome;
        }
      } catch (error) {
        outcome = await this.collision(error, streamId, expectedRevision);
      }
      const [status, revision, position] = outcome;
      switch (status) {
        case 'ok':
          this.deps.notifier.appended();
          return { nextRevision: revision, position: BigInt(position), idempotent: false };
        case 'wrong_expected_revision': {
          const known = await this.knownEvents(batch);
          if (known) return known;
          throw new WrongExpectedRevisionError(streamId, String(expectedRevision), revision);
        }
        case 'known_event_id': {
          const known = await this.knownEvents(batch);
          if (known) return known;
          continue; // the append holding that id rolled back
        }
        case 'retry':
          continue;
        default:
          throw new Error(`Unexpected append status ${String(status)}`);
      }
    }
    throw new Error(
      `Stream ${streamId}: append kept colliding with concurrent appends (${MAX_ATTEMPTS} attempts)`,
    );
  }

  /**
   * Maps a unique violation to what it means. On (stream_id, revision) a concurrent append took the
   * revision (the insert waited for it to commit): a no_stream append is then refused with the
   * actual head, any other retries with a fresh read.
   */
  private async collision(
    error: unknown,
    streamId: string,
    expected: ExpectedRevision,
  ): Promise<AppendOutcome> {
    const constraint = uniqueViolation(error);
    if (constraint === 'events_event_id_key') return ['known_event_id', -1, ''];
    if (constraint !== 'events_stream_revision_key') throw error;
    if (expected !== 'no_stream') return ['retry', -1, ''];
    const head = await this.currentRevision(streamId);
    return head === undefined ? ['retry', -1, ''] : ['wrong_expected_revision', head, ''];
  }

  /**
   * Runs an append statement, inside BEGIN … beforeCommit … COMMIT when the test seam is set, and
   * after the backdating lock and check for a backdated append (`recordedAt`).
   */
  private async run(
    query: QueryArrayConfig,
    values: unknown[],
    recordedAt?: string,
  ): Promise<unknown[]> {
    if (!this.deps.beforeCommit && recordedAt === undefined)
      return (await this.deps.pool.query(query, values)).rows[0] as unknown[];
    return inTransaction(this.deps.pool, async (client) => {
      if (recordedAt !== undefined) await checkRecordTime(client, values[0] as string, recordedAt);
      const { rows } = await client.query(query, values);
      await this.deps.beforeCommit?.(client);
      return rows[0] as unknown[];
    });
  }

  private async currentRevision(streamId: string): Promise<number | undefined> {
    const { rows } = await this.deps.pool.query({ ...STREAM_HEAD, values: [streamId] });
    return rows.length === 0 ? undefined : (rows[0][0] as number);
  }

  /** The slow path for stored ids: undefined when none of the batch's ids is stored. */
  private async knownEvents(batch: AppendBatch): Promise<AppendResult | undefined> {
    const { rows } = await this.deps.pool.query({
      ...KNOWN_EVENTS,
      values: [batch.streamId, batch.json()],
    });
    const [status, revision, position, eventId] = rows[0] as [string, number, string, string];
    if (status === 'idempotent')
      return { nextRevision: revision, position: BigInt(position), idempotent: true };
    if (status === 'event_id_conflict') throw new EventIdConflictError(eventId, batch.streamId);
    return undefined;
  }
}

type AppendOutcome = [status: string, revision: number, position: string];

const MAX_ATTEMPTS = 50;

function uniqueViolation(error: unknown): string | undefined {
  const e = error as { code?: string; constraint?: string };
  return e?.code === '23505' ? e.constraint : undefined;
}

function encodeExpected(expected: ExpectedRevision): number {
  switch (expected) {
    case 'any':
      return -2;
    case 'no_stream':
      return -1;
    case 'stream_exists':
      return -3;
    default:
      if (Number.isInteger(expected) && expected >= 0) return expected;
      throw new RangeError(
        'expectedRevision must be any, no_stream, stream_exists or a revision >= 0',
      );
  }
}

/**
 * The backdated store time, validated before anything is sent: refused in production (and
 * whatever the caller meant, a production store records only now), and unless it is a date-time.
 * Kept at the millisecond precision the store and the v2 hash use.
 */
function backdating(streamId: string, options: AppendOptions): string {
  const given = String(options.recordedAt);
  if (process.env.NODE_ENV === 'production') {
    throw new RecordTimeRefusedError(
      streamId,
      given,
      'production',
      'record time is the store clock in production; backdating is for seeds and tests only',
    );
  }
  const millis = DATE_TIME.test(given) ? Date.parse(given) : NaN;
  if (Number.isNaN(millis)) {
    throw new RecordTimeRefusedError(streamId, given, 'malformed', 'expected an ISO date-time');
  }
  return new Date(millis).toISOString();
}

/** A date-time with a zone (Z or ±hh:mm): a bare date or local time would depend on the server. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Inside the backdated append's transaction: takes the lock, then checks against the bounds. */
async function checkRecordTime(
  client: PoolClient,
  streamId: string,
  recordedAt: string,
): Promise<void> {
  await client.query(BACKDATING_LOCK);
  const { rows } = await client.query({ ...RECORD_TIME_BOUNDS, values: [] });
  const [newest, now] = rows[0] as [string | null, string];
  if (recordedAt > now) {
    throw new RecordTimeRefusedError(streamId, recordedAt, 'future', `the store's time is ${now}`);
  }
  if (newest !== null && recordedAt < newest) {
    throw new RecordTimeRefusedError(
      streamId,
      recordedAt,
      'before_head',
      `the newest event in the global order was recorded at ${newest}; record time never goes back`,
    );
  }
}
