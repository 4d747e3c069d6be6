import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';

/** The client received an invoice for an installment; `invoiceId` is chosen by the caller (uuid). */
export interface RecordInvoice {
  type: 'RecordInvoice';
  data: {
    occurredAt: LocalDate;
    invoiceId: string;
    installmentId: string;
    amount: Money;
    invoiceNumber?: string;
  };
}

/**
 * The client found a received invoice not to conform (001 4.2 "提供发票不符合本合同要求的，甲方不承担逾期付款
 * 违约责任") and told the supplier so, on `occurredAt`, saying why.
 */
export interface RejectInvoice {
  type: 'RejectInvoice';
  data: {
    occurredAt: LocalDate;
    invoiceId: string;
    reason: string;
  };
}

/**
 * The client paid (part of) an installment; `paymentId` chosen by the caller (uuid), so a resend
 * is harmless. `penaltyOffsets` deduct assessed penalties from this payment (000 第十二条 8).
 */
export interface RecordPayment {
  type: 'RecordPayment';
  data: {
    occurredAt: LocalDate;
    paymentId: string;
    installmentId: string;
    amount: Money;
    penaltyOffsets?: { penaltyId: string; amount: Money }[];
  };
}

/**
 * The client confirmed the supplier's payment application for an installment whose due rule waits
 * for a confirmation (001 4.2: "paid within 30 working days of confirmation").
 */
export interface ConfirmPaymentApplication {
  type: 'ConfirmPaymentApplication';
  data: { occurredAt: LocalDate; installmentId: string };
}

/** Adjust a budget-adjustable final installment to the year's funds (000 第五条 3, 7). */
export interface AdjustFinalPayment {
  type: 'AdjustFinalPayment';
  data: {
    occurredAt: LocalDate;
    installmentId: string;
    newAmount: Money;
    budgetYear?: number;
    reason: string;
  };
}

/** The supplier returned fees owed after an early termination. */
export interface RecordRefund {
  type: 'RecordRefund';
  data: { occurredAt: LocalDate; refundId: string; amount: Money };
}

/** The payment commands; commands/index.ts unions the areas, so a command added here needs no other line there. */
export type PaymentCommand =
  | RecordInvoice
  | RejectInvoice
  | RecordPayment
  | ConfirmPaymentApplication
  | AdjustFinalPayment
  | RecordRefund;
