import type { DecideTable } from './decide-table';
import type { RecordLateInterestPayment, WaiveLateInterest } from '../commands';
import { paymentDeadlineAsOf } from '../as-of/payment-deadline.as-of';
import type { ContractEvent } from '../events/contract-event';
import type { LateInterestPaidFlag } from '../events/late-interest-paid.event';
import { compareMoney } from '../shared/money';
import type { ContractState, SignedState } from './contract.state';
import { DecideContext, installmentById, installmentDueDate } from './contract.queries';
import { fail } from './domain-errors';
import {
  OPEN_STATUSES,
  recordedOnce,
  requireOccurredAt,
  requirePositiveMoney,
  requireSigned,
  requireStatus,
  requireText,
} from './guards';
import { lateInterestRoom, restrictionPeriods } from './late-interest.facts';

/** Only a contract with a late-payment clause (001 5.2, 002 第五条 2, 003 第六条 2(2)) charges interest. */
function requireLatePaymentClause(s: SignedState, command: string): void {
  if (s.file.terms.latePayment === null)
    fail(
      'LATE_PAYMENT_NOT_PROVIDED',
      `${command}: the contract has no late-payment clause (000 and 004 have none)`,
    );
}

/**
 * The client paid late-payment interest on an installment. Money that arrived is a fact: paid on
 * or before the due date is flagged `notOverdue`; more than the clause's cap still allows is
 * flagged `exceedsCap`; after the supplier waived it all, `afterWaiver`. Refused: a contract
 * without the clause, an unknown installment, a non-positive amount, a reused id.
 */
export function decideRecordLateInterestPayment(
  command: RecordLateInterestPayment,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const s = requireStatus(requireSigned(state), OPEN_STATUSES, 'RecordLateInterestPayment');
  requireLatePaymentClause(s, 'RecordLateInterestPayment');
  const { data } = command;
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const lateInterestPaymentId = requireText(
    data.lateInterestPaymentId,
    'data.lateInterestPaymentId',
  );
  const inst = installmentById(s.file, data.installmentId);
  const amount = requirePositiveMoney(data.amount, 'data.amount');
  const resent = recordedOnce(
    s.file.lateInterestPayments[lateInterestPaymentId],
    (p) => ({ installmentId: p.installmentId, amount: p.amount, on: p.paidOn }),
    { installmentId: inst.id, amount, on: occurredAt },
    { field: 'data.lateInterestPaymentId', id: lateInterestPaymentId },
  );
  if (resent) return [];
  const dueDate = installmentDueDate(s.file, inst, ctx);
  const wholeWaiver = Object.values(s.file.lateInterestWaivers).some(
    (w) => w.installmentId === inst.id && w.amount === null,
  );
  const room = lateInterestRoom(s.file, inst.id);
  const flags: LateInterestPaidFlag[] = [];
  // 000 第五条 5 "支付期限顺延": a deadline deferred by a treasury restriction is not yet overdue.
  // The one rule the views' status and daysOverdue follow too (as-of/payment-deadline.as-of.ts).
  if (
    dueDate === null ||
    !paymentDeadlineAsOf(dueDate, restrictionPeriods(s.file), occurredAt).passed
  )
    flags.push('notOverdue');
  if (wholeWaiver) flags.push('afterWaiver');
  else if (room !== null && compareMoney(amount, room) > 0) flags.push('exceedsCap');
  return [
    {
      type: 'LateInterestPaid',
      data: { occurredAt, lateInterestPaymentId, installmentId: inst.id, amount, dueDate, flags },
    },
  ];
}

/**
 * The supplier, the creditor, waives late-payment interest on an installment: an amount, or all of
 * it. A waiver is a declaration, not money: waiving more than the clause could ever charge (its cap,
 * less what was paid or waived — 001 5.2 "不超过延迟支付价款的 5%") is nonsense and refused, and so is
 * a waiver after the whole was waived.
 */
export function decideWaiveLateInterest(
  command: WaiveLateInterest,
  state: ContractState,
): ContractEvent[] {
  const s = requireStatus(requireSigned(state), OPEN_STATUSES, 'WaiveLateInterest');
  requireLatePaymentClause(s, 'WaiveLateInterest');
  const { data } = command;
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const waiverId = requireText(data.waiverId, 'data.waiverId');
  const inst = installmentById(s.file, data.installmentId);
  const amount =
    data.amount === undefined ? null : requirePositiveMoney(data.amount, 'data.amount');
  const reason = requireText(data.reason, 'data.reason');
  const resent = recordedOnce(
    s.file.lateInterestWaivers[waiverId],
    (w) => ({ installmentId: w.installmentId, amount: w.amount, on: w.waivedOn }),
    { installmentId: inst.id, amount, on: occurredAt },
    { field: 'data.waiverId', id: waiverId },
  );
  if (resent) return [];
  const whole = Object.values(s.file.lateInterestWaivers).find(
    (w) => w.installmentId === inst.id && w.amount === null,
  );
  if (whole)
    fail(
      'LATE_INTEREST_ALREADY_WAIVED',
      `All late-payment interest on ${inst.id} was waived on ${whole.waivedOn}`,
      'data.installmentId',
    );
  const room = lateInterestRoom(s.file, inst.id);
  if (amount !== null && room !== null && compareMoney(amount, room) > 0)
    fail(
      'LATE_INTEREST_ABOVE_CAP',
      `The late-payment clause can charge at most ${room} more on ${inst.id}`,
      'data.amount',
      { room },
    );
  return [
    {
      type: 'LateInterestWaived',
      data: { occurredAt, waiverId, installmentId: inst.id, amount, reason },
    },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const LATE_INTEREST_DECIDE = {
  RecordLateInterestPayment: decideRecordLateInterestPayment,
  WaiveLateInterest: decideWaiveLateInterest,
} satisfies Partial<DecideTable>;
