import type { DecideTable } from './decide-table';
import { paymentDeadlineAsOf } from '../as-of/payment-deadline.as-of';
import type { RecordInvoice, RecordPayment } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { InvoiceReceivedFlag } from '../events/invoice-received.event';
import type { PaymentRecordedFlag } from '../events/payment-recorded.event';
import type { LocalDate } from '../shared/local-date';
import { compareMoney, dec, Money, toMoney } from '../shared/money';
import type { ContractFile, ContractState, InvoiceFact, PaymentFact } from './contract.state';
import {
  DecideContext,
  installmentById,
  installmentDueDate,
  invoicedOn,
  penaltyOutstanding,
  settledOn,
  sum,
  triggerMet,
} from './contract.queries';
import { fail } from './domain-errors';
import { OPEN_STATUSES, recordedOnce, requireSigned, requireStatus } from './guards';
import { restrictionPeriods } from './late-interest.facts';
import {
  InvoiceInput,
  parseRecordInvoice,
  parseRecordPayment,
  PaymentInput,
} from './payment.input';

/** 000 第五条 8 / 003 第三条 2(1): the invoice the payment waits for. Invoicing beyond the installment is flagged. */
export function decideRecordInvoice(command: RecordInvoice, state: ContractState): ContractEvent[] {
  const s = requireStatus(requireSigned(state), OPEN_STATUSES, 'RecordInvoice');
  const input = parseRecordInvoice(command.data, s);
  const { invoiceId } = input;
  const resent = recordedOnce(
    s.file.invoices[invoiceId],
    (i) => ({ ...invoiceInput(i), reversed: i.reversed }),
    { ...input, reversed: false },
    { field: 'data.invoiceId', id: invoiceId },
  );
  if (resent) return [];
  const flags = invoiceFlags(s.file, input.installmentId, input.amount, invoiceId);
  return [{ type: 'InvoiceReceived', data: { ...input, flags } }];
}

function invoiceInput(i: InvoiceFact): InvoiceInput {
  return {
    occurredAt: i.receivedOn,
    invoiceId: i.invoiceId,
    installmentId: i.installmentId,
    amount: i.amount,
    invoiceNumber: i.invoiceNumber,
  };
}

export function invoiceFlags(
  file: ContractFile,
  installmentId: string,
  amount: Money,
  invoiceId: string,
): InvoiceReceivedFlag[] {
  const others = sum(
    Object.values(file.invoices)
      // A rejected invoice (InvoiceRejected, 001 4.2) was returned: its replacement does not exceed.
      .filter(
        (i) =>
          !i.reversed &&
          !i.rejection &&
          i.installmentId === installmentId &&
          i.invoiceId !== invoiceId,
      )
      .map((i) => i.amount),
  );
  const inst = file.installments.find((i) => i.id === installmentId)!;
  return dec(others).plus(dec(amount)).greaterThan(dec(inst.amount)) ? ['exceedsInstallment'] : [];
}

/**
 * The client paid. Refused: before signing, unknown installment, nothing paid, an offset the terms
 * do not allow (000 第十二条 8 allows it) or beyond what the penalty still owes. Recorded and
 * flagged: late, overpayment, without invoice, before the trigger (e.g. acceptance) was recorded.
 */
export function decideRecordPayment(
  command: RecordPayment,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const s = requireStatus(
    requireSigned(state, 'PAYMENT_BEFORE_SIGNING'),
    OPEN_STATUSES,
    'RecordPayment',
  );
  const input = parseRecordPayment(command.data, s);
  const resent = recordedOnce(
    s.file.payments.get(input.paymentId),
    (p) => ({ ...paymentInput(p), reversed: p.reversed }),
    { ...input, reversed: false },
    { field: 'data.paymentId', id: input.paymentId },
  );
  if (resent) return [];
  requireSomethingPaid(input);
  requireOffsetsOwed(s.file, input.penaltyOffsets);
  const fact: PaymentFact = {
    paymentId: input.paymentId,
    installmentId: input.installmentId,
    amount: input.amount,
    penaltyOffsets: input.penaltyOffsets,
    paidOn: input.occurredAt,
    reversed: false,
  };
  const { dueDate, flags } = paymentFlags(s.file, fact, ctx);
  return [{ type: 'PaymentRecorded', data: { ...input, dueDate, flags } }];
}

function paymentInput(p: PaymentFact): PaymentInput {
  return {
    occurredAt: p.paidOn,
    paymentId: p.paymentId,
    installmentId: p.installmentId,
    amount: p.amount,
    penaltyOffsets: p.penaltyOffsets,
  };
}
/** A payment settles something: cash, or a penalty the client keeps instead (000 第十二条 8). */
function requireSomethingPaid(input: PaymentInput): void {
  const settles = dec(input.amount).plus(dec(sum(input.penaltyOffsets.map((o) => o.amount))));
  if (!settles.greaterThan(0))
    fail(
      'AMOUNT_NOT_POSITIVE',
      'A payment must pay something, in cash or by offsetting a penalty',
      'data.amount',
    );
}

/**
 * 000 第十二条 8 "甲方均有权在向乙方支付合同款项时予以扣除": only where the terms allow offsets, only assessed
 * penalties, and no more than each still owes.
 */
function requireOffsetsOwed(file: ContractFile, offsets: PaymentInput['penaltyOffsets']): void {
  if (offsets.length > 0 && !file.terms.penalties.offsetAgainstPayments)
    fail(
      'PENALTY_OFFSET_NOT_ALLOWED',
      'The terms do not let the client deduct penalties from payments',
      'data.penaltyOffsets',
    );
  offsets.forEach((o, i) => {
    const penalty = file.penalties[o.penaltyId];
    if (!penalty || penalty.reversed)
      fail(
        'UNKNOWN_PENALTY',
        `No assessed penalty "${o.penaltyId}"`,
        `data.penaltyOffsets[${i}].penaltyId`,
      );
    const outstanding = penaltyOutstanding(file, penalty);
    if (compareMoney(o.amount, outstanding) > 0)
      fail(
        'PENALTY_NOT_OUTSTANDING',
        `Only ${outstanding} of penalty ${o.penaltyId} is outstanding`,
        `data.penaltyOffsets[${i}].amount`,
      );
  });
}

/** Flags of a payment as if recorded now, itself excluded from the earlier totals (used by corrections too). */
export function paymentFlags(
  file: ContractFile,
  payment: PaymentFact,
  ctx: DecideContext,
): { dueDate: LocalDate | null; flags: PaymentRecordedFlag[] } {
  const inst = installmentById(file, payment.installmentId);
  // The running total less what this payment (when already recorded and live) contributes to it.
  const recorded = file.payments.get(payment.paymentId);
  const before = dec(settledOn(file, inst.id)).minus(
    recorded && !recorded.reversed ? dec(settles(recorded)) : 0,
  );
  const after = toMoney(before.plus(dec(settles(payment))));
  // Due date, invoices and trigger do not depend on payments: the file as it is.
  const dueDate = installmentDueDate(file, inst, ctx);
  const flags: PaymentRecordedFlag[] = [];
  // 000 第五条 5 "财政国库支付受限，支付期限顺延": restricted days recorded so far extend the deadline.
  // The one rule the views' status and daysOverdue follow too (as-of/payment-deadline.as-of.ts).
  if (
    dueDate !== null &&
    paymentDeadlineAsOf(dueDate, restrictionPeriods(file), payment.paidOn).passed
  )
    flags.push('late');
  if (compareMoney(after, inst.amount) > 0) flags.push('overpayment');
  if (
    file.terms.paymentSchedule.invoice.required &&
    compareMoney(invoicedOn(file, inst.id), after) < 0
  )
    flags.push('withoutInvoice');
  if (!triggerMet(file, inst, payment.paidOn)) flags.push('beforeTrigger');
  return { dueDate, flags };
}

/** Cash plus penalties offset (000 第十二条 8): what a payment settles of its installment. */
function settles(p: PaymentFact): Money {
  return toMoney(dec(p.amount).plus(dec(sum(p.penaltyOffsets.map((o) => o.amount)))));
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const PAYMENT_DECIDE = {
  RecordInvoice: decideRecordInvoice,
  RecordPayment: decideRecordPayment,
} satisfies Partial<DecideTable>;
