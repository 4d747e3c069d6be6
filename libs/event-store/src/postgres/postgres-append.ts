import type { Pool, PoolClient, QueryArrayConfig } from 'pg';
import { EventIdConflictError, WrongExpectedRevisionError } from '../event-store.errors';
import type {
  AppendOptions,
  AppendResult,
  EventToAppend,
  ExpectedRevision,
} from '../event-store.port';
import { GENESIS_HASH } from '../hash-chain';
import { AppendBatch, type StreamHead } from './append-batch';
import type { AppendNotifier } from './append.notifier';
import {
  KNOWN_EVENTS,
  STREAM_HEAD,
  appendNewStreamStatement,
  appendStatement,
} from './event-store.queries';
import type { StreamHeadCache } from './stream-head.cache';

export interface PostgresAppendDeps {
  pool: Pool;
  heads: StreamHeadCache;
  notifier: AppendNotifier;
  /** The test seam of PostgresEventStoreOptions.beforeCommit. */
  beforeCommit?: (client: PoolClient) => Promise<void>;
}

/**
 * The append path of PostgresEventStore: guessing the head, retrying on a stale guess or a
 * concurrent append, and recognising retries by event id. See PostgresEventStore for the design.
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
    let guess = this.guessHead(streamId, expectedRevision);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      let outcome: AppendOutcome;
      try {
        outcome =
          expectedRevision === 'no_stream'
            ? await this.appendNewStream(batch)
            : await this.run(
                appendStatement(batch.size),
                batch.encode(guess, [
                  streamId,
                  expected,
                  guess?.revision ?? null,
                  guess?.hash ?? null,
                ]).params,
              );
      } catch (error) {
        outcome = await this.collision(error, streamId, expectedRevision);
      }
      const [status, revision, position, hash] = outcome;
      switch (status) {
        case 'ok':
          this.deps.heads.set(streamId, { revision, hash });
          this.deps.notifier.appended();
          return { nextRevision: revision, position: BigInt(position), idempotent: false };
        case 'stale_head':
          guess = { revision, hash };
          this.deps.heads.set(streamId, guess);
          continue;
        case 'wrong_expected_revision': {
          this.deps.heads.set(streamId, { revision, hash });
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
          guess = this.guessHead(streamId, expectedRevision);
          continue;
        default:
          throw new Error(`Unexpected append status ${String(status)}`);
      }
    }
    throw new Error(
      `Stream ${streamId}: append kept colliding with concurrent appends (${MAX_ATTEMPTS} attempts)`,
    );
  }

  private guessHead(streamId: string, expected: ExpectedRevision): StreamHead | undefined {
    if (expected === 'no_stream') return GENESIS_HEAD;
    const known = this.deps.heads.get(streamId);
    if (typeof expected === 'number') return known?.revision === expected ? known : undefined;
    return known;
  }

  /** A no_stream append needs no head: revision 0 on genesis, refused by the index if taken. */
  private async appendNewStream(batch: AppendBatch): Promise<AppendOutcome> {
    const { params, lastHash } = batch.encode(GENESIS_HEAD, [batch.streamId]);
    const [position] = await this.run(appendNewStreamStatement(batch.size), params);
    return ['ok', batch.size - 1, position as string, lastHash];
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
    if (constraint === 'events_event_id_key') return ['known_event_id', -1, '', ''];
    if (constraint !== 'events_stream_revision_key') throw error;
    this.deps.heads.forget(streamId);
    if (expected !== 'no_stream') return ['retry', -1, '', ''];
    const head = await this.currentHead(streamId);
    return head ? ['wrong_expected_revision', head.revision, '', head.hash] : ['retry', -1, '', ''];
  }

  /** Runs an append statement, inside BEGIN … beforeCommit … COMMIT when the test seam is set. */
  private async run(query: QueryArrayConfig, values: unknown[]): Promise<AppendOutcome> {
    if (!this.deps.beforeCommit)
      return (await this.deps.pool.query(query, values)).rows[0] as AppendOutcome;
    const client = await this.deps.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(query, values);
      await this.deps.beforeCommit(client);
      await client.query('COMMIT');
      return rows[0] as AppendOutcome;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async currentHead(streamId: string): Promise<StreamHead | undefined> {
    const { rows } = await this.deps.pool.query({ ...STREAM_HEAD, values: [streamId] });
    return rows.length === 0
      ? undefined
      : { revision: rows[0][0] as number, hash: rows[0][1] as string };
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

type AppendOutcome = [status: string, revision: number, position: string, hash: string];

const MAX_ATTEMPTS = 50;

const GENESIS_HEAD: StreamHead = Object.freeze({ revision: -1, hash: GENESIS_HASH });

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
