import type { RecordedEvent } from '@app/event-store';
import { dataAs, dataOf, isZero, minus, textOrNull } from '../shared';
import { amountOf, line, type LineSpec } from './ledger-line.builders';
import type { LedgerLineRow } from './ledger-line.row';

/** Lines of events that are not correctable facts: one per event (none for a zero amount). */
export function simpleLine(event: RecordedEvent, key: string): LedgerLineRow | null {
  const spec = simpleSpec(event);
  if (spec === null || (isZero(spec.amount) && !spec.flags?.length)) return null;
  return line(event, key, 0, spec);
}

function simpleSpec(event: RecordedEvent): LineSpec | null {
  const d = dataOf(event);
  const { amount, flags } = amountOf(
    event.type === 'ContractTerminated'
      ? d.refundDue
      : event.type === 'HoldoverEnded'
        ? d.fee
        : event.type === 'ForceMajeureEnded'
          ? d.feeDeduction
          : d.amount,
  );
  const negative = minus('0.00', amount);
  switch (event.type) {
    case 'PenaltyWaived':
      return {
        kind: 'penalty_waiver',
        account: 'penalties',
        amount: negative,
        factType: 'PenaltyAssessed',
        factId: textOrNull(d.penaltyId),
        description: `Penalty ${String(d.penaltyId)} waived: ${String(d.reason)}`,
        flags,
      };
    case 'PenaltyPaid':
      // 000 第十二条 3 / 001 5.1: paid in cash by the supplier, lowers the penalties outstanding
      return {
        kind: 'penalty_payment',
        account: 'penalties',
        amount: negative,
        factType: 'PenaltyAssessed',
        factId: textOrNull(d.penaltyId),
        description: `Penalty ${String(d.penaltyId)} paid by the supplier (${String(d.penaltyPaymentId)})`,
        flags,
      };
    case 'BondDeposited':
      return {
        kind: 'bond_deposit',
        account: 'bond',
        amount,
        description: 'Performance bond deposited',
        flags,
      };
    case 'BondRefunded':
      return {
        kind: 'bond_refund',
        account: 'bond',
        amount: negative,
        description: 'Performance bond refunded',
        flags,
      };
    case 'ContractTerminated':
      return {
        kind: 'refund_due',
        account: 'refund',
        amount,
        description: `Termination refund due (${String(d.refundBasis)}): ${String(d.formula)}`,
        flags,
      };
    case 'HoldoverEnded':
      return {
        kind: 'holdover_fee',
        account: 'holdover',
        amount,
        description: `Holdover fee: ${String(d.formula)}`,
        flags,
      };
    case 'ForceMajeureEnded':
      return {
        kind: 'force_majeure_deduction',
        account: 'deductions',
        amount,
        description: `Fee deduction for force majeure ${String(d.forceMajeureId)}`,
        flags,
      };
    default:
      return expectedSpec(event);
  }
}

/** Changes to what the contract expects: budget adjustments (000 第五条 3, 7) and amendments. */
function expectedSpec(event: RecordedEvent): LineSpec | null {
  if (event.type === 'FinalPaymentAdjusted') {
    const d = dataAs(event, 'FinalPaymentAdjusted');
    const [next, previous] = [amountOf(d.newAmount), amountOf(d.previousAmount)];
    return {
      kind: 'budget_adjustment',
      account: 'expected',
      amount: minus(next.amount, previous.amount),
      installmentId: d.installmentId,
      description: `Installment ${d.installmentId} adjusted to the budget: ${previous.amount} → ${next.amount} (${d.reason})`,
      flags: [...next.flags, ...previous.flags],
    };
  }
  if (event.type === 'AmendmentSigned') {
    const d = dataAs(event, 'AmendmentSigned');
    const { amount, flags } = amountOf(d.installment?.amount ?? d.addedAmount);
    return {
      kind: 'amendment',
      account: 'expected',
      amount,
      installmentId: d.installment?.id ?? `amendment:${d.amendmentId}`,
      description: `Amendment ${d.amendmentId}: ${d.description}`,
      flags,
    };
  }
  return null;
}
