import type { DecideTable } from './decide-table';
import { bondDeduction, dueDateAfter, windowCalendarVersion } from '../calc';
import type { DeductBond, DepositBond, RefundBond } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { BondDepositedFlag } from '../events/bond-deposited.event';
import { compareDates } from '../shared/local-date';
import { compareMoney, dec, Money, toMoney } from '../shared/money';
import { BOND_INSTRUMENTS, BondDeductionRule } from '../terms/bond.terms';
import type { BondState, ContractState, SignedState } from './contract.state';
import {
  acceptedOn,
  bondBalance,
  DecideContext,
  finalMilestoneId,
  reviewKey,
} from './contract.queries';
import { fail } from './domain-errors';
import {
  OPEN_STATUSES,
  recordedOnce,
  requireOccurredAt,
  requireOneOf,
  requirePositiveMoney,
  requireSigned,
  requireStatus,
} from './guards';
import { DeductionInput, parseDeductBond } from './bond.input';

function requireBond(state: SignedState): BondState {
  if (!state.file.bond || !state.file.terms.bond)
    fail('BOND_NOT_REQUIRED', 'The contract has no performance bond');
  return state.file.bond;
}

/** 001 4.2: 5 % bond within 10 working days of signing; late or short deposits are flagged, not refused. */
export function decideDepositBond(
  command: DepositBond,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const s = requireStatus(requireSigned(state), OPEN_STATUSES, 'DepositBond');
  const bond = requireBond(s);
  const occurredAt = requireOccurredAt(command.data.occurredAt, s);
  const amount = requirePositiveMoney(command.data.amount, 'data.amount');
  const instrument =
    command.data.instrument === undefined
      ? null
      : requireOneOf(command.data.instrument, BOND_INSTRUMENTS, 'data.instrument');
  const resent = recordedOnce(
    bond.deposit,
    (d) => ({ amount: d.amount, on: d.depositedOn }),
    { amount, on: occurredAt },
    (d) =>
      fail('BOND_ALREADY_DEPOSITED', `The bond was deposited on ${d.depositedOn}`, 'data.amount'),
  );
  if (resent) return [];
  const window = s.file.terms.bond!.depositWithin;
  const dueBy = dueDateAfter(s.file.signedOn, window, ctx.calendar);
  const flags: BondDepositedFlag[] = [];
  if (compareDates(occurredAt, dueBy) > 0) flags.push('late');
  if (compareMoney(amount, bond.required) !== 0) flags.push('amountMismatch');
  // 实施条例 第48条 asks for a non-cash form; a cash deposit still happened, so it is flagged.
  if (instrument === 'cash') flags.push('cashInstrument');
  return [
    {
      type: 'BondDeposited',
      data: {
        occurredAt,
        amount,
        required: bond.required,
        dueBy,
        calendarVersion: windowCalendarVersion(window, ctx.calendar, s.file.signedOn, dueBy),
        instrument,
        flags,
      },
    },
  ];
}

/** 001 6.2: a failed assessment lets the client keep 【5】% of the bond (5,867.50 of 117,350.00). */
export function decideDeductBond(command: DeductBond, state: ContractState): ContractEvent[] {
  const s = requireStatus(requireSigned(state), OPEN_STATUSES, 'DeductBond');
  const bond = requireBond(s);
  const input = parseDeductBond(command.data, s);
  const { occurredAt, deductionId, rule, review } = input;
  if (!bond.deposit)
    fail('BOND_NOT_DEPOSITED', 'The bond has not been deposited', 'data.deductionId');
  const amount = deductionAmount(rule, bond.deposit.amount, input.stated);
  const resent = recordedOnce(
    bond.deductions[deductionId],
    (d) => ({ amount: d.amount, on: d.deductedOn, rule: d.ruleId }),
    { amount, on: occurredAt, rule: rule?.id ?? null },
    { field: 'data.deductionId', id: deductionId },
  );
  if (resent) return [];
  if (bond.refund)
    fail(
      'BOND_ALREADY_REFUNDED',
      `The bond was refunded on ${bond.refund.refundedOn}`,
      'data.deductionId',
    );
  if (rule?.reason === 'failedAssessment') requireFailedReview(s, review);
  const balance = bondBalance(bond);
  if (compareMoney(amount, balance) > 0)
    fail(
      'BOND_BALANCE_EXCEEDED',
      `Deduction ${amount} exceeds the bond balance ${balance}`,
      'data.amount',
      { balance },
    );
  const balanceAfter = toMoney(dec(balance).minus(dec(amount)));
  return [
    {
      type: 'BondDeducted',
      data: {
        occurredAt,
        deductionId,
        ruleId: rule?.id ?? null,
        amount,
        reason: input.reason,
        review,
        balanceAfter,
      },
    },
  ];
}

/**
 * 001 6.2 "扣除履约保证金的【5】%": a rule with a rate (or a fixed amount) fixes the deduction, and
 * an amount the caller states must agree with it; without such a rule the amount must be stated.
 */
function deductionAmount(
  rule: BondDeductionRule | null,
  deposited: Money,
  stated: Money | null,
): Money {
  const fixed =
    rule?.rateOfBond !== undefined
      ? bondDeduction(deposited, rule.rateOfBond)
      : rule?.amount !== undefined
        ? toMoney(dec(rule.amount))
        : null;
  if (fixed === null) {
    if (stated === null)
      fail('FIELD_REQUIRED', 'data.amount is required without a rule that fixes it', 'data.amount');
    return stated;
  }
  if (stated !== null && compareMoney(stated, fixed) !== 0)
    fail(
      'DEDUCTION_AMOUNT_MISMATCH',
      `Rule ${rule!.id} gives ${fixed}, not ${stated}`,
      'data.amount',
      {
        expected: fixed,
      },
    );
  return fixed;
}

/** 001 6.2 "如果乙方没有满足信息化运维绩效考核标准": the deduction follows a review concluded as failed. */
function requireFailedReview(s: SignedState, review: DeductionInput['review']): void {
  if (!review)
    fail(
      'NO_FAILED_REVIEW',
      'A failed-assessment deduction names the failed review',
      'data.review',
    );
  const r = s.file.reviews[reviewKey(review.scheduleId, review.periodIndex)];
  if (r?.conclusion?.outcome !== 'failed')
    fail(
      'NO_FAILED_REVIEW',
      `Review ${review.scheduleId} period ${review.periodIndex} has not failed`,
      'data.review',
    );
}

/** 001 4.2: the balance comes back after final acceptance and the assessment; earlier is flagged. */
export function decideRefundBond(command: RefundBond, state: ContractState): ContractEvent[] {
  const s = requireStatus(requireSigned(state), OPEN_STATUSES, 'RefundBond');
  const bond = requireBond(s);
  const occurredAt = requireOccurredAt(command.data.occurredAt, s);
  const stated =
    command.data.amount === undefined
      ? null
      : requirePositiveMoney(command.data.amount, 'data.amount');
  const resent = recordedOnce(
    bond.refund,
    // A resend without an amount meant "the balance", which is what was refunded.
    (r) => ({ on: r.refundedOn, amount: stated === null ? null : r.amount }),
    { on: occurredAt, amount: stated },
    (r) => fail('BOND_ALREADY_REFUNDED', `The bond was refunded on ${r.refundedOn}`),
  );
  if (resent) return [];
  if (!bond.deposit) fail('BOND_NOT_DEPOSITED', 'The bond has not been deposited');
  const balance = bondBalance(bond);
  const amount = stated ?? balance;
  if (!dec(balance).greaterThan(0) || compareMoney(amount, balance) > 0) {
    fail(
      'BOND_BALANCE_EXCEEDED',
      `Refund ${amount} exceeds the bond balance ${balance}`,
      'data.amount',
      { balance },
    );
  }
  const trigger = s.file.terms.bond!.refund.trigger;
  const met =
    s.status === 'terminated' ||
    (trigger === 'serviceEnd'
      ? s.file.serviceEnded !== null
      : acceptedOn(s.file, finalMilestoneId(s.file)) !== null);
  return [
    {
      type: 'BondRefunded',
      data: { occurredAt, amount, flags: met ? [] : ['beforeRefundTrigger'] },
    },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const BOND_DECIDE = {
  DeductBond: decideDeductBond,
  DepositBond: decideDepositBond,
  RefundBond: decideRefundBond,
} satisfies Partial<DecideTable>;
