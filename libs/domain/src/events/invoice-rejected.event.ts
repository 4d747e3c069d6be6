import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/**
 * The client found a received invoice not to conform to the contract and told the supplier
 * (001 4.2 "乙方逾期提供发票的，或提供发票不符合本合同要求的，甲方不承担逾期付款违约责任"). From `occurredAt`
 * on the invoice no longer counts as the supplier's conforming invoice: as the ledger knows it from
 * that day, the client was never liable for lateness on its strength (nothing accrues until a
 * later conforming invoice covers the installment, and then only from that invoice's day).
 */
export interface InvoiceRejected {
  type: 'InvoiceRejected';
  data: {
    /** The day the client gave notice that the invoice does not conform. */
    occurredAt: LocalDate;
    invoiceId: string;
    installmentId: string;
    /** The day the rejected invoice had been received (InvoiceReceived.occurredAt). */
    receivedOn: LocalDate;
    /** What does not conform (wrong amount, title, tax rate…), as the client wrote it. */
    reason: string;
  };
}

export const INVOICE_REJECTED_SCHEMA = eventSchema(
  'InvoiceRejected',
  'The client found a received invoice not to conform to the contract (001 4.2).',
  {
    invoiceId: S.id,
    installmentId: S.id,
    receivedOn: S.date,
    reason: S.text,
  },
);
