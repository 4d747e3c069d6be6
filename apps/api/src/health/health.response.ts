import { ApiProperty } from '@nestjs/swagger';

export class LiveResponse {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
}

export class DependencyCheck {
  /** Why a dependency is down is logged, never answered: driver text names hosts and users. */
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';
}

const CHECKS = {
  type: 'object',
  additionalProperties: { $ref: '#/components/schemas/DependencyCheck' },
  example: { database: { status: 'up' }, eventStore: { status: 'up' } },
} as const;

export class ReadyResponse {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty(CHECKS)
  checks!: Record<string, DependencyCheck>;
}

export class UnavailableResponse {
  @ApiProperty({ enum: ['unavailable'] })
  status!: 'unavailable';

  @ApiProperty(CHECKS)
  checks!: Record<string, DependencyCheck>;
}
