import type { RecordInvoice, RecordPayment } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { InvoiceReceivedFlag } from '../events/invoice-received.event';
import type { PaymentRecordedFlag } from '../events/payment-recorded.event';
import { compareDates, LocalDate } from '../shared/local-date';
import { compareMoney, dec, Money, toMoney } from '../shared/money';
import type { ContractFile, ContractState, PaymentFact } from './contract.state';
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
import {
  alreadyRecorded,
  OPEN_STATUSES,
  optionalText,
  requireMoney,
  requireOccurredAt,
  requirePositiveMoney,
  requireSigned,
  requireStatus,
  requireText,
  sameData,
} from './guards';

/** 000 第五条 8 / 003 第三条 2(1): the invoice the payment waits for. Invoicing beyond the installment is flagged. */
export function decideRecordInvoice(command: RecordInvoice, state: ContractState): ContractEvent[] {
  const s = requireStatus(requireSigned(state), OPEN_STATUSES, 'RecordInvoice');
  const { data } = command;
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const invoiceId = requireText(data.invoiceId, 'data.invoiceId');
  const inst = installmentById(s.file, data.installmentId);
  const amount = requirePositiveMoney(data.amount, 'data.amount');
  const invoiceNumber = optionalText(data.invoiceNumber, 'data.invoiceNumber');
  const existing = s.file.invoices[invoiceId];
  const same =
    existing !== undefined &&
    !existing.reversed &&
    sameData(
      {
        i: existing.installmentId,
        a: existing.amount,
        d: existing.receivedOn,
        n: existing.invoiceNumber,
      },
      { i: inst.id, a: amount, d: occurredAt, n: invoiceNumber },
    );
  if (alreadyRecorded(existing, same, 'data.invoiceId', invoiceId)) return [];
  return [
    {
      type: 'InvoiceReceived',
      data: {
        occurredAt,
        invoiceId,
        installmentId: inst.id,
        amount,
        invoiceNumber,
        flags: invoiceFlags(s.file, inst.id, amount, invoiceId),
      },
    },
  ];
}

export function invoiceFlags(
  file: ContractFile,
  installmentId: string,
  amount: Money,
  invoiceId: string,
): InvoiceReceivedFlag[] {
  const others = sum(
    Object.values(file.invoices)
      .filter((i) => !i.reversed && i.installmentId === installmentId && i.invoiceId !== invoiceId)
      .map((i) => i.amount),
  );
  const inst = file.installments.find((i) => i.id === installmentId)!;
  return dec(others).plus(dec(amount)).greaterThan(dec(inst.amount)) ? ['exceedsInstallment'] : [];
}

/**
 * The client paid. Refused: before signing, unknown installment, nothing paid. Recorded and
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
  const { data } = command;
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const paymentId = requireText(data.paymentId, 'data.paymentId');
  const inst = installmentById(s.file, data.installmentId);
  const amount = requireMoney(data.amount, 'data.amount');
  const offsets = (data.penaltyOffsets ?? []).map((o, i) => ({
    penaltyId: requireText(o.penaltyId, `data.penaltyOffsets[${i}].penaltyId`),
    amount: requirePositiveMoney(o.amount, `data.penaltyOffsets[${i}].amount`),
  }));
  const existing = s.file.payments[paymentId];
  const same =
    existing !== undefined &&
    !existing.reversed &&
    sameData(
      {
        i: existing.installmentId,
        a: existing.amount,
        d: existing.paidOn,
        o: existing.penaltyOffsets,
      },
      { i: inst.id, a: amount, d: occurredAt, o: offsets },
    );
  if (alreadyRecorded(existing, same, 'data.paymentId', paymentId)) return [];

  if (
    !dec(amount)
      .plus(dec(sum(offsets.map((o) => o.amount))))
      .greaterThan(0)
  ) {
    fail(
      'AMOUNT_NOT_POSITIVE',
      'A payment must pay something, in cash or by offsetting a penalty',
      'data.amount',
    );
  }
  if (offsets.length > 0 && !s.file.terms.penalties.offsetAgainstPayments) {
    fail(
      'PENALTY_OFFSET_NOT_ALLOWED',
      'The terms do not let the client deduct penalties from payments',
      'data.penaltyOffsets',
    );
  }
  offsets.forEach((o, i) => {
    const penalty = s.file.penalties[o.penaltyId];
    if (!penalty || penalty.reversed)
      fail(
        'UNKNOWN_PENALTY',
        `No assessed penalty "${o.penaltyId}"`,
        `data.penaltyOffsets[${i}].penaltyId`,
      );
    const outstanding = penaltyOutstanding(s.file, penalty);
    if (compareMoney(o.amount, outstanding) > 0) {
      fail(
        'PENALTY_NOT_OUTSTANDING',
        `Only ${outstanding} of penalty ${o.penaltyId} is outstanding`,
        `data.penaltyOffsets[${i}].amount`,
      );
    }
  });

  const fact: PaymentFact = {
    paymentId,
    installmentId: inst.id,
    amount,
    penaltyOffsets: offsets,
    paidOn: occurredAt,
    reversed: false,
  };
  const { dueDate, flags } = paymentFlags(s.file, fact, ctx);
  return [
    {
      type: 'PaymentRecorded',
      data: {
        occurredAt,
        paymentId,
        installmentId: inst.id,
        amount,
        penaltyOffsets: offsets,
        dueDate,
        flags,
      },
    },
  ];
}

/** Flags of a payment as if recorded now, itself excluded from the earlier totals (used by corrections too). */
export function paymentFlags(
  file: ContractFile,
  payment: PaymentFact,
  ctx: DecideContext,
): { dueDate: LocalDate | null; flags: PaymentRecordedFlag[] } {
  const inst = installmentById(file, payment.installmentId);
  const others: ContractFile = { ...file, payments: { ...file.payments } };
  delete others.payments[payment.paymentId];
  const before = settledOn(others, inst.id);
  const settles = dec(payment.amount).plus(dec(sum(payment.penaltyOffsets.map((o) => o.amount))));
  const after = toMoney(dec(before).plus(settles));
  const dueDate = installmentDueDate(others, inst, ctx);
  const flags: PaymentRecordedFlag[] = [];
  if (dueDate !== null && compareDates(payment.paidOn, dueDate) > 0) flags.push('late');
  if (compareMoney(after, inst.amount) > 0) flags.push('overpayment');
  if (
    file.terms.paymentSchedule.invoice.required &&
    compareMoney(invoicedOn(others, inst.id), after) < 0
  )
    flags.push('withoutInvoice');
  if (!triggerMet(others, inst, payment.paidOn)) flags.push('beforeTrigger');
  return { dueDate, flags };
}
