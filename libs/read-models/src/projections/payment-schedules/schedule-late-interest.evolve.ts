import type { ContractEventType } from '@app/domain';
import { dateOrNull, moneyOrNull, refOf, withAnomaly, type ContractFact } from '../shared';
import type { PaymentScheduleRow } from './payment-schedule.row';
import { onInstallment } from './schedule-facts.evolve';

type On<T extends ContractEventType> = (
  row: PaymentScheduleRow,
  event: ContractFact<T>,
) => PaymentScheduleRow;

/** A treasury restriction begins (000 第五条 5; 001 4.2): lateness stops accruing from this day. */
export const restrictionStarted: On<'PaymentRestrictionStarted'> = (row, event) => {
  const d = event.data;
  if (row.restrictions.some((r) => r.restrictionId === d.restrictionId))
    return withAnomaly(row, event, `restriction ${d.restrictionId} started twice`);
  const restriction = {
    restrictionId: d.restrictionId,
    reason: d.reason,
    startedOn: dateOrNull(d.occurredAt),
    endedOn: null,
    days: null,
    sources: [refOf(event)],
  };
  return { ...row, restrictions: [...row.restrictions, restriction] };
};

/** The restriction lifted: restricted days are its start up to the day before this one. */
export const restrictionEnded: On<'PaymentRestrictionEnded'> = (row, event) => {
  const d = event.data;
  if (!row.restrictions.some((r) => r.restrictionId === d.restrictionId))
    return withAnomaly(row, event, `unknown restriction ${d.restrictionId}`);
  const restrictions = row.restrictions.map((r) =>
    r.restrictionId === d.restrictionId
      ? {
          ...r,
          endedOn: dateOrNull(d.occurredAt),
          days: d.days,
          sources: [...r.sources, refOf(event)],
        }
      : r,
  );
  return { ...row, restrictions };
};

/** The client paid late-payment interest on an installment (in whole or part). */
export const lateInterestPaid: On<'LateInterestPaid'> = (row, event) => {
  const d = event.data;
  const payment = {
    lateInterestPaymentId: d.lateInterestPaymentId,
    amount: moneyOrNull(d.amount) ?? '0.00',
    paidOn: dateOrNull(d.occurredAt),
    flags: [...d.flags],
    source: refOf(event),
  };
  return onInstallment(row, d.installmentId, event, (i) => ({
    ...i,
    lateInterestPayments: [...(i.lateInterestPayments ?? []), payment],
  }));
};

/** The supplier waived late-payment interest on an installment (amount null: all of it). */
export const lateInterestWaived: On<'LateInterestWaived'> = (row, event) => {
  const d = event.data;
  const waiver = {
    waiverId: d.waiverId,
    amount: d.amount === null ? null : (moneyOrNull(d.amount) ?? '0.00'),
    waivedOn: dateOrNull(d.occurredAt),
    reason: d.reason,
    source: refOf(event),
  };
  return onInstallment(row, d.installmentId, event, (i) => ({
    ...i,
    lateInterestWaivers: [...(i.lateInterestWaivers ?? []), waiver],
  }));
};

/**
 * The client found an invoice not to conform (001 4.2 "提供发票不符合本合同要求的，甲方不承担逾期付款违约责任"):
 * it stays listed, with the rejection and its event; the as-of figures no longer count it from then.
 */
export const invoiceRejected: On<'InvoiceRejected'> = (row, event) => {
  const d = event.data;
  const inst = row.installments.find((i) => i.id === d.installmentId);
  if (!inst?.invoices.some((v) => v.invoiceId === d.invoiceId))
    return withAnomaly(row, event, `rejected invoice ${d.invoiceId} was never received`);
  const rejection = { on: dateOrNull(d.occurredAt), reason: d.reason, source: refOf(event) };
  return onInstallment(row, d.installmentId, event, (i) => ({
    ...i,
    invoices: i.invoices.map((v) => (v.invoiceId === d.invoiceId ? { ...v, rejection } : v)),
  }));
};
