import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LiveResponse {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
}

export class DependencyCheck {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';

  @ApiPropertyOptional({ description: 'Why it is down', example: 'connect ECONNREFUSED' })
  error?: string;
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
