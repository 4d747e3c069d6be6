import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DERIVED_FACT_KINDS } from '@app/domain';
import { IsLocalDate } from '../../common';
import { ContractViewQuery, PageCursor, PageLimit } from '../../read-models/http/view-query.dto';
import { OBLIGATION_STATUSES } from '@app/read-models';

const KINDS = DERIVED_FACT_KINDS.filter((k) => k !== 'terminationNotice');

/** Filters of one contract's obligations (with ?asOf, ?knownAt, ?position as on every view). */
export class ContractObligationsQuery extends ContractViewQuery {
  @ApiPropertyOptional({ enum: ['client', 'supplier'] })
  @IsOptional()
  @IsIn(['client', 'supplier'])
  party?: string;

  @ApiPropertyOptional({ enum: OBLIGATION_STATUSES })
  @IsOptional()
  @IsIn(OBLIGATION_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: KINDS })
  @IsOptional()
  @IsIn(KINDS)
  kind?: string;

  @ApiPropertyOptional({ description: 'Due on or before (business date)' })
  @IsOptional()
  @IsLocalDate()
  dueBefore?: string;

  @ApiPropertyOptional({ description: 'Due on or after (business date)' })
  @IsOptional()
  @IsLocalDate()
  dueAfter?: string;
}

/** GET /obligations: across contracts, a page of contracts at a time. */
export class ObligationsQuery extends ContractObligationsQuery {
  @ApiPropertyOptional({ description: 'Only this contract' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contract?: string;

  @PageLimit(
    'Obligations per page, 1–1000 (default 100); a page ends with a whole contract, so it may hold a few more',
  )
  limit?: string;

  @PageCursor('The nextCursor of the previous page', 400)
  cursor?: string;
}
