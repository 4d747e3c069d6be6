import type { DecideTable } from './decide-table';
import type { AdjustFinalPayment, SignAmendment } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import { compareMoney, dec, Money, toMoney } from '../shared/money';
import type { ContractFile, ContractState } from './contract.state';
import { installmentById, settledOn, sum } from './contract.queries';
import { fail } from './domain-errors';
import {
  OPEN_STATUSES,
  recordedOnce,
  requireDate,
  requireInteger,
  requireMoney,
  requireOccurredAt,
  requirePositiveMoney,
  requireSigned,
  requireStatus,
  requireText,
  admit,
} from './guards';

/** 001 14.1: supplementary agreements may add services, all together ≤ 10 % of the total. */
export function decideSignAmendment(command: SignAmendment, state: ContractState): ContractEvent[] {
  const s = requireStatus(
    requireSigned(state),
    ['active', 'suspended', 'inNotice', 'expired', 'inHoldover'],
    'SignAmendment',
  );
  const { data } = command;
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const amendmentId = requireText(data.amendmentId, 'data.amendmentId');
  const description = requireText(data.description, 'data.description');
  const addedAmount = requirePositiveMoney(data.addedAmount, 'data.addedAmount');
  const resent = recordedOnce(
    s.file.amendments[amendmentId],
    (a) => ({ addedAmount: a.addedAmount, on: a.signedOn }),
    { addedAmount, on: occurredAt },
    { field: 'data.amendmentId', id: amendmentId },
  );
  if (resent) return [];
  requireWithinAmendmentCap(s.file, addedAmount);
  const installment = addedInstallment(s.file, data.installment, addedAmount);
  const newTotal = toMoney(dec(s.file.total).plus(dec(addedAmount)));
  return [
    {
      type: 'AmendmentSigned',
      data: { occurredAt, amendmentId, description, addedAmount, newTotal, installment },
    },
  ];
}

/** 001 14.1 "所有补充协议的采购金额不得超过本合同总价款的百分之十": all agreements together under the cap. */
function requireWithinAmendmentCap(file: ContractFile, addedAmount: Money): void {
  const cap = file.terms.amendments?.cap;
  if (cap === undefined) return;
  const limit = toMoney(dec(file.terms.total.taxInclusive).times(dec(cap)));
  const after = toMoney(
    dec(sum(Object.values(file.amendments).map((a) => a.addedAmount))).plus(dec(addedAmount)),
  );
  if (dec(after).greaterThan(dec(limit)))
    fail(
      'AMENDMENT_CAP_EXCEEDED',
      `Supplementary agreements would total ${after}, above the limit ${limit}`,
      'data.addedAmount',
      { limit, after },
    );
}

/** The installment the agreement schedules for its added amount, when it names one (a new id). */
function addedInstallment(
  file: ContractFile,
  given: SignAmendment['data']['installment'],
  amount: Money,
) {
  if (!given) return null;
  const id = requireText(given.id, 'data.installment.id');
  if (file.installments.some((i) => i.id === id))
    fail('DUPLICATE_FACT_ID', `Installment "${id}" already exists`, 'data.installment.id');
  return {
    id,
    label: requireText(given.label, 'data.installment.label'),
    amount,
    dueBy: given.dueBy === undefined ? null : requireDate(given.dueBy, 'data.installment.dueBy'),
  };
}

/** 000 第五条 3, 7: the final installment follows next year's budget. The total moves with it. */
export function decideAdjustFinalPayment(
  command: AdjustFinalPayment,
  state: ContractState,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, OPEN_STATUSES);
  const { data } = command;
  const inst = installmentById(s.file, data.installmentId);
  const newAmount = requireMoney(data.newAmount, 'data.newAmount');
  const reason = requireText(data.reason, 'data.reason');
  const budgetYear =
    data.budgetYear === undefined ? null : requireInteger(data.budgetYear, 'data.budgetYear', 2000);
  if (!inst.adjustableToBudget) {
    fail(
      'FINAL_PAYMENT_NOT_ADJUSTABLE',
      `Installment ${inst.id} is not adjustable to the budget`,
      'data.installmentId',
    );
  }
  if (compareMoney(newAmount, inst.amount) === 0) return [];
  const settled = settledOn(s.file, inst.id);
  if (compareMoney(newAmount, settled) < 0) {
    fail(
      'ADJUSTMENT_BELOW_PAID',
      `${settled} has already been paid on ${inst.id}`,
      'data.newAmount',
      { settled },
    );
  }
  return [
    {
      type: 'FinalPaymentAdjusted',
      data: {
        occurredAt,
        installmentId: inst.id,
        previousAmount: inst.amount,
        newAmount,
        budgetYear,
        reason,
      },
    },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const AMENDMENT_DECIDE = {
  AdjustFinalPayment: decideAdjustFinalPayment,
  SignAmendment: decideSignAmendment,
} satisfies Partial<DecideTable>;
