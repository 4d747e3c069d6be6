import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { DERIVED_FACT_KINDS, type DeadlineOutcome, type DerivedFactKind } from '@app/domain';
import { EXAMPLE_CONTRACT_ID } from '../../common/openapi/openapi-examples';
import { BasisDto } from '../../read-models/http/responses/basis.response';
import {
  date,
  money,
  nullableDate,
  nullableMoney,
} from '../../read-models/http/responses/figure.response';
import type { MoneyPosition } from './money-position';
import type { RecordedDeadline } from './recorded-deadline';
import type {
  CorrectionRef,
  Timeline,
  TimelineDerivedEntry,
  TimelineEventEntry,
} from './timeline.builder';

export const DEADLINE_OUTCOMES: DeadlineOutcome[] = [
  'open',
  'met',
  'missed',
  'deemed',
  'excused',
  'waived',
];

/** Every ledger balance after an event. */
export class MoneyPositionDto implements MoneyPosition {
  @ApiProperty(money()) expected!: string;
  @ApiProperty(money()) invoiced!: string;
  @ApiProperty(money()) received!: string;
  @ApiProperty(money('Fees still owed: expected − received')) outstandingFees!: string;
  @ApiProperty(money()) penalties!: string;
  @ApiProperty(money('Bond held')) bond!: string;
  @ApiProperty(money()) refund!: string;
  @ApiProperty(money()) lateInterest!: string;
}

export class CorrectionRefDto implements CorrectionRef {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'cor-001-1' }) correctionId!: string;
  @ApiProperty({ example: 'void' }) action!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ example: 'finance-desk' }) actor!: string;
  @ApiProperty(date()) occurredAt!: string;
  @ApiProperty({ example: '2026-03-01T08:15:02.123Z' }) recordedAt!: string;
}

export class CorrectedFactDto {
  @ApiProperty({ example: 'PaymentRecorded' }) type!: string;
  @ApiProperty({ example: 'pay-001-1' }) factId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: not in the stream' })
  eventId!: string | null;
}

/** A recorded event, with who recorded it, its clause and the money position after it. */
export class TimelineEventEntryDto implements TimelineEventEntry {
  @ApiProperty({ enum: ['event'] }) entry!: 'event';
  @ApiProperty(date('Its business date')) date!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'PaymentRecorded' }) type!: string;
  @ApiProperty({ example: 2 }) revision!: number;
  @ApiProperty({ example: '1042' }) position!: string;
  @ApiProperty(date()) occurredAt!: string;
  @ApiProperty({ example: '2026-03-01T08:15:02.123Z' }) recordedAt!: string;
  @ApiProperty({ example: 'finance-desk' }) actor!: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty({ type: String, nullable: true }) causationId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '4.2' }) clause!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The fact as recorded' })
  data!: Record<string, unknown>;
  @ApiProperty({ type: CorrectedFactDto, nullable: true, description: 'On a correction' })
  corrects!: CorrectedFactDto | null;
  @ApiProperty({ type: [CorrectionRefDto], description: 'On a corrected fact' })
  correctedBy!: CorrectionRefDto[];
  @ApiProperty({ type: MoneyPositionDto }) money!: MoneyPositionDto;
}

/** The deadline fact event that recorded what a derived fact says (issue 11). */
export class RecordedDeadlineDto implements RecordedDeadline {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'InstallmentBecameOverdue' }) type!: string;
  @ApiProperty(date('Its business date')) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

/** A deadline the terms imply, with what happened at it as of asOf. */
export class TimelineDerivedEntryDto implements TimelineDerivedEntry {
  @ApiProperty({ enum: ['derived'] }) entry!: 'derived';
  @ApiProperty(date('The deadline’s day (its last day to act)')) date!: string;
  @ApiProperty({ enum: DERIVED_FACT_KINDS }) kind!: DerivedFactKind;
  @ApiProperty({ type: String, nullable: true, example: 'second' }) subject!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '4.2' }) clause!: string | null;
  @ApiProperty({ enum: DEADLINE_OUTCOMES }) outcome!: DeadlineOutcome;
  @ApiProperty(nullableDate('Since when the outcome holds')) outcomeOn!: string | null;
  @ApiProperty(nullableMoney()) amount!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'chinese-days@1.5.7' })
  calendarVersion!: string | null;
  @ApiProperty({ description: 'Counted in a year whose official calendar is not published yet' })
  provisional!: boolean;
  @ApiProperty() description!: string;
  @ApiProperty({
    type: RecordedDeadlineDto,
    nullable: true,
    description:
      'The event that recorded this outcome (a deadline fact of the scheduler, or a DeemAcceptance); the entry and the event are one fact',
  })
  recordedAs!: RecordedDeadlineDto | null;
}

@ApiExtraModels(TimelineEventEntryDto, TimelineDerivedEntryDto)
export class TimelineResponse implements Timeline {
  @ApiProperty({ example: EXAMPLE_CONTRACT_ID }) contractId!: string;
  @ApiProperty(date('The business date the outcomes are judged at')) asOf!: string;
  @ApiProperty({ type: BasisDto }) basis!: BasisDto;
  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'The kinds asked for (event types, derived-fact kinds); null for all',
  })
  kinds!: string[] | null;
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(TimelineEventEntryDto) },
        { $ref: getSchemaPath(TimelineDerivedEntryDto) },
      ],
      discriminator: {
        propertyName: 'entry',
        mapping: {
          event: getSchemaPath(TimelineEventEntryDto),
          derived: getSchemaPath(TimelineDerivedEntryDto),
        },
      },
    },
    description: 'In business order: `entry` tells a recorded event from a derived deadline',
  })
  entries!: (TimelineEventEntryDto | TimelineDerivedEntryDto)[];
}
