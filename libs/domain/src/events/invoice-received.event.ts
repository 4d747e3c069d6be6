import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

export const INVOICE_RECEIVED_FLAGS = ['exceedsInstallment'] as const;
export type InvoiceReceivedFlag = (typeof INVOICE_RECEIVED_FLAGS)[number];

/**
 * The client received the supplier's invoice for an installment (000 第五条 8: 【15】 days before
 * payment; 003 第三条 2(1): payment within 10 working days after the invoice).
 */
export interface InvoiceReceived {
  type: 'InvoiceReceived';
  data: {
    /** The day the client received it (the day payment windows count from). */
    occurredAt: LocalDate;
    invoiceId: string;
    installmentId: string;
    amount: Money;
    /** The fapiao number, when known. */
    invoiceNumber: string | null;
    flags: InvoiceReceivedFlag[];
  };
}

export const INVOICE_RECEIVED_SCHEMA = eventSchema(
  'InvoiceReceived',
  'An invoice for an installment was received.',
  {
    invoiceId: S.id,
    installmentId: S.id,
    amount: S.positiveMoney,
    invoiceNumber: S.nullable(S.text),
    flags: S.flags(INVOICE_RECEIVED_FLAGS),
  },
);
