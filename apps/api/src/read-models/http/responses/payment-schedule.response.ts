import {
  CALENDAR_VERSION_PROPERTY,
  MovedDueDateDto,
  PROVISIONAL_PROPERTY,
} from '../../../calendar/deadline-calendar.response';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { InstallmentView, PaymentScheduleView } from '@app/read-models';
import { MEANING } from './figure-meanings';
import { HoldoverOwedDto } from './holdover.response';
import { DeferralDto, LateInterestSettlementDto } from './late-interest-settlement.response';
import {
  AnomalyDto,
  date,
  EventRefDto,
  money,
  nullableDate,
  nullableMoney,
  OBJECT,
} from './figure.response';
import { ContractViewHeadDto } from './basis.response';
import {
  InstallmentAdjustmentDto,
  ScheduledInvoiceDto,
  ScheduledPaymentDto,
} from './recorded-fact.response';

export class InterestTrancheDto {
  @ApiProperty(money('The delayed sum this tranche accrues on')) overdueAmount!: string;
  @ApiProperty(nullableDate('The day it arrived; null for the part still unpaid')) paidOn!:
    string | null;
  @ApiProperty({ description: 'Calendar days that accrued' }) days!: number;
  @ApiProperty(date('First day that accrues (after the grace, 001 5.2 / 002 第五条 2)'))
  startDate!: string;
  @ApiProperty(money()) interest!: string;
  @ApiProperty({ description: 'Its own cap bound (5 % of the delayed sum, 001 5.2)' })
  capped!: boolean;
  @ApiProperty({ example: 'min(408200.00 × 0.0005 × 62, 408200.00 × 0.05) = 12654.20' })
  formula!: string;
}

export class RejectedInvoiceDto {
  @ApiProperty(money()) amount!: string;
  @ApiProperty(date('The day it was received')) receivedOn!: string;
  @ApiProperty(date('The day the client found it not to conform')) rejectedOn!: string;
  @ApiProperty({ example: '发票抬头与合同甲方名称不一致' }) reason!: string;
  @ApiPropertyOptional({ type: EventRefDto, description: 'The InvoiceRejected event' })
  source?: EventRefDto;
}

export class LateInterestExcuseDto {
  @ApiProperty({ enum: ['noConformingInvoice', 'lateInvoice'] }) reason!:
    'noConformingInvoice' | 'lateInvoice';
  @ApiProperty({ example: '4.2 乙方逾期提供发票的…甲方不承担逾期付款违约责任' }) clause!: string;
  @ApiProperty(date()) dueDate!: string;
  @ApiProperty(nullableDate('The day conforming invoices first covered the amount')) invoicedOn!:
    string | null;
  @ApiPropertyOptional({
    type: () => [RejectedInvoiceDto],
    description:
      'Invoices received and found not to conform by asOf (InvoiceRejected, 001 4.2 "提供发票不符合本合同要求"): not counted in invoicedOn',
  })
  rejectedInvoices?: RejectedInvoiceDto[];
}

export class LateInterestDto {
  @ApiProperty(money('The client’s late-payment interest on this installment as of asOf'))
  amount!: string;
  @ApiProperty({ type: [InterestTrancheDto] }) tranches!: InterestTrancheDto[];
  @ApiProperty({ type: String, nullable: true, example: 'chinese-days@1.5.7' }) calendarVersion!:
    string | null;
  @ApiProperty(PROVISIONAL_PROPERTY) provisional!: boolean;
  @ApiProperty({ type: [EventRefDto] }) sources!: EventRefDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Why it could not be computed' })
  problem!: string | null;
  @ApiPropertyOptional(money('Accrued before a contract-wide cap took its share (003 第六条 2(2))'))
  beforeContractCap?: string;
  @ApiPropertyOptional({
    type: LateInterestExcuseDto,
    description: '001 4.2: why lateness is not charged',
  })
  excused?: LateInterestExcuseDto;
  @ApiPropertyOptional({
    type: LateInterestSettlementDto,
    description: 'Accrued, paid by the client, waived by the supplier and still owed, as of asOf',
  })
  settlement?: LateInterestSettlementDto;
  @ApiPropertyOptional({
    type: DeferralDto,
    nullable: true,
    description:
      'Treasury restrictions that deferred the due date (000 第五条 5 支付期限顺延, 001 4.2), with their events',
  })
  deferral?: DeferralDto | null;
}

export class ConfirmationDto {
  @ApiProperty(date()) confirmedOn!: string;
  @ApiProperty(date('The day the 30 working days count from (001 4.2)')) countsFrom!: string;
  @ApiProperty({ description: 'Confirmed before the installment’s condition was met' })
  early!: boolean;
}

export class CancellationDto {
  @ApiProperty({ example: 'terminated' }) reason!: string;
  @ApiProperty(nullableDate()) on!: string | null;
  @ApiProperty(money()) amount!: string;
  @ApiProperty({ type: [EventRefDto] }) sources!: EventRefDto[];
}

export class InstallmentSourcesDto {
  @ApiProperty({ type: [EventRefDto] }) amount!: EventRefDto[];
  @ApiProperty({ type: [EventRefDto] }) invoiced!: EventRefDto[];
  @ApiProperty({ type: [EventRefDto] }) paid!: EventRefDto[];
  @ApiProperty({ type: [EventRefDto] }) penaltiesOffset!: EventRefDto[];
}

export class InstallmentDto implements InstallmentView {
  @ApiProperty({ example: 'start' }) installmentId!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: String, nullable: true, example: '0.6' }) share!: string | null;
  @ApiProperty(money('Current amount (signed ± budget adjustments)')) amount!: string;
  @ApiProperty(nullableMoney()) signedAmount!: string | null;
  @ApiProperty({ ...OBJECT, nullable: true, description: 'The payment condition (terms)' })
  trigger!: unknown;
  @ApiProperty({ type: Boolean, nullable: true }) triggerMet!: boolean | null;
  @ApiProperty({ ...OBJECT, nullable: true, description: 'The due rule (terms)' })
  dueRule!: unknown;
  @ApiProperty(nullableDate()) dueDate!: string | null;
  @ApiProperty(
    nullableDate(
      'The due date deferred by the treasury restrictions recorded by asOf (000 第五条 5 "支付期限顺延", ' +
        '001 4.2); status and daysOverdue count from it. Null when no restriction moved it',
    ),
  )
  deferredDueDate!: string | null;
  @ApiProperty(CALENDAR_VERSION_PROPERTY) calendarVersion!: string | null;
  @ApiProperty(PROVISIONAL_PROPERTY) provisional!: boolean;
  @ApiProperty({
    type: MovedDueDateDto,
    nullable: true,
    description:
      'The provisional due date this one replaced when the notice was published, if it moved',
  })
  movedFrom!: MovedDueDateDto | null;
  @ApiProperty({ type: String, nullable: true, example: 'confirmation' }) awaiting!: string | null;
  @ApiProperty({ type: ConfirmationDto, nullable: true }) confirmation!: ConfirmationDto | null;
  @ApiProperty({ enum: ['none', 'partial', 'received', 'notRequired'] })
  invoiceStatus!: InstallmentView['invoiceStatus'];
  @ApiProperty(money()) invoiced!: string;
  @ApiProperty(money('Cash paid')) paid!: string;
  @ApiProperty(money('Penalties the client offset (000 第十二条 8)')) penaltiesOffset!: string;
  @ApiProperty(money('paid + penaltiesOffset')) settled!: string;
  @ApiProperty(money(MEANING.installmentOutstanding)) outstanding!: string;
  @ApiProperty(money()) overpaid!: string;
  @ApiProperty(nullableDate()) settledOn!: string | null;
  @ApiProperty({
    description:
      'Calendar days after the (deferred) due date up to asOf while unpaid: restricted days do not count',
  })
  daysOverdue!: number;
  @ApiProperty({
    enum: ['unscheduled', 'cancelled', 'settled', 'overdue', 'due', 'notDue', 'awaitingTrigger'],
  })
  status!: InstallmentView['status'];
  @ApiProperty({ type: CancellationDto, nullable: true }) cancellation!: CancellationDto | null;
  @ApiProperty({ type: LateInterestDto, nullable: true }) lateInterest!: LateInterestDto | null;
  @ApiProperty({ type: InstallmentSourcesDto }) sources!: InstallmentSourcesDto;
  @ApiProperty({ type: [ScheduledPaymentDto], description: 'Payments dated by asOf, as recorded' })
  payments!: ScheduledPaymentDto[];
  @ApiProperty({ type: [ScheduledInvoiceDto], description: 'Invoices dated by asOf, as recorded' })
  invoices!: ScheduledInvoiceDto[];
  @ApiProperty({
    type: [InstallmentAdjustmentDto],
    description: 'Budget adjustments dated by asOf',
  })
  adjustments!: InstallmentAdjustmentDto[];
  @ApiProperty({ type: [String] }) problems!: string[];
}

export class ScheduleTotalsDto {
  @ApiProperty(money(MEANING.scheduled)) scheduled!: string;
  @ApiProperty(money(MEANING.refundDue)) refundDue!: string;
  @ApiProperty(money(MEANING.holdoverDue)) holdoverDue!: string;
  @ApiProperty(money(MEANING.expected)) expected!: string;
  @ApiProperty(
    money(
      'Paid towards the client’s holdover fee by asOf (HoldoverFeePaid, 001 2.3): received, lowering outstanding; a payment of a successor’s fee (002 第十三条) is not counted',
    ),
  )
  holdoverPaid!: string;
  @ApiProperty(money()) invoiced!: string;
  @ApiProperty(money('Cash received')) paid!: string;
  @ApiProperty(money()) penaltiesOffset!: string;
  @ApiProperty(money(MEANING.refundsPaid)) refundsPaid!: string;
  @ApiProperty(money(MEANING.outstanding)) outstanding!: string;
  @ApiProperty(money(MEANING.overdue)) overdue!: string;
  @ApiProperty(money('The client’s late-payment interest as of asOf, caps applied'))
  lateInterest!: string;
}

export class LateInterestCapDto {
  @ApiProperty({ enum: ['eachDelayedSum', 'contract'] }) scope!: 'eachDelayedSum' | 'contract';
  @ApiProperty({ example: '0.05' }) rate!: string;
  @ApiProperty({ enum: ['overdueAmount', 'total'] }) base!: 'overdueAmount' | 'total';
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty(nullableMoney('Contract total × rate (contract scope)')) ceiling!: string | null;
  @ApiProperty(money()) accrued!: string;
  @ApiProperty(money()) amount!: string;
  @ApiProperty() capped!: boolean;
  @ApiProperty(nullableDate()) reachedOn!: string | null;
}

export class PaymentScheduleResponse extends ContractViewHeadDto implements PaymentScheduleView {
  @ApiProperty(date()) asOf!: string;
  @ApiProperty({ type: ScheduleTotalsDto }) totals!: ScheduleTotalsDto;
  @ApiProperty({ ...OBJECT, nullable: true }) latePaymentTerms!: unknown;
  @ApiProperty({ type: LateInterestCapDto, nullable: true })
  lateInterestCap!: LateInterestCapDto | null;
  @ApiProperty({ type: HoldoverOwedDto, nullable: true }) holdover!: HoldoverOwedDto | null;
  @ApiProperty({ type: [InstallmentDto] }) installments!: InstallmentDto[];
  @ApiProperty({ type: [AnomalyDto] }) anomalies!: AnomalyDto[];
  @ApiProperty({ example: '42' }) position!: string;
}
