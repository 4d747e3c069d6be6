import type { DecideTable } from './decide-table';
import type { RejectInvoice } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import { compareDates } from '../shared/local-date';
import type { ContractState } from './contract.state';
import { fail } from './domain-errors';
import { OPEN_STATUSES, recordedOnce, requireText, admit } from './guards';

/**
 * The client found a received invoice not to conform (001 4.2 "提供发票不符合本合同要求的，甲方不承担逾期付款
 * 违约责任"). A rejection is the client's own written act about a document it holds, so it is a fact,
 * recorded as given. Nonsense is refused: an invoice the ledger does not have (or that was reversed:
 * there is nothing left to reject), a rejection dated before the invoice arrived, and a second
 * rejection of the same invoice with other data (the same one again records nothing).
 */
export function decideRejectInvoice(command: RejectInvoice, state: ContractState): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, OPEN_STATUSES);
  const { data } = command;
  const invoiceId = requireText(data.invoiceId, 'data.invoiceId');
  const reason = requireText(data.reason, 'data.reason');
  const invoice = s.file.invoices[invoiceId];
  if (!invoice || invoice.reversed)
    fail(
      'UNKNOWN_INVOICE',
      invoice
        ? `Invoice "${invoiceId}" was reversed by a correction: there is nothing to reject`
        : `No invoice "${invoiceId}" was received on this contract`,
      'data.invoiceId',
    );
  if (compareDates(occurredAt, invoice.receivedOn) < 0)
    fail(
      'DATE_OUT_OF_ORDER',
      `An invoice cannot be rejected (${occurredAt}) before it was received (${invoice.receivedOn})`,
      'data.occurredAt',
      { receivedOn: invoice.receivedOn },
    );
  const resent = recordedOnce(
    invoice.rejection ?? undefined,
    (r) => r,
    { on: occurredAt, reason },
    (r) =>
      fail(
        'INVOICE_ALREADY_REJECTED',
        `Invoice "${invoiceId}" was already rejected on ${r.on}: ${r.reason}`,
        'data.invoiceId',
        { rejectedOn: r.on },
      ),
  );
  if (resent) return [];
  return [
    {
      type: 'InvoiceRejected',
      data: {
        occurredAt,
        invoiceId,
        installmentId: invoice.installmentId,
        receivedOn: invoice.receivedOn,
        reason,
      },
    },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const INVOICE_REJECTION_DECIDE = {
  RejectInvoice: decideRejectInvoice,
} satisfies Partial<DecideTable>;
