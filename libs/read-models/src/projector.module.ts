import { DynamicModule, Module } from '@nestjs/common';
import { PROJECTOR_OPTIONS, ProjectorService } from './projector.service';

export interface ProjectorModuleOptions {
  /** Run the projection runners in this process (false: another process runs them; status still works). */
  runInProcess: boolean;
}

/**
 * Import next to InfrastructureModule (which provides EventStore and PG_POOL). Global: the one
 * ProjectorService (one set of runners) also serves the read models' ?minPosition waits.
 */
@Module({})
export class ProjectorModule {
  static register(options: ProjectorModuleOptions): DynamicModule {
    return {
      module: ProjectorModule,
      global: true,
      providers: [{ provide: PROJECTOR_OPTIONS, useValue: options }, ProjectorService],
      exports: [ProjectorService],
    };
  }
}
