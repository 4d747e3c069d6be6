import { ApiProperty } from '@nestjs/swagger';
import type {
  DeferralView,
  LateInterestSettlementView,
  RestrictedPeriodView,
} from '@app/read-models';
import { date, EventRefDto, money, nullableDate } from './figure.response';

/** The installment's late-payment interest: accrued, paid, waived and still owed, as of asOf. */
export class LateInterestSettlementDto implements LateInterestSettlementView {
  @ApiProperty(money('What the clause charges as of asOf, caps applied (= lateInterest.amount)'))
  accrued!: string;
  @ApiProperty(money('Paid by the client by asOf (LateInterestPaid)')) paid!: string;
  @ApiProperty(money('Waived by the supplier by asOf (LateInterestWaived; "all" takes the rest)'))
  waived!: string;
  @ApiProperty(money('accrued − paid − waived, never below 0.00')) owed!: string;
  @ApiProperty({ type: [EventRefDto], description: 'The payments and waivers counted' })
  sources!: EventRefDto[];
}

export class RestrictedPeriodDto implements RestrictedPeriodView {
  @ApiProperty() restrictionId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty(nullableDate()) startedOn!: string | null;
  @ApiProperty(nullableDate('Null while it was still running as of asOf')) endedOn!: string | null;
  @ApiProperty({ example: 15, description: 'Restricted days after the due date, up to asOf' })
  days!: number;
  @ApiProperty({ type: [EventRefDto], description: 'PaymentRestrictionStarted (and Ended)' })
  sources!: EventRefDto[];
}

/** 000 第五条 5 "支付期限顺延，不承担违约责任" / 001 4.2: the due date moved by the restricted days. */
export class DeferralDto implements DeferralView {
  @ApiProperty(date('The due date before the restrictions')) dueDate!: string;
  @ApiProperty(date('The due date the lateness counts from')) deferredDueDate!: string;
  @ApiProperty({ example: 15 }) days!: number;
  @ApiProperty({ type: [RestrictedPeriodDto] }) restrictions!: RestrictedPeriodDto[];
}
