import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { currentCalendar } from '@app/calendar';
import { Clock, DeadlineScheduler, type DeadlineRunSummary } from '@app/deadlines';
import { EventStore } from '@app/event-store';

/**
 * The deadline scheduler in the api process (DEADLINE_SCHEDULER, default on outside tests): one
 * run up to today every DEADLINE_SCHEDULER_INTERVAL_SECONDS. main.ts starts it once the api
 * listens (after the seed loader, so that no half-loaded story is judged). Several processes may
 * run it at once: each fact is still recorded once (libs/deadlines deadline-scheduler.ts).
 */
export const DEADLINE_SCHEDULER_OPTIONS = Symbol('DEADLINE_SCHEDULER_OPTIONS');

export interface DeadlineSchedulerOptions {
  enabled: boolean;
  intervalSeconds: number;
}

@Injectable()
export class DeadlineSchedulerService implements BeforeApplicationShutdown {
  private readonly abort = new AbortController();
  private running: Promise<void> | undefined;
  private readonly scheduler: DeadlineScheduler;
  private readonly logger = new Logger('DeadlineScheduler');

  constructor(
    store: EventStore,
    clock: Clock,
    @Inject(DEADLINE_SCHEDULER_OPTIONS) private readonly options: DeadlineSchedulerOptions,
  ) {
    this.scheduler = new DeadlineScheduler(store, { calendar: currentCalendar, clock });
  }

  start(): void {
    if (!this.options.enabled || this.running) return;
    this.running = this.loop(this.abort.signal);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.abort.abort();
    await this.running;
  }

  private async loop(signal: AbortSignal): Promise<void> {
    const intervalMs = this.options.intervalSeconds * 1000;
    while (!signal.aborted) {
      try {
        this.report(await this.scheduler.runOnce());
      } catch (error) {
        this.logger.warn(`deadline run failed: ${(error as Error).message}`);
      }
      await sleep(intervalMs, signal);
    }
  }

  private report(s: DeadlineRunSummary): void {
    const quiet = s.recorded === 0 && s.failed === 0;
    this.logger[quiet ? 'debug' : 'log'](
      `deadline facts up to ${s.until}: ${s.recorded} recorded, ${s.idempotent} already stored, ${s.conflicts} re-decided, ${s.failed} contracts failed (of ${s.contracts})`,
    );
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    timer.unref();
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
