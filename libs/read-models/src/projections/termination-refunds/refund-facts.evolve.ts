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
import type { FeePayment, RefundPaidFact, TerminationRefundRow } from './termination-refund.row';

const settledIfLive = (p: FeePayment | null) => (p && !p.reversed ? p.settled : '0.00');
const refundedIfLive = (r: RefundPaidFact | null) => (r && !r.reversed ? r.amount : '0.00');

/**
 * The row with payment `before` replaced by `after` (null: none), fees_received moved by the
 * difference: recording one more payment does not add up all the others again. Equal to adding
 * up the live payments (fen amounts: exact in any order; refund-sums.spec.ts checks it).
 */
function withPayment(
  row: TerminationRefundRow,
  before: FeePayment | null,
  after: FeePayment,
): TerminationRefundRow {
  const fees = plus(minus(row.fees_received, settledIfLive(before)), settledIfLive(after));
  const payments = before
    ? row.payments.map((p) => (p === before ? after : p))
    : [...row.payments, after];
  return { ...row, payments, fees_received: fees };
}

/** withPayment for a refund paid back: `refunded` moved by the difference. */
function withRefund(
  row: TerminationRefundRow,
  before: RefundPaidFact | null,
  after: RefundPaidFact,
): TerminationRefundRow {
  const refunded = plus(minus(row.refunded, refundedIfLive(before)), refundedIfLive(after));
  const refunds = before
    ? row.refunds.map((r) => (r === before ? after : r))
    : [...row.refunds, after];
  return { ...row, refunds, refunded };
}

/** The sums recomputed from every live payment and refund (what withPayment keeps). */
export function withSums(row: TerminationRefundRow): TerminationRefundRow {
  return {
    ...row,
    fees_received: sum(row.payments.map(settledIfLive)),
    refunded: sum(row.refunds.map(refundedIfLive)),
  };
}

/**
 * A payment: fees received (cash + penalty offsets, 000 第十二条 8). A payment id recorded again
 * replaces the earlier fact in its place (as the id-keyed map did).
 */
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
  const before = row.payments.find((p) => p.paymentId === d.paymentId) ?? null;
  const fact = { paymentId: d.paymentId, settled, cash, reversed: false, source: refOf(event) };
  return withPayment(row, before, fact);
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
  const next = withRefund(row, null, refund);
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
    const p = row.payments.find((f) => f.paymentId === factId);
    if (!p) return withAnomaly(row, event, `correction of unknown PaymentRecorded ${factId}`);
    // An amended amount replaces the cash part; offsets stay (libs/domain correction.evolve).
    const settled = amount ? plus(minus(p.settled, p.cash), amount) : p.settled;
    const fact = { ...p, settled, cash: amount ?? p.cash, reversed: p.reversed || reversed };
    return withPayment(row, p, fact);
  }
  if (type !== 'RefundPaid') return row;
  const r = row.refunds.find((f) => f.refundId === factId);
  if (!r) return withAnomaly(row, event, `correction of unknown RefundPaid ${factId}`);
  return withRefund(row, r, {
    ...r,
    reversed: r.reversed || reversed,
    amount: amount ?? r.amount,
    paidOn: dateOrNull(d.amended?.occurredAt ?? null) ?? r.paidOn,
    corrections: [...r.corrections, refOf(event)],
  });
}
