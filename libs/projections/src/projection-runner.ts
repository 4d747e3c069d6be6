import type { Pool } from 'pg';
import type { EventStore, GlobalPosition, RecordedEvent } from '@app/event-store';
import type { AnyProjection } from './projection';
import { ProjectionGroupRunner, type GroupRunnerOptions } from './projection-group-runner';

export interface RunnerOptions extends GroupRunnerOptions {
  /** Checkpoint name; defaults to the projection's name (a rebuild uses its own). */
  checkpointName?: string;
  /** Table to write; defaults to the projection's table (a rebuild writes a fresh copy). */
  table?: string;
}

/**
 * The runner of a single projection: a group of one (see ProjectionGroupRunner). Each batch is
 * one transaction: lock the checkpoint, skip what it already covers (so two runners, or a rebuild
 * swapping tables underneath, can never apply an event twice), fold the batch through the pure
 * `evolve`, write rows and checkpoint, commit. A crash anywhere before COMMIT leaves both untouched.
 */
export class ProjectionRunner {
  private readonly group: ProjectionGroupRunner;
  private readonly checkpointName: string;

  constructor(
    store: EventStore,
    pool: Pool,
    projection: AnyProjection,
    options: RunnerOptions = {},
  ) {
    this.checkpointName = options.checkpointName ?? projection.name;
    const target = {
      projection,
      table: options.table ?? projection.table,
      checkpointName: this.checkpointName,
    };
    this.group = new ProjectionGroupRunner(store, pool, [target], options);
  }

  get name(): string {
    return this.checkpointName;
  }

  checkpoint(): Promise<GlobalPosition | null> {
    return this.group.checkpoint();
  }

  /** Applies one batch in one transaction; returns the new checkpoint. */
  applyBatch(events: RecordedEvent[]): Promise<GlobalPosition | null> {
    return this.group.applyBatch(events);
  }

  /** Reads and applies everything up to the store's current head; returns the checkpoint. */
  catchUp(
    onProgress?: (position: GlobalPosition, head: GlobalPosition | null, events: number) => void,
  ): Promise<GlobalPosition | null> {
    return this.group.catchUp(onProgress);
  }

  /** Runs until `signal` aborts: resumes from the checkpoint, then follows the live subscription. */
  run(signal: AbortSignal): Promise<void> {
    return this.group.run(signal);
  }
}
