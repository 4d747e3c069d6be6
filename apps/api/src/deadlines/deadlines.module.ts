import { DynamicModule, Module } from '@nestjs/common';
import { Clock, SystemClock } from '@app/deadlines';
import type { AppConfig } from '@app/platform';
import { DEADLINE_SCHEDULER_OPTIONS, DeadlineSchedulerService } from './deadline-scheduler.service';

/** The deadline scheduler and its clock (tests override the Clock token with a FixedClock). */
@Module({})
export class DeadlinesModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: DeadlinesModule,
      providers: [
        { provide: Clock, useClass: SystemClock },
        {
          provide: DEADLINE_SCHEDULER_OPTIONS,
          useValue: {
            enabled: config.deadlineScheduler,
            intervalSeconds: config.deadlineSchedulerIntervalSeconds,
          },
        },
        DeadlineSchedulerService,
      ],
      exports: [DeadlineSchedulerService, Clock],
    };
  }
}
