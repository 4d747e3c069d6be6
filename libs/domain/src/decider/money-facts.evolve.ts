import { onFile, type EvolveTable } from './evolve-helpers';
import type { EventOf } from '../events/contract-event';
import { dec, Money, toMoney } from '../shared/money';
import type { ContractFile, PaymentFact, PaymentTotals } from './contract.state';

/** How each money fact (bond, invoice, payment, penalty, refund, amendment) changes the file. Pure. */

export function evolveBondDeposited(file: ContractFile, e: EventOf<'BondDeposited'>): ContractFile {
  return {
    ...file,
    bond: { ...file.bond!, deposit: { amount: e.data.amount, depositedOn: e.data.occurredAt } },
  };
}

export function evolveBondDeducted(file: ContractFile, e: EventOf<'BondDeducted'>): ContractFile {
  const d = e.data;
  const fact = {
    deductionId: d.deductionId,
    ruleId: d.ruleId,
    amount: d.amount,
    reason: d.reason,
    review: d.review,
    deductedOn: d.occurredAt,
    reversed: false,
  };
  return {
    ...file,
    bond: { ...file.bond!, deductions: { ...file.bond!.deductions, [d.deductionId]: fact } },
  };
}

export function evolveBondRefunded(file: ContractFile, e: EventOf<'BondRefunded'>): ContractFile {
  return {
    ...file,
    bond: { ...file.bond!, refund: { amount: e.data.amount, refundedOn: e.data.occurredAt } },
  };
}

export function evolveInvoiceReceived(
  file: ContractFile,
  e: EventOf<'InvoiceReceived'>,
): ContractFile {
  const d = e.data;
  const fact = {
    invoiceId: d.invoiceId,
    installmentId: d.installmentId,
    amount: d.amount,
    receivedOn: d.occurredAt,
    invoiceNumber: d.invoiceNumber,
    reversed: false,
  };
  return { ...file, invoices: { ...file.invoices, [d.invoiceId]: fact } };
}

/** 001 4.2: the invoice stays recorded; from the rejection's day it no longer conforms. */
export function evolveInvoiceRejected(
  file: ContractFile,
  e: EventOf<'InvoiceRejected'>,
): ContractFile {
  const d = e.data;
  const invoice = file.invoices[d.invoiceId];
  if (!invoice) return file;
  const rejection = { on: d.occurredAt, reason: d.reason };
  return { ...file, invoices: { ...file.invoices, [d.invoiceId]: { ...invoice, rejection } } };
}

export function evolvePaymentRecorded(
  file: ContractFile,
  e: EventOf<'PaymentRecorded'>,
): ContractFile {
  const d = e.data;
  const fact = {
    paymentId: d.paymentId,
    installmentId: d.installmentId,
    amount: d.amount,
    penaltyOffsets: d.penaltyOffsets,
    paidOn: d.occurredAt,
    reversed: false,
  };
  return {
    ...file,
    payments: file.payments.set(d.paymentId, fact),
    paymentTotals: withPayment(file.paymentTotals, fact, 1),
  };
}

/**
 * The running totals with a live payment added (sign 1) or taken out (sign −1): what it settles
 * on its installment (cash + offsets) and what it offset on each penalty. A reversed fact counts
 * for nothing, so adding or removing it changes nothing.
 */
export function withPayment(totals: PaymentTotals, p: PaymentFact, sign: 1 | -1): PaymentTotals {
  if (p.reversed) return totals;
  const add = (to: Money | undefined, amount: Money): Money =>
    toMoney(dec(to ?? '0').plus(dec(amount).times(sign)));
  const settles = p.penaltyOffsets.reduce((acc, o) => acc.plus(dec(o.amount)), dec(p.amount));
  const offsetByPenalty =
    p.penaltyOffsets.length === 0 ? totals.offsetByPenalty : { ...totals.offsetByPenalty };
  for (const o of p.penaltyOffsets)
    offsetByPenalty[o.penaltyId] = add(offsetByPenalty[o.penaltyId], o.amount);
  return {
    settledByInstallment: {
      ...totals.settledByInstallment,
      [p.installmentId]: add(totals.settledByInstallment[p.installmentId], toMoney(settles)),
    },
    offsetByPenalty,
  };
}

export function evolvePenaltyAssessed(
  file: ContractFile,
  e: EventOf<'PenaltyAssessed'>,
): ContractFile {
  const d = e.data;
  const fact = {
    penaltyId: d.penaltyId,
    ruleId: d.ruleId,
    amount: d.amount,
    assessedOn: d.occurredAt,
    basis: d.basis,
    description: d.description,
    waived: null,
    reversed: false,
  };
  return { ...file, penalties: { ...file.penalties, [d.penaltyId]: fact } };
}

export function evolvePenaltyWaived(file: ContractFile, e: EventOf<'PenaltyWaived'>): ContractFile {
  const p = file.penalties[e.data.penaltyId];
  const waived = { amount: e.data.amount, waivedOn: e.data.occurredAt, reason: e.data.reason };
  return { ...file, penalties: { ...file.penalties, [p.penaltyId]: { ...p, waived } } };
}

/** 000 第十二条 3 / 001 5.1: the supplier paid a penalty in cash; its outstanding amount drops. */
export function evolvePenaltyPaid(file: ContractFile, e: EventOf<'PenaltyPaid'>): ContractFile {
  const d = e.data;
  const fact = {
    penaltyPaymentId: d.penaltyPaymentId,
    penaltyId: d.penaltyId,
    amount: d.amount,
    paidOn: d.occurredAt,
  };
  return { ...file, penaltyPayments: { ...file.penaltyPayments, [d.penaltyPaymentId]: fact } };
}

export function evolveRefundPaid(file: ContractFile, e: EventOf<'RefundPaid'>): ContractFile {
  const d = e.data;
  return {
    ...file,
    refunds: {
      ...file.refunds,
      [d.refundId]: {
        refundId: d.refundId,
        amount: d.amount,
        paidOn: d.occurredAt,
        reversed: false,
      },
    },
  };
}

export function evolveAmendmentSigned(
  file: ContractFile,
  e: EventOf<'AmendmentSigned'>,
): ContractFile {
  const d = e.data;
  const installments = d.installment
    ? [
        ...file.installments,
        {
          id: d.installment.id,
          label: d.installment.label,
          amount: d.installment.amount,
          trigger: { kind: 'onSigning' as const },
          due: d.installment.dueBy
            ? { kind: 'fixed-date' as const, date: d.installment.dueBy }
            : null,
          adjustableToBudget: false,
          amendmentId: d.amendmentId,
        },
      ]
    : file.installments;
  const amendment = {
    amendmentId: d.amendmentId,
    addedAmount: d.addedAmount,
    signedOn: d.occurredAt,
  };
  return {
    ...file,
    total: d.newTotal,
    installments,
    amendments: { ...file.amendments, [d.amendmentId]: amendment },
  };
}

export function evolveFinalPaymentAdjusted(
  file: ContractFile,
  e: EventOf<'FinalPaymentAdjusted'>,
): ContractFile {
  const d = e.data;
  const installments = file.installments.map((i) =>
    i.id === d.installmentId ? { ...i, amount: d.newAmount } : i,
  );
  const total = toMoney(dec(file.total).plus(dec(d.newAmount)).minus(dec(d.previousAmount)));
  return { ...file, installments, total };
}

/** 001 4.2: the confirmation the installment's "30 working days of confirmation" counts from. */
export function evolvePaymentApplicationConfirmed(
  file: ContractFile,
  e: EventOf<'PaymentApplicationConfirmed'>,
): ContractFile {
  const d = e.data;
  return {
    ...file,
    applicationConfirmations: { ...file.applicationConfirmations, [d.installmentId]: d.occurredAt },
  };
}

/** 001 5.2: interest the client paid on an installment's lateness. */
export function evolveLateInterestPaid(
  file: ContractFile,
  e: EventOf<'LateInterestPaid'>,
): ContractFile {
  const d = e.data;
  const fact = {
    lateInterestPaymentId: d.lateInterestPaymentId,
    installmentId: d.installmentId,
    amount: d.amount,
    paidOn: d.occurredAt,
  };
  return {
    ...file,
    lateInterestPayments: { ...file.lateInterestPayments, [d.lateInterestPaymentId]: fact },
  };
}

export function evolveLateInterestWaived(
  file: ContractFile,
  e: EventOf<'LateInterestWaived'>,
): ContractFile {
  const d = e.data;
  const fact = {
    waiverId: d.waiverId,
    installmentId: d.installmentId,
    amount: d.amount,
    waivedOn: d.occurredAt,
    reason: d.reason,
  };
  return { ...file, lateInterestWaivers: { ...file.lateInterestWaivers, [d.waiverId]: fact } };
}

/** 000 第五条 5: a treasury restriction starts; payment deadlines are deferred while it runs. */
export function evolvePaymentRestrictionStarted(
  file: ContractFile,
  e: EventOf<'PaymentRestrictionStarted'>,
): ContractFile {
  const d = e.data;
  const fact = {
    restrictionId: d.restrictionId,
    reason: d.reason,
    startedOn: d.occurredAt,
    endedOn: null,
  };
  return { ...file, paymentRestrictions: { ...file.paymentRestrictions, [d.restrictionId]: fact } };
}

export function evolvePaymentRestrictionEnded(
  file: ContractFile,
  e: EventOf<'PaymentRestrictionEnded'>,
): ContractFile {
  const d = e.data;
  const fact = { ...file.paymentRestrictions[d.restrictionId], endedOn: d.occurredAt };
  return { ...file, paymentRestrictions: { ...file.paymentRestrictions, [d.restrictionId]: fact } };
}

/** This file's events, for the decider's EVOLVE table (contract.evolve.ts). */
export const MONEY_EVOLVE = {
  BondDeposited: onFile(evolveBondDeposited),
  BondDeducted: onFile(evolveBondDeducted),
  BondRefunded: onFile(evolveBondRefunded),
  InvoiceReceived: onFile(evolveInvoiceReceived),
  InvoiceRejected: onFile(evolveInvoiceRejected),
  PaymentRecorded: onFile(evolvePaymentRecorded),
  PenaltyAssessed: onFile(evolvePenaltyAssessed),
  PenaltyWaived: onFile(evolvePenaltyWaived),
  PenaltyPaid: onFile(evolvePenaltyPaid),
  LateInterestPaid: onFile(evolveLateInterestPaid),
  LateInterestWaived: onFile(evolveLateInterestWaived),
  PaymentRestrictionStarted: onFile(evolvePaymentRestrictionStarted),
  PaymentRestrictionEnded: onFile(evolvePaymentRestrictionEnded),
  RefundPaid: onFile(evolveRefundPaid),
  AmendmentSigned: onFile(evolveAmendmentSigned),
  PaymentApplicationConfirmed: onFile(evolvePaymentApplicationConfirmed),
  FinalPaymentAdjusted: onFile(evolveFinalPaymentAdjusted),
} satisfies Partial<EvolveTable>;
