import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsLocalDate } from '../../common';
import { IsRecordTime } from '../basis/record-time.validator';
import { CONTRACT_STATUSES } from './responses/contract-summary.response';

/** ?minPosition=N: wait (up to 5 s) until every projection has applied position N. */
export class ViewQuery {
  @ApiPropertyOptional({ description: 'Read-your-writes: a global position returned by a command' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'minPosition must be a global position (digits)' })
  minPosition?: string;
}

export class AsOfQuery extends ViewQuery {
  @ApiPropertyOptional({
    description:
      'Business date (YYYY-MM-DD): the view as it stood at the end of that day — no fact dated later shows (default: today in China)',
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}

/**
 * One contract's view on both time axes (issue 11): ?asOf (business time) and ?knownAt (record
 * time: only what was recorded by then — a correction recorded later is not applied), and
 * ?position to repeat an answer exactly at the basis it stated.
 */
export class ContractViewQuery extends AsOfQuery {
  @ApiPropertyOptional({
    description:
      'Record time (ISO-8601 date-time with zone): the view as the ledger knew it then — events recorded later do not count (default: now)',
  })
  @IsOptional()
  @IsRecordTime()
  knownAt?: string;

  @ApiPropertyOptional({
    description:
      'Global position (the `basis.position` of an earlier answer): events after it do not count',
  })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'position must be a global position (digits)' })
  position?: string;
}

/** ?limit: a page size of 1–1000, as a query string. */
export function PageLimit(description = 'Page size, 1–1000 (default 100)'): PropertyDecorator {
  // Listed bottom-up, the order in which stacked decorators apply.
  return applyDecorators(
    Matches(/^(1000|[1-9]\d{0,2})$/, { message: 'limit must be 1–1000' }),
    IsOptional(),
    ApiPropertyOptional({ description }),
  );
}

/** ?cursor: where the previous page ended (bounded text). */
export function PageCursor(
  description = 'The last contract id of the previous page',
  maxLength = 200,
): PropertyDecorator {
  return applyDecorators(
    MaxLength(maxLength),
    IsString(),
    IsOptional(),
    ApiPropertyOptional({ description }),
  );
}

export class ContractListQuery extends AsOfQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) client?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) supplier?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(CONTRACT_STATUSES)
  status?: string;
  @PageLimit() limit?: string;
  @PageCursor() cursor?: string;
}

export class PortfolioQuery extends ViewQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) client?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) supplier?: string;
  @ApiPropertyOptional({ description: 'Movements dated on or after (business date)' })
  @IsOptional()
  @IsLocalDate()
  from?: string;
  @ApiPropertyOptional({ description: 'Movements dated on or before (business date)' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
  @PageLimit() limit?: string;
  @PageCursor() cursor?: string;
}
