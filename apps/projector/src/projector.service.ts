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
import { ProjectionRunner, readCheckpoints } from '@app/projections';
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
 * Each runner resumes from its own checkpoint, so restarts lose and repeat nothing.
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  private readonly abort = new AbortController();
  private readonly runners: ProjectionRunner[];
  private running: Promise<void>[] = [];

  constructor(
    private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PROJECTOR_OPTIONS) private readonly options: { runInProcess: boolean },
  ) {
    this.runners = ALL_PROJECTIONS.map(
      (p) =>
        new ProjectionRunner(store, pool, p, {
          onError: (error) =>
            this.logger.error(
              `projection ${p.name} failed; resuming from its checkpoint: ${String(error)}`,
            ),
        }),
    );
  }

  onApplicationBootstrap(): void {
    if (!this.options.runInProcess) return;
    this.running = this.runners.map((r) => r.run(this.abort.signal));
    this.logger.log(
      `running ${this.runners.length} projection(s): ${this.runners.map((r) => r.name).join(', ')}`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.abort.abort();
    await Promise.allSettled(this.running);
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.store.headPosition();
    const rows = await readCheckpoints((text, values) => this.pool.query(text, values));
    return this.runners.map((runner) => {
      const row = rows.find((r) => r.name === runner.name);
      const checkpoint = row?.position ?? null;
      return {
        name: runner.name,
        checkpoint: checkpoint?.toString() ?? null,
        head: head?.toString() ?? null,
        behind: head !== null && (checkpoint === null || checkpoint < head),
        eventsApplied: row?.eventsApplied ?? 0,
        updatedAt: row?.updatedAt ?? null,
      };
    });
  }

  /** Read-your-writes: resolves once every projection has reached `position` (or times out). */
  async waitFor(position: bigint, timeoutMs = 5000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoints = await Promise.all(this.runners.map((r) => r.checkpoint()));
      if (checkpoints.every((c) => c !== null && c >= position)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
