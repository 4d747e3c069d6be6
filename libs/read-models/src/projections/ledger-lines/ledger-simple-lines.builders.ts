import type { ContractEventType } from '@app/domain';
import { isZero, minus, textOrNull, type ContractFact } from '../shared';
import { amountOf, line, type LineSpec } from './ledger-line.builders';
import type { LedgerHandler } from './ledger-handler';
import type { LedgerAccount, LedgerLineKind } from './ledger-line.row';

/**
 * An event that is not a correctable fact: one line (none for a zero amount), from the line spec
 * `spec` gives for it.
 */
export function single<T extends ContractEventType>(
  main: readonly [LedgerLineKind, LedgerAccount],
  spec: (event: ContractFact<T>) => LineSpec,
): LedgerHandler<ContractFact<T>> {
  return {
    main,
    keys: (event) => [{ line: 'single', eventId: event.eventId }],
    line(event, key) {
      const s = spec(event);
      if (isZero(s.amount) && !s.flags?.length) return null;
      return line(event, key, 0, s);
    },
  };
}

const negative = (amount: string) => minus('0.00', amount);

/** Penalty waived: lowers the penalties outstanding. */
export const penaltyWaived = single<'PenaltyWaived'>(['penalty_waiver', 'penalties'], (e) => {
  const { amount, flags } = amountOf(e.data.amount);
  return {
    kind: 'penalty_waiver',
    account: 'penalties',
    amount: negative(amount),
    factType: 'PenaltyAssessed',
    factId: textOrNull(e.data.penaltyId),
    description: `Penalty ${String(e.data.penaltyId)} waived: ${String(e.data.reason)}`,
    flags,
  };
});

/** 000 第十二条 3 / 001 5.1: paid in cash by the supplier, lowers the penalties outstanding. */
export const penaltyPaid = single<'PenaltyPaid'>(['penalty_payment', 'penalties'], (e) => {
  const { amount, flags } = amountOf(e.data.amount);
  return {
    kind: 'penalty_payment',
    account: 'penalties',
    amount: negative(amount),
    factType: 'PenaltyAssessed',
    factId: textOrNull(e.data.penaltyId),
    description: `Penalty ${String(e.data.penaltyId)} paid by the supplier (${String(e.data.penaltyPaymentId)})`,
    flags,
  };
});

/** 001 5.2 / 003 第六条 2(2): late-payment interest the client paid on an installment. */
export const lateInterestPaid = single<'LateInterestPaid'>(
  ['late_interest_payment', 'late_interest'],
  (e) => ({
    kind: 'late_interest_payment',
    account: 'late_interest',
    ...amountOf(e.data.amount),
    installmentId: textOrNull(e.data.installmentId),
    description: `Late-payment interest on ${String(e.data.installmentId)} paid by the client (${String(e.data.lateInterestPaymentId)})`,
  }),
);

export const bondDeposited = single<'BondDeposited'>(['bond_deposit', 'bond'], (e) => ({
  kind: 'bond_deposit',
  account: 'bond',
  ...amountOf(e.data.amount),
  description: 'Performance bond deposited',
}));

export const bondRefunded = single<'BondRefunded'>(['bond_refund', 'bond'], (e) => {
  const { amount, flags } = amountOf(e.data.amount);
  return {
    kind: 'bond_refund',
    account: 'bond',
    amount: negative(amount),
    description: 'Performance bond refunded',
    flags,
  };
});

/** 002 第十二条 2: the refund of the fees for the unperformed days becomes due. */
export const refundDue = single<'ContractTerminated'>(['refund_due', 'refund'], (e) => ({
  kind: 'refund_due',
  account: 'refund',
  ...amountOf(e.data.refundDue),
  description: `Termination refund due (${String(e.data.refundBasis)}): ${String(e.data.formula)}`,
}));

export const holdoverFee = single<'HoldoverEnded'>(['holdover_fee', 'holdover'], (e) => ({
  kind: 'holdover_fee',
  account: 'holdover',
  ...amountOf(e.data.fee),
  description: `Holdover fee: ${String(e.data.formula)}`,
}));

export const forceMajeureDeduction = single<'ForceMajeureEnded'>(
  ['force_majeure_deduction', 'deductions'],
  (e) => ({
    kind: 'force_majeure_deduction',
    account: 'deductions',
    ...amountOf(e.data.feeDeduction),
    description: `Fee deduction for force majeure ${String(e.data.forceMajeureId)}`,
  }),
);

/** 000 第五条 3, 7: the final installment follows the year's budget. */
export const budgetAdjustment = single<'FinalPaymentAdjusted'>(
  ['budget_adjustment', 'expected'],
  (e) => {
    const d = e.data;
    const [next, previous] = [amountOf(d.newAmount), amountOf(d.previousAmount)];
    return {
      kind: 'budget_adjustment',
      account: 'expected',
      amount: minus(next.amount, previous.amount),
      installmentId: d.installmentId,
      description: `Installment ${d.installmentId} adjusted to the budget: ${previous.amount} → ${next.amount} (${d.reason})`,
      flags: [...next.flags, ...previous.flags],
    };
  },
);

export const amendment = single<'AmendmentSigned'>(['amendment', 'expected'], (e) => {
  const d = e.data;
  return {
    kind: 'amendment',
    account: 'expected',
    ...amountOf(d.installment?.amount ?? d.addedAmount),
    installmentId: d.installment?.id ?? `amendment:${d.amendmentId}`,
    description: `Amendment ${d.amendmentId}: ${d.description}`,
  };
});

/**
 * The holdover fee paid. 001 2.3: the client's fee — cash received for this contract's fees (it
 * settles holdoverDue). 002 第十三条 "由新服务商提供": the new provider's fee — a memo on the
 * holdover account (fee − paid), never this contract's received.
 */
export const holdoverFeePaid = single<'HoldoverFeePaid'>(['holdover_payment', 'received'], (e) => {
  const own = e.data.owedBy === 'client';
  const { amount, flags } = amountOf(e.data.amount);
  return {
    kind: 'holdover_payment',
    account: own ? 'received' : 'holdover',
    amount: own ? amount : negative(amount),
    description: `Holdover fee paid by the ${String(e.data.payer)} (${String(e.data.paymentId)}), owed by the ${String(e.data.owedBy)}`,
    flags: [...flags, ...(e.data.flags ?? [])],
  };
});
