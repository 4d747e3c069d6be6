import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { IsLocalDate } from '../../common';

export class EvidenceQuery {
  @ApiPropertyOptional({
    description: 'Business date the contract is described as of (timeline cut-off)',
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;

  @ApiPropertyOptional({
    description: 'Only what the ledger had recorded by this instant (ISO 8601)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'knownAt must be an ISO 8601 date-time' })
  knownAt?: string;

  @ApiPropertyOptional({
    description:
      'Tree size of a checkpoint you already hold: the export proves the log only grew since',
  })
  @IsOptional()
  @Matches(/^[1-9]\d{0,15}$/, {
    message: 'since must be the tree size of a checkpoint (a positive whole number)',
  })
  since?: string;

  @ApiPropertyOptional({
    description: '`json` (default): the export file; `html`: its printable report',
  })
  @IsOptional()
  @IsIn(['json', 'html'])
  format?: 'json' | 'html';
}
