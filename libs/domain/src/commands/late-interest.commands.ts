import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';

/**
 * The client paid late-payment interest (逾期付款违约金) on an installment (001 5.2; 002 第五条 2;
 * 003 第六条 2(2)); `lateInterestPaymentId` is chosen by the caller, so a resend is harmless.
 */
export interface RecordLateInterestPayment {
  type: 'RecordLateInterestPayment';
  data: {
    occurredAt: LocalDate;
    lateInterestPaymentId: string;
    installmentId: string;
    amount: Money;
  };
}

/**
 * The supplier, as creditor, waives late-payment interest on an installment: `amount` of it, or
 * without `amount` all of it, accrued and still to accrue.
 */
export interface WaiveLateInterest {
  type: 'WaiveLateInterest';
  data: {
    occurredAt: LocalDate;
    waiverId: string;
    installmentId: string;
    amount?: Money;
    reason: string;
  };
}

/**
 * The client's treasury payments are restricted (000 第五条 5 "财政国库支付受限，支付期限顺延，不承担违约责任";
 * 001 4.2 "因财政原因不能及时支付费用时…甲方不因此原因承担违约责任"): from `occurredAt` lateness does not
 * accrue until the restriction ends.
 */
export interface StartPaymentRestriction {
  type: 'StartPaymentRestriction';
  data: { occurredAt: LocalDate; restrictionId: string; reason: string };
}

/** The restriction is lifted (000 第五条 5 "待障碍消除后，立即恢复支付"): lateness accrues again from `occurredAt`. */
export interface EndPaymentRestriction {
  type: 'EndPaymentRestriction';
  data: { occurredAt: LocalDate; restrictionId: string };
}

/** The late-interest commands; commands/index.ts unions the areas, so a command added here needs no other line there. */
export type LateInterestCommand =
  RecordLateInterestPayment | WaiveLateInterest | StartPaymentRestriction | EndPaymentRestriction;
