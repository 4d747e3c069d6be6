import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { retryLoopLog } from '@app/platform/database/connection-resilience';
import { EventStore } from '@app/event-store';
import { ProjectionGroupRunner, liveTarget, readCheckpoints } from '@app/projections';
import { ALL_PROJECTIONS } from './projections';

export const PROJECTOR_OPTIONS = Symbol('PROJECTOR_OPTIONS');

/** Lag is counted by reading what is pending, so the count stops here. */
const LAG_COUNT_LIMIT = 10_000;

export interface ProjectionStatus {
  name: string;
  checkpoint: string | null;
  head: string | null;
  /** True while the checkpoint is short of the head of the store. */
  behind: boolean;
  /** Events after the checkpoint (counted up to LAG_COUNT_LIMIT; `lagEventsAtLeast` beyond). */
  lagEvents: number;
  lagEventsAtLeast: boolean;
  /** Age of the oldest event not yet applied, from its store time; 0 when caught up. */
  lagMs: number;
  eventsApplied: number;
  updatedAt: string | null;
}

/**
 * Runs every projection from the event store's durable subscription (never an in-process bus).
 * One group runner reads the log once for all projections and applies each batch to each of them
 * in its own transaction (rows and that projection's checkpoint together), so restarts and
 * rebuilds lose and repeat nothing; `waitFor` waits until every projection has reached a position.
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  private readonly abort = new AbortController();
  private readonly runner: ProjectionGroupRunner;
  private running: Promise<void>[] = [];
  private leading = false;

  constructor(
    private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PROJECTOR_OPTIONS) private readonly options: { runInProcess: boolean },
  ) {
    this.runner = new ProjectionGroupRunner(store, pool, ALL_PROJECTIONS.map(liveTarget), {
      batchSize: 1000,
      // One line per outage (shared with the pools and requests), not one per retry.
      retryLog: retryLoopLog('projections', 'Projector'),
      // Several processes may run the projector: one leads, the others wait on its lock.
      onLeadership: (leading) => {
        this.leading = leading;
        this.logger.log(
          leading ? 'leading: applying the projections' : 'no longer leading the projections',
        );
      },
      onContention: (name) =>
        this.logger.warn({ msg: 'projection batch redone: its checkpoint moved meanwhile', name }),
    });
  }

  onApplicationBootstrap(): void {
    if (!this.options.runInProcess) return;
    this.running = [this.runner.run(this.abort.signal)];
    this.logger.log(
      `running ${this.runner.names.length} projection(s): ${this.runner.names.join(', ')} (leading once no other process does)`,
    );
  }

  /** True while this process leads the projections (another process may be leading instead). */
  get isLeading(): boolean {
    return this.leading;
  }

  async onApplicationShutdown(): Promise<void> {
    this.abort.abort();
    await Promise.allSettled(this.running);
  }

  async status(now = Date.now()): Promise<ProjectionStatus[]> {
    const head = await this.store.headPosition();
    const rows = await readCheckpoints((text, values) => this.pool.query(text, values));
    const lags = new Map<string, { events: number; oldest: string | null }>();
    const lagAfter = async (checkpoint: bigint | null) => {
      const key = String(checkpoint);
      if (!lags.has(key)) {
        const pending = await this.store.readAll({
          after: checkpoint ?? undefined,
          limit: LAG_COUNT_LIMIT,
        });
        lags.set(key, { events: pending.length, oldest: pending[0]?.recordedAt ?? null });
      }
      return lags.get(key)!;
    };
    return Promise.all(
      this.runner.names.map(async (name) => {
        const row = rows.find((r) => r.name === name);
        const checkpoint = row?.position ?? null;
        const behind = head !== null && (checkpoint === null || checkpoint < head);
        const lag = behind ? await lagAfter(checkpoint) : { events: 0, oldest: null };
        return {
          name,
          checkpoint: checkpoint?.toString() ?? null,
          head: head?.toString() ?? null,
          behind,
          lagEvents: lag.events,
          lagEventsAtLeast: lag.events >= LAG_COUNT_LIMIT,
          lagMs: lag.oldest === null ? 0 : Math.max(0, now - Date.parse(lag.oldest)),
          eventsApplied: row?.eventsApplied ?? 0,
          updatedAt: row?.updatedAt ?? null,
        };
      }),
    );
  }

  /** Applies everything up to the current head now (for a process that does not run the loop). */
  catchUp(): Promise<bigint | null> {
    return this.runner.catchUp();
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
