import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { EventStore } from '@app/event-store';
import { ProjectionGroupRunner, liveTarget, readCheckpoints } from '@app/projections';
import { ALL_PROJECTIONS } from './projections';

export const PROJECTOR_OPTIONS = Symbol('PROJECTOR_OPTIONS');

export interface ProjectionStatus {
  name: string;
  checkpoint: string | null;
  head: string | null;
  /** True while the checkpoint is short of the head of the store. */
  behind: boolean;
  eventsApplied: number;
  updatedAt: string | null;
}

/**
 * Runs every projection from the event store's durable subscription (never an in-process bus).
 * One group runner reads the log once for all projections and applies each batch to all of them
 * in one transaction (so the views, which join their tables, see one consistent position); each
 * projection keeps its own checkpoint, so restarts and rebuilds lose and repeat nothing.
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  private readonly abort = new AbortController();
  private readonly runner: ProjectionGroupRunner;
  private running: Promise<void>[] = [];

  constructor(
    private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PROJECTOR_OPTIONS) private readonly options: { runInProcess: boolean },
  ) {
    this.runner = new ProjectionGroupRunner(store, pool, ALL_PROJECTIONS.map(liveTarget), {
      batchSize: 1000,
      onError: (error) =>
        this.logger.error(`projections failed; resuming from their checkpoints: ${String(error)}`),
    });
  }

  onApplicationBootstrap(): void {
    if (!this.options.runInProcess) return;
    this.running = [this.runner.run(this.abort.signal)];
    this.logger.log(
      `running ${this.runner.names.length} projection(s): ${this.runner.names.join(', ')}`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.abort.abort();
    await Promise.allSettled(this.running);
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.store.headPosition();
    const rows = await readCheckpoints((text, values) => this.pool.query(text, values));
    return this.runner.names.map((name) => {
      const row = rows.find((r) => r.name === name);
      const checkpoint = row?.position ?? null;
      return {
        name,
        checkpoint: checkpoint?.toString() ?? null,
        head: head?.toString() ?? null,
        behind: head !== null && (checkpoint === null || checkpoint < head),
        eventsApplied: row?.eventsApplied ?? 0,
        updatedAt: row?.updatedAt ?? null,
      };
    });
  }

  /** The position every projection has reached (null while one has applied nothing). */
  checkpoint(): Promise<bigint | null> {
    return this.runner.checkpoint();
  }

  /** Read-your-writes: resolves once every projection has reached `position` (or times out). */
  async waitFor(position: bigint, timeoutMs = 5000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoint = await this.runner.checkpoint();
      if (checkpoint !== null && checkpoint >= position) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
