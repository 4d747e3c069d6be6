import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '@app/database/pg-transaction';
import type { EventStore, RecordedEvent } from '@app/event-store';
import { leafHashOf } from '../leaf/evidence-leaf';
import { CompactRange, StoredNode } from '../merkle/compact-range';
import { EMPTY_ROOT } from '../merkle/merkle-hash';
import {
  PerfectNodes,
  consistencyProof,
  nodeMap,
  nodesRead,
  rootHash,
} from '../merkle/merkle-proofs';
import { AuditPathPlan } from '../merkle/audit-path-plan';
import { formatCheckpoint } from '../note/checkpoint';
import { keyId, rawPublicKey } from '../note/ed25519-key';
import { NoteSigner, signNote } from '../note/signed-note';
import {
  CHECKPOINT_COLUMNS,
  CheckpointReason,
  CheckpointRow,
  StoredCheckpoint,
  checkpointOfSize,
  checkpointsPage,
  latestCheckpoint,
  toCheckpoint,
} from './checkpoint-rows';
import { loadNodes, loadNodesHex } from './evidence-node-reads';

export type { CheckpointReason, StoredCheckpoint } from './checkpoint-rows';

/** Held by whoever appends leaves or signs, so a checkpoint always sees a whole batch. */
const APPEND_LOCK = 7263542;

export interface StreamLeaf {
  leafIndex: number;
  position: string;
  revision: number;
  eventId: string;
  leafHash: Buffer;
}

export interface EvidenceLogOptions {
  origin: string;
  signer: NoteSigner;
  /** Events read from the store per append transaction. */
  batchSize?: number;
  /** The clock for checkpoint times (tests pin it). */
  now?: () => Date;
  /**
   * Told of every checkpoint inside the transaction that stores it (the api queues it for the
   * HTTP witnesses there, so it is kept and queued together or not at all).
   */
  onCheckpoint?: (db: PoolClient, checkpoint: StoredCheckpoint) => Promise<unknown>;
}

/**
 * The evidence log in PostgreSQL: a single appender turns the store's events, in global order, into
 * dense leaves 0, 1, 2 … and writes every perfect node they complete, under an advisory lock and in
 * one transaction per batch, resuming after the last stored position — so a crash or a second
 * process never skips or repeats an event (the store's readAll only returns settled positions).
 * Roots and proofs of any size are computed from the stored nodes.
 */
export class PostgresEvidenceLog {
  private readonly batchSize: number;
  private readonly now: () => Date;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly options: EvidenceLogOptions,
  ) {
    this.batchSize = options.batchSize ?? 2000;
    this.now = options.now ?? (() => new Date());
  }

  get origin(): string {
    return this.options.origin;
  }

  /** Appends one batch of new events as leaves; returns how many. */
  async appendBatch(): Promise<number> {
    return this.locked(async (client) => {
      const { size, lastPosition } = await this.head(client);
      const events = await this.store.readAll({
        after: lastPosition === null ? undefined : BigInt(lastPosition),
        limit: this.batchSize,
      });
      if (events.length === 0) return 0;
      const range = CompactRange.resume(size, await loadNodes(client, CompactRange.edgeOf(size)));
      const leaves: { index: number; event: RecordedEvent; hash: Buffer }[] = [];
      const nodes: StoredNode[] = [];
      for (const event of events) {
        const hash = leafHashOf({
          content: event,
          recordedAt: event.recordedAt,
          chainHash: event.hash,
        });
        leaves.push({ index: range.treeSize, event, hash });
        nodes.push(...range.append(hash));
      }
      await client.query(
        `INSERT INTO evidence.leaves (leaf_index, position, stream_id, revision, event_id, leaf_hash)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::integer[], $5::uuid[], $6::bytea[])`,
        [
          leaves.map((l) => l.index),
          leaves.map((l) => l.event.position.toString()),
          leaves.map((l) => l.event.streamId),
          leaves.map((l) => l.event.revision),
          leaves.map((l) => l.event.eventId),
          leaves.map((l) => l.hash),
        ],
      );
      if (nodes.length > 0) {
        await client.query(
          `INSERT INTO evidence.nodes (level, index, hash)
           SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`,
          [
            nodes.map((n) => n.level),
            nodes.map((n) => n.index),
            nodes.map((n) => Buffer.from(n.hash)),
          ],
        );
      }
      return events.length;
    });
  }

  /** Appends until the log holds every settled event of the store; returns how many. */
  async catchUp(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.appendBatch();
      total += n;
      if (n < this.batchSize) return total;
    }
  }

  async treeSize(): Promise<number> {
    return (await this.head(this.pool)).size;
  }

  /** Signs a checkpoint of the current tree. `onlyIfGrown`: none when no leaf was added since the last. */
  async signCheckpoint(
    reason: CheckpointReason,
    onlyIfGrown = false,
  ): Promise<StoredCheckpoint | null> {
    return this.locked(async (client) => {
      const { size } = await this.head(client);
      if (onlyIfGrown) {
        const last = await this.latestCheckpoint(client);
        if (last && last.treeSize >= size) return null;
      }
      const root =
        size === 0 ? EMPTY_ROOT : Buffer.from(await this.compute(client, (n) => rootHash(n, size)));
      const signedAt = this.now().toISOString();
      const note = signNote(
        formatCheckpoint({
          origin: this.options.origin,
          treeSize: size,
          rootHash: root,
          extensions: [`time ${signedAt}`],
        }),
        this.options.signer,
      );
      const id = keyId(
        this.options.signer.name,
        rawPublicKey(this.options.signer.privateKey),
      ).toString('hex');
      const { rows } = await client.query<CheckpointRow>(
        `INSERT INTO evidence.checkpoints AS c (tree_size, root_hash, note, key_id, reason, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${CHECKPOINT_COLUMNS}`,
        [size, root, note, id, reason, signedAt],
      );
      const stored = toCheckpoint(rows[0]);
      await this.options.onCheckpoint?.(client, stored);
      return stored;
    });
  }

  async latestCheckpoint(db: Pick<Pool, 'query'> = this.pool): Promise<StoredCheckpoint | null> {
    return latestCheckpoint(db);
  }

  /** Newest first; `before` pages by id. */
  async checkpoints(limit: number, before?: number): Promise<StoredCheckpoint[]> {
    return checkpointsPage(this.pool, limit, before);
  }

  async checkpointOfSize(treeSize: number): Promise<StoredCheckpoint | null> {
    return checkpointOfSize(this.pool, treeSize);
  }

  async streamLeaves(streamId: string): Promise<StreamLeaf[]> {
    const { rows } = await this.pool.query<{
      leaf_index: string;
      position: string;
      revision: number;
      event_id: string;
      leaf_hash: Buffer;
    }>(
      `SELECT l.leaf_index::text AS leaf_index, l.position::text AS position, l.revision,
              l.event_id::text AS event_id, l.leaf_hash
       FROM evidence.leaves l WHERE l.stream_id = $1 ORDER BY l.leaf_index`,
      [streamId],
    );
    return rows.map((r) => ({
      leafIndex: Number(r.leaf_index),
      position: r.position,
      revision: r.revision,
      eventId: r.event_id,
      leafHash: r.leaf_hash,
    }));
  }

  /** Position of the newest leaf of a tree of `size` (the basis an export states). */
  async positionOfLeaf(index: number): Promise<string | null> {
    const { rows } = await this.pool.query<{ position: string }>(
      'SELECT position::text FROM evidence.leaves WHERE leaf_index = $1',
      [index],
    );
    return rows[0]?.position ?? null;
  }

  async inclusionProofs(indexes: number[], size: number): Promise<Uint8Array[][]> {
    return (await this.inclusionProofsHex(indexes, size)).map((p) =>
      p.map((h) => Buffer.from(h, 'hex')),
    );
  }

  /**
   * Audit paths (hex) of many leaves in the tree of `size`: planned first, every distinct node
   * read in one query, then assembled (an export's thousands of proofs share most of their nodes).
   */
  async inclusionProofsHex(indexes: number[], size: number): Promise<string[][]> {
    const plan = new AuditPathPlan(indexes, size);
    return plan.assembleHex(await loadNodesHex(this.pool, plan.nodes()));
  }

  async consistencyProof(from: number, to: number): Promise<Uint8Array[]> {
    return this.compute(this.pool, (n) => consistencyProof(n, from, to));
  }

  async root(size: number): Promise<Uint8Array> {
    return size === 0 ? EMPTY_ROOT : this.compute(this.pool, (n) => rootHash(n, size));
  }

  /** Runs a tree computation twice: once to learn the nodes it reads, once over those nodes. */
  private async compute<T>(
    db: Pick<Pool, 'query'>,
    operation: (nodes: PerfectNodes) => T,
  ): Promise<T> {
    const ids = nodesRead(operation);
    const nodes = await loadNodes(db, ids);
    return operation(nodeMap(nodes.map((n) => [n, n.hash])));
  }

  private async head(
    db: Pick<Pool, 'query'>,
  ): Promise<{ size: number; lastPosition: string | null }> {
    // Ordered by the bigint column (l.leaf_index), not by the text output of the same name.
    const { rows } = await db.query<{ leaf_index: string; position: string }>(
      `SELECT l.leaf_index::text AS leaf_index, l.position::text AS position
       FROM evidence.leaves l ORDER BY l.leaf_index DESC LIMIT 1`,
    );
    return rows.length === 0
      ? { size: 0, lastPosition: null }
      : { size: Number(rows[0].leaf_index) + 1, lastPosition: rows[0].position };
  }

  private async locked<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
      return work(client);
    });
  }
}
