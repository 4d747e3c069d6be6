import { DomainError } from '../shared/decider';
import { LocalDate, addDays, assertLocalDate, compareDates } from '../shared/local-date';
import { Dec, Money, toMoney } from '../shared/money';
import { DayCountDivisor } from './calc.types';
import { moneyDec } from './rate.calc';
import { ServicePeriod, inclusiveDays } from './service-period.calc';

/** Resolves a divisor to a number of days: a fixed count (002 第十二条: 365) or the period's own days. */
export function resolveDivisor(divisor: DayCountDivisor, period: ServicePeriod): number {
  const days = divisor === 'period-days' ? period.days : divisor;
  if (!Number.isInteger(days) || days < 1)
    throw new DomainError(
      'INVALID_DIVISOR',
      `A day divisor must be an integer ≥ 1, got ${days}`,
      'divisor',
    );
  return days;
}

/** Days of [from, to] (inclusive) that fall within the service period; 0 when disjoint or from > to. */
export function overlapDays(period: ServicePeriod, from: LocalDate, to: LocalDate): number {
  const a = compareDates(from, period.start) > 0 ? from : period.start;
  const b = compareDates(to, period.end) < 0 ? to : period.end;
  return compareDates(a, b) > 0 ? 0 : inclusiveDays(a, b);
}

export interface ProRataRefundInput {
  servicePeriod: ServicePeriod;
  terminationDate: LocalDate;
  /** The fee for the whole service period (002: the annual fee 2,045,000.00). */
  annualFee: Money;
  /** Fees the supplier has received so far. */
  feesReceived: Money;
  divisor: DayCountDivisor;
  /** Whether the termination day itself counts as performed; default true (002 第十二条 "解除合同之日以后"). */
  terminationDayPerformed?: boolean;
}

export interface ProRataRefund {
  servicePeriod: ServicePeriod;
  terminationDate: LocalDate;
  terminationDayPerformed: boolean;
  performedDays: number;
  unperformedDays: number;
  divisor: number;
  annualFee: Money;
  feesReceived: Money;
  /** annualFee × performedDays ÷ divisor: what the supplier has earned (display-rounded). */
  feesEarned: Money;
  /** annualFee × unperformedDays ÷ divisor (display-rounded). */
  feesForUnperformedDays: Money;
  refund: Money;
  formula: string;
}

/**
 * Refund on early termination (002 第十二条: daily fee = annual fee ÷ 365; the supplier returns
 * "已经收取的、解除合同之日以后的技术服务费"; 003 第二条2(7): prepaid fees for unperformed service).
 *
 * The fees received that cover days after termination are what was received beyond what the
 * performed days earned; and no more than the unperformed days are worth:
 *
 *   refund = round( min( max(0, received − fee × performed ÷ divisor), fee × unperformed ÷ divisor ) )
 *
 * computed in full precision and rounded once — the daily fee is never rounded first. Hence
 * 0 ≤ refund ≤ received.
 */
export function computeProRataRefund(input: ProRataRefundInput): ProRataRefund {
  const period = input.servicePeriod;
  assertLocalDate(input.terminationDate);
  const fee = moneyDec(input.annualFee, 'annualFee');
  const received = moneyDec(input.feesReceived, 'feesReceived');
  const divisor = resolveDivisor(input.divisor, period);
  const terminationDayPerformed = input.terminationDayPerformed ?? true;

  const lastPerformed = terminationDayPerformed
    ? input.terminationDate
    : addDays(input.terminationDate, -1);
  const performedDays = overlapDays(period, period.start, lastPerformed);
  const unperformedDays = period.days - performedDays;

  const earned = fee.times(performedDays).dividedBy(divisor);
  const unperformedValue = fee.times(unperformedDays).dividedBy(divisor);
  const receivedBeyondEarned = Dec.max(received.minus(earned), 0);
  const refund = Dec.min(receivedBeyondEarned, unperformedValue);

  const r = toMoney(received);
  const f = toMoney(fee);
  return {
    servicePeriod: period,
    terminationDate: input.terminationDate,
    terminationDayPerformed,
    performedDays,
    unperformedDays,
    divisor,
    annualFee: f,
    feesReceived: r,
    feesEarned: toMoney(earned),
    feesForUnperformedDays: toMoney(unperformedValue),
    refund: toMoney(refund),
    formula:
      `min(max(0, ${r} − ${f} × ${performedDays} ÷ ${divisor}), ${f} × ${unperformedDays} ÷ ${divisor})` +
      ` = min(${toMoney(receivedBeyondEarned)}, ${toMoney(unperformedValue)}) = ${toMoney(refund)}`,
  };
}
