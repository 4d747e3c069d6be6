import type { Pool, PoolClient, QueryArrayConfig } from 'pg';
import { EventIdConflictError, WrongExpectedRevisionError } from '../event-store.errors';
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
} from './event-store.queries';

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
    const query = newStream ? appendNewStreamStatement(batch.size) : appendStatement(batch.size);
    const params = batch.params(newStream ? [streamId] : [streamId, expected]);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      let outcome: AppendOutcome;
      try {
        if (newStream) {
          const [position] = await this.run(query, params);
          outcome = ['ok', batch.size - 1, position as string];
        } else {
          outcome = (await this.run(query, params)) as AppendOutcome;
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

  /** Runs an append statement, inside BEGIN … beforeCommit … COMMIT when the test seam is set. */
  private async run(query: QueryArrayConfig, values: unknown[]): Promise<unknown[]> {
    if (!this.deps.beforeCommit)
      return (await this.deps.pool.query(query, values)).rows[0] as unknown[];
    const client = await this.deps.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(query, values);
      await this.deps.beforeCommit(client);
      await client.query('COMMIT');
      return rows[0] as unknown[];
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
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
