import { setTimeout as delay } from 'node:timers/promises';
import type { Pool } from 'pg';
import type { RetryLoopReport } from '@app/database/resilience/retry-loop-log';
import type { EventStore, GlobalPosition, RecordedEvent } from '@app/event-store';
import type { ProjectionTarget } from './projection';
import {
  ProjectionLeadership,
  type LeadershipTiming,
  type ProjectionLease,
} from './projection-leadership';
import { TargetApplier } from './target-applier';

/** One projection as a runner writes it: its table and checkpoint (a rebuild uses fresh ones). */
export interface GroupRunnerOptions {
  batchSize?: number;
  /** Test seam: runs inside each projection's batch transaction after its rows are written, before commit. */
  beforeCommit?: (lastPosition: GlobalPosition) => Promise<void>;
  onBatch?: (info: { position: GlobalPosition; applied: number }) => void;
  onError?: (error: unknown) => void;
  /** Told of each failed and each good round of `run` (logs an outage once, then its recovery). */
  retryLog?: RetryLoopReport;
  /** `run` leads or waits (ProjectionLeadership); told when this runner starts or stops leading. */
  onLeadership?: (leading: boolean) => void;
  /** How often a waiting runner tries to take the lead, how a leader proves it is alive. */
  leadership?: LeadershipTiming;
  /**
   * A batch was redone because its checkpoint had moved meanwhile: another runner wrote it (none
   * should while one leads) or a rebuild swap did.
   */
  onContention?: (checkpointName: string) => void;
}

/**
 * Runs several projections from ONE read of the log: each batch is read once and applied to every
 * projection concurrently, each in its own transaction on its own connection (rows and that
 * projection's checkpoint together: see TargetApplier), so the database writes one projection
 * while the runner evolves the next. Each projection skips what its checkpoint already covers;
 * the group's checkpoint is the lowest, and it resumes from there after a crash.
 */
export class ProjectionGroupRunner {
  private readonly batchSize: number;
  private readonly appliers: TargetApplier[];

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    targets: ProjectionTarget[],
    private readonly options: GroupRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1000;
    this.appliers = targets.map(
      (t) => new TargetApplier(pool, t, options.beforeCommit, options.onContention),
    );
    this.leadership = new ProjectionLeadership(pool, this.names, options.leadership);
  }

  private readonly leadership: ProjectionLeadership;

  get names(): string[] {
    return this.appliers.map((a) => a.target.checkpointName);
  }

  async checkpoints(): Promise<Map<string, GlobalPosition | null>> {
    const { rows } = await this.pool.query<{ name: string; position: string | null }>(
      'SELECT name, position::text AS position FROM projection_checkpoints WHERE name = ANY($1::text[])',
      [this.names],
    );
    const found = new Map(
      rows.map((r) => [r.name, r.position === null ? null : BigInt(r.position)]),
    );
    return new Map(this.names.map((n) => [n, found.get(n) ?? null]));
  }

  /** The lowest checkpoint of the group: everything up to it is in every table. */
  async checkpoint(): Promise<GlobalPosition | null> {
    return lowest([...(await this.checkpoints()).values()]);
  }

  /**
   * Applies one batch to every projection (concurrently, each atomically); returns the group's
   * checkpoint. Waits for every projection before reporting the first failure, so a failed
   * batch never overlaps the next.
   */
  async applyBatch(events: RecordedEvent[]): Promise<GlobalPosition | null> {
    if (events.length === 0) return this.checkpoint();
    const results = await Promise.allSettled(this.appliers.map((a) => a.apply(events)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const done = results.map(
      (r) =>
        (r as PromiseFulfilledResult<{ position: GlobalPosition | null; applied: number }>).value,
    );
    const position = lowest(done.map((d) => d.position));
    const applied = done.reduce((n, d) => n + d.applied, 0);
    if (position !== null) this.options.onBatch?.({ position, applied });
    return position;
  }

  /**
   * Reads and applies everything up to the store's current head; returns the group's checkpoint.
   * The next page is read while the current one is written, so reading and writing overlap.
   */
  async catchUp(
    onProgress?: (position: GlobalPosition, head: GlobalPosition | null, events: number) => void,
  ): Promise<GlobalPosition | null> {
    const head = await this.store.headPosition();
    let position = await this.checkpoint();
    if (head === null || (position !== null && position >= head)) return position;
    const read = (after: GlobalPosition | null) =>
      this.store.readAll({ after: after ?? undefined, limit: this.batchSize });
    let page = await read(position);
    let events = 0;
    while (page.length > 0) {
      const last = page[page.length - 1].position;
      const next = last < head ? read(last) : Promise.resolve([]);
      // Keep the prefetch from becoming an unhandled rejection if applyBatch fails first.
      next.catch(() => undefined);
      position = await this.applyBatch(page);
      events += page.length;
      if (position !== null) onProgress?.(position, head, events);
      page = await next;
    }
    return position;
  }

  /**
   * Runs until `signal` aborts: waits to lead the group (one runner per group across all
   * processes, see ProjectionLeadership), resumes from the checkpoint, then follows the live
   * subscription until it stops leading. Failures back off and resume from the checkpoint.
   */
  async run(signal: AbortSignal): Promise<void> {
    let failures = 0; // in a row: the pause doubles from 1 s up to RETRY_PAUSE_MAX_MS
    while (!signal.aborted) {
      let lease: ProjectionLease | null = null;
      try {
        lease = await this.leadership.acquire(signal);
        if (!lease) return;
        this.options.onLeadership?.(true);
        const leading = AbortSignal.any([signal, lease.lost]);
        const after = (await this.checkpoint()) ?? undefined;
        this.options.retryLog?.succeeded();
        failures = 0;
        for await (const batch of this.store.subscribe({
          after,
          batchSize: this.batchSize,
          signal: leading,
        })) {
          await this.applyBatch(batch);
          this.options.retryLog?.succeeded();
          failures = 0;
        }
        if (lease.lost.aborted && !signal.aborted) throw lease.lost.reason;
      } catch (error) {
        if (signal.aborted) return;
        this.options.retryLog?.failed(error);
        this.options.onError?.(error);
        // Back off (cut short by a stop), then resume from the checkpoint.
        failures += 1;
        const pause = Math.min(RETRY_PAUSE_MAX_MS, 1000 * 2 ** (failures - 1));
        await delay(pause, undefined, { signal }).catch(() => undefined);
      } finally {
        if (lease) {
          await lease.release();
          this.options.onLeadership?.(false);
        }
      }
    }
  }
}

/** The longest pause between two attempts while the database is away (1, 2, 4, 5, 5… s). */
const RETRY_PAUSE_MAX_MS = 5_000;

function lowest(positions: (GlobalPosition | null)[]): GlobalPosition | null {
  let min: GlobalPosition | null = null;
  for (const p of positions) {
    if (p === null) return null;
    if (min === null || p < min) min = p;
  }
  return min;
}
