import type { Pool } from 'pg';
import type { EventStore, GlobalPosition, RecordedEvent } from '@app/event-store';
import type { AnyProjection, ReadModelRow } from './projection';
import { lockCheckpoint, saveCheckpoint } from './checkpoints';
import { deleteRows, loadRows, upsertRows } from './row-store';

export interface RunnerOptions {
  /** Checkpoint name; defaults to the projection's name (a rebuild uses its own). */
  checkpointName?: string;
  /** Table to write; defaults to the projection's table (a rebuild writes a fresh copy). */
  table?: string;
  batchSize?: number;
  /** Test seam: runs inside the batch transaction after the rows are written, before commit. */
  beforeCommit?: (lastPosition: GlobalPosition) => Promise<void>;
  onBatch?: (info: { position: GlobalPosition; applied: number }) => void;
  onError?: (error: unknown) => void;
}

/**
 * The one generic projection runner. Each batch is one transaction: lock the checkpoint,
 * skip what it already covers (so two runners, or a rebuild swapping tables underneath, can
 * never apply an event twice), fold the batch through the pure `evolve`, write rows and
 * checkpoint, commit. A crash anywhere before COMMIT leaves both untouched.
 */
export class ProjectionRunner {
  private readonly checkpointName: string;
  private readonly table: string;
  private readonly batchSize: number;

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly projection: AnyProjection,
    private readonly options: RunnerOptions = {},
  ) {
    this.checkpointName = options.checkpointName ?? projection.name;
    this.table = options.table ?? projection.table;
    this.batchSize = options.batchSize ?? 1000;
  }

  get name(): string {
    return this.checkpointName;
  }

  async checkpoint(): Promise<GlobalPosition | null> {
    const { rows } = await this.pool.query<{ position: string | null }>(
      'SELECT position::text AS position FROM projection_checkpoints WHERE name = $1',
      [this.checkpointName],
    );
    return rows.length === 0 || rows[0].position === null ? null : BigInt(rows[0].position);
  }

  /** Applies one batch in one transaction; returns the new checkpoint. */
  async applyBatch(events: RecordedEvent[]): Promise<GlobalPosition | null> {
    if (events.length === 0) return this.checkpoint();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const done = await lockCheckpoint(client, this.checkpointName);
      const fresh = done === null ? events : events.filter((e) => e.position > done);
      if (fresh.length === 0) {
        await client.query('COMMIT');
        return done;
      }
      const applied = await this.fold(client, fresh);
      const last = fresh[fresh.length - 1].position;
      await saveCheckpoint(client, this.checkpointName, last, applied);
      if (this.options.beforeCommit) await this.options.beforeCommit(last);
      await client.query('COMMIT');
      this.options.onBatch?.({ position: last, applied });
      return last;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async fold(client: import('pg').PoolClient, events: RecordedEvent[]): Promise<number> {
    const p = this.projection;
    const wanted = p.eventTypes ? new Set(p.eventTypes) : null;
    const touched = events
      .filter((e) => !wanted || wanted.has(e.type))
      .map((e) => ({ event: e, keys: p.keysOf(e) }));
    const keys = [...new Set(touched.flatMap((t) => t.keys))];
    const rows = await loadRows(client, this.table, p.key, keys);
    const state = new Map<string, ReadModelRow | null>(keys.map((k) => [k, rows.get(k) ?? null]));
    for (const { event, keys: eventKeys } of touched) {
      for (const key of eventKeys) state.set(key, p.evolve(state.get(key) ?? null, event, key));
    }
    const upserts = [...state.values()].filter((r): r is ReadModelRow => r !== null);
    const deletes = [...state.entries()]
      .filter(([k, r]) => r === null && rows.has(k))
      .map(([k]) => k);
    await upsertRows(client, this.table, p.key, upserts);
    await deleteRows(client, this.table, p.key, deletes);
    return touched.length;
  }

  /** Reads and applies everything up to the store's current head; returns the checkpoint. */
  async catchUp(
    onProgress?: (position: GlobalPosition, head: GlobalPosition | null) => void,
  ): Promise<GlobalPosition | null> {
    const head = await this.store.headPosition();
    let position = await this.checkpoint();
    while (head !== null && (position === null || position < head)) {
      const events = await this.store.readAll({
        after: position ?? undefined,
        limit: this.batchSize,
      });
      if (events.length === 0) break;
      position = await this.applyBatch(events);
      if (position !== null) onProgress?.(position, head);
    }
    return position;
  }

  /** Runs until `signal` aborts: resumes from the checkpoint, then follows the live subscription. */
  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        const after = (await this.checkpoint()) ?? undefined;
        for await (const batch of this.store.subscribe({
          after,
          batchSize: this.batchSize,
          signal,
        })) {
          await this.applyBatch(batch);
        }
      } catch (error) {
        if (signal.aborted) return;
        this.options.onError?.(error);
        await new Promise((r) => setTimeout(r, 1000)); // back off, then resume from the checkpoint
      }
    }
  }
}
