import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { EventStore } from '@app/event-store';
import { Public } from '../common';

interface CheckResult {
  status: 'up' | 'down';
  error?: string;
}

async function check(probe: () => Promise<unknown>): Promise<CheckResult> {
  try {
    await probe();
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly eventStore: EventStore,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is running' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: '200 once the database and the event store are usable, else 503' })
  async ready(): Promise<{ status: 'ok'; checks: Record<string, CheckResult> }> {
    const checks = {
      database: await check(() => this.pool.query('SELECT 1')),
      eventStore: await check(() => this.eventStore.ping()),
    };
    const ok = Object.values(checks).every((c) => c.status === 'up');
    if (!ok) throw new ServiceUnavailableException({ status: 'unavailable', checks });
    return { status: 'ok', checks };
  }
}
