import {
  dateOrNull,
  minus,
  moneyOrNull,
  plus,
  refOf,
  sum,
  withAnomaly,
  type ContractFact,
} from '../shared';
import type { TerminationRefundRow } from './termination-refund.row';

export function withSums(row: TerminationRefundRow): TerminationRefundRow {
  const live = Object.values(row.payments).filter((p) => !p.reversed);
  return {
    ...row,
    fees_received: sum(live.map((p) => p.settled)),
    refunded: sum(row.refunds.filter((r) => !r.reversed).map((r) => r.amount)),
  };
}

/** A payment: fees received (cash + penalty offsets, 000 第十二条 8). */
export function payment(
  row: TerminationRefundRow,
  event: ContractFact<'PaymentRecorded'>,
): TerminationRefundRow {
  const d = event.data;
  const cash = moneyOrNull(d.amount) ?? '0.00';
  const settled = sum([
    cash,
    ...(d.penaltyOffsets ?? []).map((o) => moneyOrNull(o.amount) ?? '0.00'),
  ]);
  return withSums({
    ...row,
    payments: {
      ...row.payments,
      [d.paymentId]: { settled, cash, reversed: false, source: refOf(event) },
    },
  });
}

/** The supplier paid (part of) the termination refund back. */
export function refundPaid(
  row: TerminationRefundRow,
  event: ContractFact<'RefundPaid'>,
): TerminationRefundRow {
  const d = event.data;
  const amount = moneyOrNull(d.amount) ?? '0.00';
  const refund = {
    refundId: d.refundId,
    amount,
    originalAmount: amount,
    paidOn: dateOrNull(d.occurredAt),
    flags: d.flags ?? [],
    reversed: false,
    source: refOf(event),
    corrections: [],
  };
  const next = withSums({ ...row, refunds: [...row.refunds, refund] });
  return row.termination ? next : withAnomaly(next, event, 'a refund before any termination');
}

/** A correction of a payment (the fees received) or of a refund paid. */
export function corrected(
  row: TerminationRefundRow,
  event: ContractFact<'CorrectionRecorded'>,
): TerminationRefundRow {
  const d = event.data;
  const { type, factId } = d.target;
  const reversed = d.action === 'reverse';
  const amount = moneyOrNull(d.amended?.amount ?? null);
  if (type === 'PaymentRecorded') {
    const p = row.payments[factId];
    if (!p) return withAnomaly(row, event, `correction of unknown PaymentRecorded ${factId}`);
    // An amended amount replaces the cash part; offsets stay (libs/domain correction.evolve).
    const settled = amount ? plus(minus(p.settled, p.cash), amount) : p.settled;
    const fact = { ...p, settled, cash: amount ?? p.cash, reversed: p.reversed || reversed };
    return withSums({ ...row, payments: { ...row.payments, [factId]: fact } });
  }
  if (type !== 'RefundPaid') return row;
  if (!row.refunds.some((r) => r.refundId === factId)) {
    return withAnomaly(row, event, `correction of unknown RefundPaid ${factId}`);
  }
  const refunds = row.refunds.map((r) =>
    r.refundId !== factId
      ? r
      : {
          ...r,
          reversed: r.reversed || reversed,
          amount: amount ?? r.amount,
          paidOn: dateOrNull(d.amended?.occurredAt ?? null) ?? r.paidOn,
          corrections: [...r.corrections, refOf(event)],
        },
  );
  return withSums({ ...row, refunds });
}
