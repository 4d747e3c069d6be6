import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

export const PAYMENT_RECORDED_FLAGS = [
  'late',
  'overpayment',
  'withoutInvoice',
  'beforeTrigger',
] as const;
export type PaymentRecordedFlag = (typeof PAYMENT_RECORDED_FLAGS)[number];

/**
 * The client paid (part of) an installment. `amount` is the cash paid; `penaltyOffsets` are
 * penalties the client deducted from this payment instead of paying them out (000 第十二条 8).
 * The installment is settled by cash + offsets.
 * Flags: late (after the due date), overpayment (beyond the installment), withoutInvoice (the terms
 * require an invoice first), beforeTrigger (its condition, e.g. acceptance, was not yet recorded).
 */
export interface PaymentRecorded {
  type: 'PaymentRecorded';
  data: {
    occurredAt: LocalDate;
    paymentId: string;
    installmentId: string;
    amount: Money;
    penaltyOffsets: { penaltyId: string; amount: Money }[];
    /** Due date known when the payment was recorded; null while it depends on facts not yet recorded. */
    dueDate: LocalDate | null;
    flags: PaymentRecordedFlag[];
  };
}

export const PAYMENT_RECORDED_SCHEMA = eventSchema(
  'PaymentRecorded',
  'The client paid (part of) an installment.',
  {
    paymentId: S.id,
    installmentId: S.id,
    amount: S.nonNegativeMoney,
    penaltyOffsets: S.arrayOf(S.object({ penaltyId: S.id, amount: S.positiveMoney })),
    dueDate: S.nullable(S.date),
    flags: S.flags(PAYMENT_RECORDED_FLAGS),
  },
);
