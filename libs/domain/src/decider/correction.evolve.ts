import type { EventOf } from '../events/contract-event';
import { assertNever } from '../shared/decider';
import type { ContractFile } from './contract.state';
import { withPayment } from './money-facts.evolve';

/**
 * A correction reverses a fact (it stops counting) or amends its amount and/or business date.
 * The original event stays in the stream; only the folded state changes.
 */
export function evolveCorrectionRecorded(
  file: ContractFile,
  e: EventOf<'CorrectionRecorded'>,
): ContractFile {
  const d = e.data;
  const id = d.target.factId;
  const reversed = d.action === 'reverse';
  const amount = d.amended?.amount ?? null;
  const date = d.amended?.occurredAt ?? null;
  const corrections = {
    ...file.corrections,
    [d.correctionId]: {
      correctionId: d.correctionId,
      targetType: d.target.type,
      factId: id,
      action: d.action,
    },
  };
  const next = { ...file, corrections };
  switch (d.target.type) {
    case 'PaymentRecorded': {
      const f = file.payments.get(id)!;
      const fact = { ...f, reversed, amount: amount ?? f.amount, paidOn: date ?? f.paidOn };
      const totals = withPayment(withPayment(file.paymentTotals, f, -1), fact, 1);
      return { ...next, payments: file.payments.set(id, fact), paymentTotals: totals };
    }
    case 'InvoiceReceived': {
      const f = file.invoices[id];
      const fact = { ...f, reversed, amount: amount ?? f.amount, receivedOn: date ?? f.receivedOn };
      return { ...next, invoices: { ...file.invoices, [id]: fact } };
    }
    case 'BondDeducted': {
      const bond = file.bond!;
      const f = bond.deductions[id];
      const fact = { ...f, reversed, amount: amount ?? f.amount, deductedOn: date ?? f.deductedOn };
      return { ...next, bond: { ...bond, deductions: { ...bond.deductions, [id]: fact } } };
    }
    case 'PenaltyAssessed': {
      const f = file.penalties[id];
      const fact = { ...f, reversed, amount: amount ?? f.amount, assessedOn: date ?? f.assessedOn };
      return { ...next, penalties: { ...file.penalties, [id]: fact } };
    }
    case 'RefundPaid': {
      const f = file.refunds[id];
      const fact = { ...f, reversed, amount: amount ?? f.amount, paidOn: date ?? f.paidOn };
      return { ...next, refunds: { ...file.refunds, [id]: fact } };
    }
    default:
      return assertNever(d.target.type, 'correctable event type');
  }
}
