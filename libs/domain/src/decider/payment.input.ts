import type { RecordInvoice, RecordPayment } from '../commands';
import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import type { SignedState } from './contract.state';
import { installmentById } from './contract.queries';
import {
  optionalText,
  requireMoney,
  requireOccurredAt,
  requirePositiveMoney,
  requireText,
} from './guards';

/**
 * Input parsing of the payment commands: each field checked for form (a date not before signing,
 * an id, an installment of the schedule, a money string), before any rule of the clauses is
 * applied. Each refusal names its field.
 */

export interface InvoiceInput {
  occurredAt: LocalDate;
  invoiceId: string;
  installmentId: string;
  amount: Money;
  invoiceNumber: string | null;
}

export function parseRecordInvoice(data: RecordInvoice['data'], s: SignedState): InvoiceInput {
  return {
    occurredAt: requireOccurredAt(data.occurredAt, s),
    invoiceId: requireText(data.invoiceId, 'data.invoiceId'),
    installmentId: installmentById(s.file, data.installmentId).id,
    amount: requirePositiveMoney(data.amount, 'data.amount'),
    invoiceNumber: optionalText(data.invoiceNumber, 'data.invoiceNumber'),
  };
}

export interface PaymentInput {
  occurredAt: LocalDate;
  paymentId: string;
  installmentId: string;
  /** Cash paid; may be zero when the whole installment is settled by penalty offsets. */
  amount: Money;
  penaltyOffsets: { penaltyId: string; amount: Money }[];
}

export function parseRecordPayment(data: RecordPayment['data'], s: SignedState): PaymentInput {
  return {
    occurredAt: requireOccurredAt(data.occurredAt, s),
    paymentId: requireText(data.paymentId, 'data.paymentId'),
    installmentId: installmentById(s.file, data.installmentId).id,
    amount: requireMoney(data.amount, 'data.amount'),
    penaltyOffsets: (data.penaltyOffsets ?? []).map((o, i) => ({
      penaltyId: requireText(o.penaltyId, `data.penaltyOffsets[${i}].penaltyId`),
      amount: requirePositiveMoney(o.amount, `data.penaltyOffsets[${i}].amount`),
    })),
  };
}
