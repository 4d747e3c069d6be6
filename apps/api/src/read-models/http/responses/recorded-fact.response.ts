import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import type {
  BondDeductionFact,
  InstallmentAdjustment,
  RefundPaidFact,
  ScheduledInvoice,
  ScheduledPayment,
} from '@app/read-models';
import { EventRefDto, money, nullableDate, nullableMoney } from './figure.response';

/**
 * The facts behind a view's figures as the projections keep them (current values, after
 * corrections; `reversed` when a correction voided one; `source` and `corrections` the events).
 */
const FLAGS: ApiPropertyOptions = {
  type: [String],
  description: 'What the decider flagged when recording it',
};
const REVERSED: ApiPropertyOptions = { description: 'Voided by a correction: counted nowhere' };
const CORRECTIONS: ApiPropertyOptions = {
  type: [EventRefDto],
  description: 'Corrections applied to it',
};

export class PaymentOffsetDto {
  @ApiProperty({ example: 'pen-000-1' }) penaltyId!: string;
  @ApiProperty(money()) amount!: string;
}

export class ScheduledPaymentDto implements ScheduledPayment {
  @ApiProperty({ example: 'pay-001-1' }) paymentId!: string;
  @ApiProperty(money('Cash paid')) amount!: string;
  @ApiProperty({ type: [PaymentOffsetDto], description: 'Penalties deducted (000 第十二条 8)' })
  offsets!: PaymentOffsetDto[];
  @ApiProperty(nullableDate()) paidOn!: string | null;
  @ApiProperty(nullableDate('The due date known when it was recorded')) dueDate!: string | null;
  @ApiProperty(FLAGS) flags!: string[];
  @ApiProperty(REVERSED) reversed!: boolean;
  @ApiProperty({ type: EventRefDto }) source!: EventRefDto;
  @ApiProperty({ example: '2026-03-01T08:15:02.123Z' }) recordedAt!: string;
  @ApiProperty(CORRECTIONS) corrections!: EventRefDto[];
}

export class InvoiceRejectionDto {
  @ApiProperty(nullableDate()) on!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: EventRefDto }) source!: EventRefDto;
}

export class ScheduledInvoiceDto implements ScheduledInvoice {
  @ApiProperty({ example: 'inv-001-1' }) invoiceId!: string;
  @ApiProperty(money()) amount!: string;
  @ApiProperty(nullableDate()) receivedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) invoiceNumber!: string | null;
  @ApiProperty(FLAGS) flags!: string[];
  @ApiProperty(REVERSED) reversed!: boolean;
  @ApiProperty({ type: EventRefDto }) source!: EventRefDto;
  @ApiProperty(CORRECTIONS) corrections!: EventRefDto[];
  @ApiPropertyOptional({
    type: InvoiceRejectionDto,
    nullable: true,
    description: 'Found not to conform (InvoiceRejected, 001 4.2); absent or null while it stands',
  })
  rejection?: InvoiceRejectionDto | null;
}

export class InstallmentAdjustmentDto implements InstallmentAdjustment {
  @ApiProperty(money()) previousAmount!: string;
  @ApiProperty(money()) newAmount!: string;
  @ApiProperty({ type: Number, nullable: true, example: 2023 }) budgetYear!: number | null;
  @ApiProperty() reason!: string;
  @ApiProperty(nullableDate()) date!: string | null;
  @ApiProperty({ type: EventRefDto }) source!: EventRefDto;
}

export class ReviewPeriodRefDto {
  @ApiProperty({ example: 'quarterly-report' }) scheduleId!: string;
  @ApiProperty({ example: 1 }) periodIndex!: number;
}

export class BondDeductionFactDto implements BondDeductionFact {
  @ApiProperty({ example: 'ded-001-1' }) deductionId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'failed-assessment' }) ruleId!:
    string | null;
  @ApiProperty(money('Current amount, after corrections')) amount!: string;
  @ApiProperty(money('As first recorded')) originalAmount!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: ReviewPeriodRefDto, nullable: true }) review!: ReviewPeriodRefDto | null;
  @ApiProperty(nullableDate()) deductedOn!: string | null;
  @ApiProperty(nullableMoney('The bond held after it')) balanceAfter!: string | null;
  @ApiProperty(REVERSED) reversed!: boolean;
  @ApiProperty({ type: EventRefDto }) source!: EventRefDto;
  @ApiProperty(CORRECTIONS) corrections!: EventRefDto[];
}

export class RefundPaidFactDto implements RefundPaidFact {
  @ApiProperty({ example: 'ref-002-1' }) refundId!: string;
  @ApiProperty(money('Current amount, after corrections')) amount!: string;
  @ApiProperty(money('As first recorded')) originalAmount!: string;
  @ApiProperty(nullableDate()) paidOn!: string | null;
  @ApiProperty(FLAGS) flags!: string[];
  @ApiProperty(REVERSED) reversed!: boolean;
  @ApiProperty({ type: EventRefDto }) source!: EventRefDto;
  @ApiProperty(CORRECTIONS) corrections!: EventRefDto[];
}
