import type { WorkingDayCalendar } from '../calendar/working-day.calendar';
import { addDays, compareDates, daysBetween, type LocalDate } from '../shared/local-date';
import { Dec, dec, toMoney, type Money } from '../shared/money';
import { latePaymentCapScope, type CapScope } from '../terms/cap.terms';
import type { ContractFacts, InstallmentFacts } from './contract-facts';
import {
  installmentAsOf,
  installmentLateInterest,
  scheduleTotals as totalsOf,
  type InstallmentAsOf,
  type RefundFacts,
  type ScheduleTotals,
} from './installment.as-of';
import { sumMoney } from './money-sum';

/** The cap on the client's late-payment liability, as applied to this schedule (cap.terms.ts). */
export interface LateInterestCapAsOf {
  scope: Extract<CapScope, 'eachDelayedSum' | 'contract'>;
  rate: string;
  base: 'overdueAmount' | 'total';
  /** The clause. */
  source: string | null;
  /** For a contract-wide cap: contract total × rate (003: 2,780,000.00 × 5 % = 139,000.00). */
  ceiling: Money | null;
  /** Σ of the installments' interest before the contract-wide cap. */
  accrued: Money;
  /** What the client owes: min(accrued, ceiling). */
  amount: Money;
  capped: boolean;
  /** The day the contract-wide ceiling was reached, when it was. */
  reachedOn: LocalDate | null;
}

export interface ScheduleAsOf<Ref = unknown> {
  installments: InstallmentAsOf<Ref>[];
  totals: ScheduleTotals;
  lateInterestCap: LateInterestCapAsOf | null;
}

/** Σ of every installment's late interest as of `on` (the day the accrual is read). */
function accruedOn(
  contract: ContractFacts,
  items: { inst: InstallmentFacts; a: InstallmentAsOf }[],
  on: LocalDate,
  calendar: WorkingDayCalendar,
): Money[] {
  return items.map(({ inst, a }) =>
    a.lateInterest
      ? (installmentLateInterest(contract, inst, a.dueDate, on, calendar)?.amount ?? '0.00')
      : '0.00',
  );
}

/**
 * 003 第六条 2(2) "违约金总额不超过合同总金额的 5%": the ceiling binds the client's late-payment
 * liability under the whole contract, all installments together (139,000.00), not each one.
 * The interest accrues day by day on every late installment at once, so the ceiling is reached on
 * one day: each installment keeps what it had accrued the day before, and the rest of the ceiling
 * goes to that day's accruals in schedule order. The installments' shares sum to the ceiling.
 */
function applyContractCap(
  contract: ContractFacts,
  items: { inst: InstallmentFacts; a: InstallmentAsOf }[],
  ceiling: Money,
  asOf: LocalDate,
  calendar: WorkingDayCalendar,
): { shares: Money[]; reachedOn: LocalDate } {
  const starts = items
    .map(({ a }) => a.lateInterest?.tranches.map((t) => t.startDate) ?? [])
    .flat()
    .sort(compareDates);
  // The first day on which Σ accrued ≥ ceiling, by bisection (the accrual never decreases).
  let lo = starts[0] ?? asOf;
  let hi = asOf;
  const reached = (d: LocalDate) =>
    dec(sumMoney(accruedOn(contract, items, d, calendar))).gte(dec(ceiling));
  while (compareDates(lo, hi) < 0) {
    const mid = addDays(lo, Math.floor(daysBetween(lo, hi) / 2));
    if (reached(mid)) hi = mid;
    else lo = addDays(mid, 1);
  }
  const before = accruedOn(contract, items, addDays(hi, -1), calendar);
  const on = accruedOn(contract, items, hi, calendar);
  let rest = dec(ceiling).minus(dec(sumMoney(before)));
  const shares = before.map((b, i) => {
    const take = Dec.min(dec(on[i]).minus(dec(b)), Dec.max(rest, 0));
    rest = rest.minus(take);
    return toMoney(dec(b).plus(take));
  });
  return { shares, reachedOn: hi };
}

/**
 * The whole payment schedule as it stood at the end of `asOf`: each installment
 * (installmentAsOf), the late-payment cap applied with the scope its clause gives it, and the
 * totals.
 */
export function scheduleAsOf<Ref>(
  contract: ContractFacts,
  installments: InstallmentFacts<Ref>[],
  asOf: LocalDate,
  calendar: WorkingDayCalendar,
  refund?: RefundFacts,
): ScheduleAsOf<Ref> {
  const scheduleTotals = (f: InstallmentAsOf[]) => totalsOf(f, refund);
  const figures = installments.map((inst) => installmentAsOf(contract, inst, asOf, calendar));
  const cap = contract.latePayment?.cap;
  if (!cap)
    return { installments: figures, totals: scheduleTotals(figures), lateInterestCap: null };
  const scope = latePaymentCapScope(cap);
  const accrued = sumMoney(figures.map((f) => f.lateInterest?.amount ?? '0.00'));
  const base = {
    scope,
    rate: cap.rate,
    base: cap.of,
    source: cap.source ?? contract.latePayment?.source ?? null,
    accrued,
  };
  if (scope === 'eachDelayedSum' || contract.total === null) {
    const capped = figures.some((f) => f.lateInterest?.tranches.some((t) => t.capped) ?? false);
    return {
      installments: figures,
      totals: scheduleTotals(figures),
      lateInterestCap: { ...base, ceiling: null, amount: accrued, capped, reachedOn: null },
    };
  }
  const ceiling = toMoney(dec(contract.total).times(dec(cap.rate)));
  if (dec(accrued).lte(dec(ceiling))) {
    return {
      installments: figures,
      totals: scheduleTotals(figures),
      lateInterestCap: { ...base, ceiling, amount: accrued, capped: false, reachedOn: null },
    };
  }
  const items = installments.map((inst, i) => ({ inst, a: figures[i] }));
  const { shares, reachedOn } = applyContractCap(contract, items, ceiling, asOf, calendar);
  const capped = figures.map((f, i) =>
    f.lateInterest
      ? {
          ...f,
          lateInterest: {
            ...f.lateInterest,
            amount: shares[i],
            beforeContractCap: f.lateInterest.amount,
          },
        }
      : f,
  );
  return {
    installments: capped,
    totals: scheduleTotals(capped),
    lateInterestCap: { ...base, ceiling, amount: ceiling, capped: true, reachedOn },
  };
}
