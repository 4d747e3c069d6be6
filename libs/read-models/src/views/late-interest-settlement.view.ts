import {
  addDays,
  happenedBy,
  lateInterestSettlementAsOf,
  restrictedDays,
  restrictionsAsOf,
  type LateInterestAsOf,
  type LateInterestSettlementAsOf,
} from '@app/domain';
import type { ScheduledInstallment, ScheduledRestriction } from './row-types';
import type { EventRef } from './row-types';
import { uniqueSources } from './view-support.helpers';

/** Accrued, paid, waived and still owed, with the LateInterestPaid/Waived events behind them. */
export interface LateInterestSettlementView extends LateInterestSettlementAsOf {
  sources: EventRef[];
}

/** One treasury restriction's days inside this installment's lateness, with its events. */
export interface RestrictedPeriodView {
  restrictionId: string;
  reason: string;
  startedOn: string | null;
  /** Null while it was still running as of asOf. */
  endedOn: string | null;
  /** Restricted days after the due date, up to asOf: the due date moves by them. */
  days: number;
  sources: EventRef[];
}

/** 000 第五条 5 "支付期限顺延" / 001 4.2: the due date the lateness counts from, and why it moved. */
export interface DeferralView {
  dueDate: string;
  deferredDueDate: string;
  days: number;
  restrictions: RestrictedPeriodView[];
}

/**
 * The installment's late-payment interest as settled by `asOf` (domain lateInterestSettlementAsOf):
 * what the clause charges (after caps) less what the client paid and the supplier waived by then.
 */
export function lateInterestSettlementView(
  inst: ScheduledInstallment,
  accrued: string,
  asOf: string,
): LateInterestSettlementView {
  const paid = (inst.lateInterestPayments ?? []).filter((p) => happenedBy(p.paidOn, asOf));
  const waived = (inst.lateInterestWaivers ?? []).filter((w) => happenedBy(w.waivedOn, asOf));
  return {
    ...lateInterestSettlementAsOf(
      accrued,
      paid.map((p) => ({ amount: p.amount, on: p.paidOn })),
      waived.map((w) => ({ amount: w.amount, on: w.waivedOn })),
      asOf,
    ),
    sources: uniqueSources([...paid.map((p) => p.source), ...waived.map((w) => w.source)]),
  };
}

/**
 * The restrictions recorded by `asOf` whose days fell after the due date: each one's restricted
 * days (its start up to the day before its end, or up to asOf while it lasts) and its events; an
 * end recorded after asOf does not show. Null when no restricted day moved the due date.
 */
export function deferralView(
  restrictions: ScheduledRestriction[],
  dueDate: string | null,
  interest: LateInterestAsOf | null,
  asOf: string,
): DeferralView | null {
  if (!dueDate || !interest?.deferred) return null;
  const periods = restrictions.flatMap((r) => {
    if (r.startedOn === null) return [];
    const [asOfPeriod] = restrictionsAsOf([{ from: r.startedOn, until: r.endedOn }], asOf);
    if (!asOfPeriod) return [];
    const days = restrictedDays([asOfPeriod], addDays(dueDate, 1), asOf);
    const sources = r.sources.filter((_, n) => n === 0 || asOfPeriod.until !== null);
    return days > 0
      ? [
          {
            restrictionId: r.restrictionId,
            reason: r.reason,
            startedOn: r.startedOn,
            endedOn: asOfPeriod.until,
            days,
            sources,
          },
        ]
      : [];
  });
  return {
    dueDate,
    deferredDueDate: interest.deferred.dueDate,
    days: interest.deferred.days,
    restrictions: periods,
  };
}

interface WithLateInterest {
  dueDate: string | null;
  lateInterest: {
    amount: string;
    settlement?: LateInterestSettlementView;
    deferral?: DeferralView | null;
  } | null;
}

/**
 * Each installment's late-payment interest with what was paid, waived and is still owed, and the
 * restricted days that deferred it (the payment-schedule rows' facts, as of `asOf`).
 */
export function withLateInterestSettlements<
  V extends { installments: I[] },
  I extends WithLateInterest,
>(
  row: { installments: ScheduledInstallment[]; restrictions: ScheduledRestriction[] },
  figures: { lateInterest: LateInterestAsOf | null }[],
  asOf: string,
  view: V,
): V {
  const installments = view.installments.map((v, n) =>
    v.lateInterest
      ? {
          ...v,
          lateInterest: {
            ...v.lateInterest,
            settlement: lateInterestSettlementView(
              row.installments[n],
              v.lateInterest.amount,
              asOf,
            ),
            deferral: deferralView(row.restrictions, v.dueDate, figures[n].lateInterest, asOf),
          },
        }
      : v,
  );
  return { ...view, installments };
}
