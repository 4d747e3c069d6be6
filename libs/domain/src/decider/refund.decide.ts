import type { DecideTable } from './decide-table';
import type { RecordRefund } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { RefundPaidFlag } from '../events/refund-paid.event';
import { compareDates, LocalDate } from '../shared/local-date';
import { compareMoney, dec, toMoney } from '../shared/money';
import type { ContractState } from './contract.state';
import { refundsPaid } from './contract.queries';
import { fail } from './domain-errors';
import {
  recordedOnce,
  requireOccurredAt,
  requirePositiveMoney,
  requireSigned,
  requireText,
} from './guards';

/** The supplier returns fees after termination (002 第十二条 2: within 30 days of the notice). */
export function decideRecordRefund(command: RecordRefund, state: ContractState): ContractEvent[] {
  const signed = requireSigned(state);
  if (signed.status !== 'terminated') {
    if (signed.status === 'closed') fail('CONTRACT_CLOSED', 'The contract is closed');
    fail('CONTRACT_NOT_TERMINATED', 'Refunds follow an early termination', undefined, {
      status: signed.status,
    });
  }
  const s = signed;
  const { data } = command;
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const refundId = requireText(data.refundId, 'data.refundId');
  const amount = requirePositiveMoney(data.amount, 'data.amount');
  const resent = recordedOnce(
    s.file.refunds[refundId],
    (r) => ({ amount: r.amount, on: r.paidOn, reversed: r.reversed }),
    { amount, on: occurredAt, reversed: false },
    { field: 'data.refundId', id: refundId },
  );
  if (resent) return [];
  const outstanding = toMoney(dec(s.termination.refundDue).minus(dec(refundsPaid(s.file))));
  if (!dec(outstanding).greaterThan(0))
    fail(
      'NO_REFUND_DUE',
      `Nothing is left to refund (due ${s.termination.refundDue})`,
      'data.amount',
    );
  return [
    {
      type: 'RefundPaid',
      data: {
        occurredAt,
        refundId,
        amount,
        flags: refundFlags(s.termination, outstanding, amount, occurredAt),
      },
    },
  ];
}

export function refundFlags(
  termination: { refundDueBy: LocalDate | null },
  outstanding: string,
  amount: string,
  paidOn: LocalDate,
): RefundPaidFlag[] {
  const flags: RefundPaidFlag[] = [];
  if (termination.refundDueBy !== null && compareDates(paidOn, termination.refundDueBy) > 0)
    flags.push('late');
  if (compareMoney(amount, outstanding) > 0) flags.push('overRefund');
  return flags;
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const REFUND_DECIDE = {
  RecordRefund: decideRecordRefund,
} satisfies Partial<DecideTable>;
