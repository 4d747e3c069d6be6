import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresEvidenceLog, StoredCheckpoint } from '@app/evidence/postgres';
import { retryLoopLog } from '@app/platform/database/connection-resilience';
import { EVIDENCE_CONFIG, EvidenceConfig } from './evidence.config';

/**
 * The single background appender and the checkpoint clock. Leaves are appended every
 * appendIntervalMs; a checkpoint is signed every checkpointIntervalMs when the log grew. Several
 * api processes may run this: the log's advisory lock makes one append at a time, and each resumes
 * after the last stored leaf.
 */
@Injectable()
export class EvidenceScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Evidence');
  private readonly retryLog = retryLoopLog('evidence log', 'Evidence');
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly log: PostgresEvidenceLog,
    @Inject(EVIDENCE_CONFIG) private readonly config: EvidenceConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.appendIntervalMs > 0) {
      this.timers.push(
        setInterval(() => this.serially(() => this.log.catchUp()), this.config.appendIntervalMs),
      );
    }
    if (this.config.checkpointIntervalMs > 0) {
      this.timers.push(
        setInterval(
          () =>
            this.serially(async () => {
              await this.log.catchUp();
              const checkpoint = await this.log.signCheckpoint('scheduled', true);
              if (checkpoint) this.published(checkpoint);
            }),
          this.config.checkpointIntervalMs,
        ),
      );
    }
    for (const timer of this.timers) timer.unref();
  }

  /** Signs now (POST /checkpoints, exports): every new checkpoint goes to the witnesses. */
  async signNow(reason: 'on-demand' | 'export'): Promise<StoredCheckpoint> {
    const checkpoint = await this.serially(async () => {
      await this.log.catchUp();
      return this.log.signCheckpoint(reason);
    });
    this.published(checkpoint!);
    return checkpoint!;
  }

  async catchUp(): Promise<void> {
    await this.serially(() => this.log.catchUp());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.running.catch(() => undefined);
  }

  /** One log operation at a time in this process; errors are logged, the next tick retries. */
  private serially<T>(work: () => Promise<T>): Promise<T | undefined> {
    const next = this.running.then(async () => {
      if (this.stopped) return undefined;
      const result = await work();
      this.retryLog.succeeded();
      return result;
    });
    // One line per outage (shared with the pools and requests), not one per tick.
    this.running = next.catch((error: unknown) => this.retryLog.failed(error));
    return next;
  }

  private published(checkpoint: StoredCheckpoint): void {
    this.logger.log({
      msg: 'checkpoint signed',
      treeSize: checkpoint.treeSize,
      reason: checkpoint.reason,
      id: checkpoint.id,
    });
    if (!this.config.witnessDir) return;
    try {
      mkdirSync(this.config.witnessDir, { recursive: true });
      writeFileSync(
        join(this.config.witnessDir, `checkpoint-${String(checkpoint.id).padStart(8, '0')}.txt`),
        checkpoint.note,
      );
    } catch (error) {
      this.logger.warn(
        `checkpoint ${checkpoint.id} not written to ${this.config.witnessDir}: ${(error as Error).message}`,
      );
    }
  }
}
