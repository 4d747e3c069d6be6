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

  private async probe(name: CheckName, run: () => Promise<unknown>) {
    const check = this.indicators.check(name);
    try {
      await run();
      return check.up();
    } catch (error) {
      return check.down({ error: error instanceof Error ? error.message : String(error) });
    }
  }
}

/** Terminus's `details` ({ database: { status: 'up' } …}) is our `checks`. */
function toChecks(details: HealthIndicatorResult): ReadyResponse['checks'] {
  const checks: ReadyResponse['checks'] = {};
  for (const [name, value] of Object.entries(details)) {
    const { status, error } = value as { status: string; error?: string };
    checks[name] = { status: status === 'up' ? 'up' : 'down', ...(error ? { error } : {}) };
  }
  return checks;
}
