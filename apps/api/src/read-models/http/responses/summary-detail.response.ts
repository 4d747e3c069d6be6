import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { EventRefDto, nullableDate, nullableMoney } from './figure.response';
import { HoldoverOwedDto } from './holdover.response';
import type { StreamActivity, SummaryStatusDetail } from '../../views/contract-summary.view';

/** The running termination notice (as of asOf). */
export class TerminationNoticeStatusDto {
  @ApiProperty({ example: 'tn-003-1' }) noticeId!: string;
  @ApiProperty({ example: 'client' }) by!: string;
  @ApiProperty({ type: String, nullable: true }) rightId!: string | null;
  @ApiProperty(nullableDate()) issuedOn!: string | null;
  @ApiProperty(nullableDate()) effectiveOn!: string | null;
  @ApiProperty({ type: EventRefDto }) source!: EventRefDto;
}

export class ForceMajeureStatusDto {
  @ApiProperty({ example: 'fm-003-1' }) forceMajeureId!: string;
  @ApiProperty(nullableDate()) startedOn!: string | null;
  @ApiProperty({ type: EventRefDto }) source!: EventRefDto;
}

export class ResumeToDto {
  @ApiProperty({ enum: ['active', 'inNotice', 'inHoldover'] }) status!:
    'active' | 'inNotice' | 'inHoldover';
}

export class HoldoverStatusDto {
  @ApiProperty(nullableDate()) startedOn!: string | null;
  @ApiProperty(nullableDate('Null while it runs (as of asOf)')) endedOn!: string | null;
  @ApiProperty(nullableMoney('Fixed when it ended (001 2.3)')) fee!: string | null;
  @ApiProperty({
    type: HoldoverOwedDto,
    nullable: true,
    description: 'Who owes the fee (001 2.3 the client; 002 第十三条 the successor)',
  })
  owed!: HoldoverOwedDto | null;
}

export class BreachNoticeStatusDto {
  @ApiProperty(nullableDate('The cure deadline')) cureBy!: string | null;
  @ApiProperty({ example: 'client' }) by!: string;
  @ApiPropertyOptional(nullableDate()) issuedOn?: string | null;
  @ApiProperty({ type: EventRefDto }) source!: EventRefDto;
}

/** What the status rests on, as of asOf. */
export class StatusDetailDto implements SummaryStatusDetail {
  @ApiProperty({ type: TerminationNoticeStatusDto, nullable: true })
  notice!: TerminationNoticeStatusDto | null;
  @ApiProperty({ type: ForceMajeureStatusDto, nullable: true })
  forceMajeure!: ForceMajeureStatusDto | null;
  @ApiProperty({ type: ResumeToDto, nullable: true, description: 'Where a suspension returns to' })
  resumeTo!: ResumeToDto | null;
  @ApiProperty({ type: HoldoverStatusDto, nullable: true }) holdover!: HoldoverStatusDto | null;
  @ApiProperty(nullableDate()) terminatedOn!: string | null;
  @ApiProperty(nullableDate()) closedOn!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(BreachNoticeStatusDto) },
    description: 'Open at the end of asOf (issued by then, not cured by then), by notice id',
  })
  openBreachNotices!: Record<string, BreachNoticeStatusDto>;
}

export class MilestoneStatusDto {
  @ApiProperty({ example: 'final' }) kind!: string;
  @ApiProperty(nullableDate('Accepted (or deemed accepted) on, by asOf')) acceptedOn!:
    string | null;
  @ApiProperty({ type: EventRefDto, nullable: true }) source!: EventRefDto | null;
}

/** The contract's stream: how much is recorded and what came last. */
export class StreamActivityDto implements StreamActivity {
  @ApiProperty({ example: 41 }) events!: number;
  @ApiProperty({ example: 40 }) lastRevision!: number;
  @ApiProperty({ example: '1042' }) lastPosition!: string;
  @ApiProperty({ format: 'uuid' }) lastEventId!: string;
  @ApiProperty({ example: 'PaymentRecorded' }) lastEventType!: string;
  @ApiProperty({ example: '2023-08-21' }) lastBusinessDate!: string;
}
