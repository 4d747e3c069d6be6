import { bondDeduction, dueDateAfter, windowCalendarVersion } from '../calc';
import type { DeductBond, DepositBond, RefundBond } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { BondDepositedFlag } from '../events/bond-deposited.event';
import { compareDates } from '../shared/local-date';
import { compareMoney, dec, toMoney } from '../shared/money';
import { BOND_INSTRUMENTS } from '../terms/bond.terms';
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
  alreadyRecorded,
  OPEN_STATUSES,
  requireInteger,
  requireOccurredAt,
  requireOneOf,
  requirePositiveMoney,
  requireSigned,
  requireStatus,
  requireText,
} from './guards';

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
  if (bond.deposit) {
    if (bond.deposit.amount === amount && bond.deposit.depositedOn === occurredAt) return [];
    fail(
      'BOND_ALREADY_DEPOSITED',
      `The bond was deposited on ${bond.deposit.depositedOn}`,
      'data.amount',
    );
  }
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
        calendarVersion: windowCalendarVersion(window, ctx.calendar),
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
  const { data } = command;
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const deductionId = requireText(data.deductionId, 'data.deductionId');
  const reason = requireText(data.reason, 'data.reason');
  const review = data.review
    ? {
        scheduleId: requireText(data.review.scheduleId, 'data.review.scheduleId'),
        periodIndex: requireInteger(data.review.periodIndex, 'data.review.periodIndex', 1),
      }
    : null;

  const rule =
    data.ruleId === undefined
      ? null
      : s.file.terms.bond!.deductions.find((r) => r.id === data.ruleId);
  if (rule === undefined)
    fail(
      'UNKNOWN_BOND_DEDUCTION_RULE',
      `No bond deduction rule "${String(data.ruleId)}"`,
      'data.ruleId',
    );
  if (!bond.deposit)
    fail('BOND_NOT_DEPOSITED', 'The bond has not been deposited', 'data.deductionId');

  let amount: string;
  if (rule && (rule.rateOfBond !== undefined || rule.amount !== undefined)) {
    amount =
      rule.rateOfBond !== undefined
        ? bondDeduction(bond.deposit.amount, rule.rateOfBond)
        : toMoney(dec(rule.amount!));
    if (
      data.amount !== undefined &&
      compareMoney(requirePositiveMoney(data.amount, 'data.amount'), amount) !== 0
    ) {
      fail(
        'DEDUCTION_AMOUNT_MISMATCH',
        `Rule ${rule.id} gives ${amount}, not ${data.amount}`,
        'data.amount',
        { expected: amount },
      );
    }
  } else {
    if (data.amount === undefined)
      fail('FIELD_REQUIRED', 'data.amount is required without a rule that fixes it', 'data.amount');
    amount = requirePositiveMoney(data.amount, 'data.amount');
  }

  const existing = bond.deductions[deductionId];
  const same =
    existing !== undefined &&
    existing.amount === amount &&
    existing.deductedOn === occurredAt &&
    existing.ruleId === (rule?.id ?? null);
  if (alreadyRecorded(existing, same, 'data.deductionId', deductionId)) return [];
  if (bond.refund)
    fail(
      'BOND_ALREADY_REFUNDED',
      `The bond was refunded on ${bond.refund.refundedOn}`,
      'data.deductionId',
    );

  if (rule?.reason === 'failedAssessment') {
    if (!review)
      fail(
        'NO_FAILED_REVIEW',
        'A failed-assessment deduction names the failed review',
        'data.review',
      );
    const r = s.file.reviews[reviewKey(review.scheduleId, review.periodIndex)];
    if (r?.conclusion?.outcome !== 'failed') {
      fail(
        'NO_FAILED_REVIEW',
        `Review ${review.scheduleId} period ${review.periodIndex} has not failed`,
        'data.review',
      );
    }
  }
  const balance = bondBalance(bond);
  if (compareMoney(amount, balance) > 0) {
    fail(
      'BOND_BALANCE_EXCEEDED',
      `Deduction ${amount} exceeds the bond balance ${balance}`,
      'data.amount',
      { balance },
    );
  }
  return [
    {
      type: 'BondDeducted',
      data: {
        occurredAt,
        deductionId,
        ruleId: rule?.id ?? null,
        amount,
        reason,
        review,
        balanceAfter: toMoney(dec(balance).minus(dec(amount))),
      },
    },
  ];
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
  if (bond.refund) {
    if (bond.refund.refundedOn === occurredAt && (stated === null || stated === bond.refund.amount))
      return [];
    fail('BOND_ALREADY_REFUNDED', `The bond was refunded on ${bond.refund.refundedOn}`);
  }
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
