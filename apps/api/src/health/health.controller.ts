import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  HealthCheckService,
  HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { EventStore } from '@app/event-store';
import { databaseOutageLog } from '@app/platform/database/connection-resilience';
import { Public } from '../common';
import {
  DependencyCheck,
  LiveResponse,
  ReadyResponse,
  UnavailableResponse,
} from './health.response';

type CheckName = 'database' | 'eventStore';

/**
 * Liveness and readiness probes on @nestjs/terminus (it runs the indicators concurrently and
 * gathers their results). The body keeps the shape clients already rely on:
 * `{ status, checks: { database: { status: 'up' }, eventStore: { status: 'up' } } }`.
 */
@ApiTags('health')
@ApiExtraModels(DependencyCheck)
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly eventStore: EventStore,
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is running' })
  @ApiOkResponse({ type: LiveResponse, description: 'Always, while the process answers' })
  live(): LiveResponse {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: '200 once the database and the event store are usable, else 503' })
  @ApiOkResponse({ type: ReadyResponse, description: 'Every dependency is up' })
  @ApiServiceUnavailableResponse({ type: UnavailableResponse, description: 'A dependency is down' })
  async ready(): Promise<ReadyResponse> {
    try {
      const result = await this.health.check([
        () => this.probe('database', () => this.pool.query('SELECT 1')),
        () => this.probe('eventStore', () => this.eventStore.ping()),
      ]);
      return { status: 'ok', checks: toChecks(result.details) };
    } catch (error) {
      const details = (error as { getResponse?: () => unknown }).getResponse?.() as
        { details?: HealthIndicatorResult } | undefined;
      if (error instanceof ServiceUnavailableException && details?.details) {
        throw new ServiceUnavailableException({
          status: 'unavailable',
          checks: toChecks(details.details),
        });
      }
      throw error;
    }
  }

  /**
   * Up or down within READY_BOUND_MS, whatever the database does (a frozen server would hold a
   * query forever). The reason goes to the outage log, never into this public answer: driver
   * text names hosts, ports and users.
   */
  private async probe(name: CheckName, run: () => Promise<unknown>) {
    const check = this.indicators.check(name);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        run(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${name} probe timed out`)), READY_BOUND_MS);
        }),
      ]);
      databaseOutageLog.recovered();
      return check.up();
    } catch (error) {
      databaseOutageLog.failure(`readiness: ${name}`, error);
      return check.down();
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Readiness answers within this (plus the time to render), even when the database hangs. */
export const READY_BOUND_MS = 2_000;

/** Terminus's `details` ({ database: { status: 'up' } …}) is our `checks`. */
function toChecks(details: HealthIndicatorResult): ReadyResponse['checks'] {
  const checks: ReadyResponse['checks'] = {};
  for (const [name, value] of Object.entries(details)) {
    const { status } = value as { status: string };
    checks[name] = { status: status === 'up' ? 'up' : 'down' };
  }
  return checks;
}
