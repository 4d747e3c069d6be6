import { DomainError } from '../shared/decider';
import { LocalDate, assertLocalDate, compareDates } from '../shared/local-date';
import { Dec, Money, toMoney } from '../shared/money';
import { Rate } from './calc.types';
import { moneyDec, rateDec } from './rate.calc';
import { inclusiveDays } from './service-period.calc';

/**
 * Service after expiry until a successor contract (过渡期 / holdover):
 * - 'pro-rata' — 002 第十三条: "乙方服务时间占全年服务时间的比例乘以本合同总金额" →
 *   fee = total × holdover days ÷ full-year days (paid by the successor);
 * - 'free' — 003 第二条2(8): "免费运维".
 * 001 2.3 caps holdover fees at 10 % of the total ("不得超过本合同价款总额的百分之十") → capRate "0.10".
 */
export interface HoldoverFeeInput {
  pricing: 'pro-rata' | 'free';
  contractTotal: Money;
  /** First and last holdover day, inclusive (first = the day after the service period ends). */
  from: LocalDate;
  to: LocalDate;
  /** Days of the full service year the total pays for (002: 365). */
  fullYearDays: number;
  capRate?: Rate;
}

export interface HoldoverFee {
  days: number;
  fullYearDays: number;
  uncapped: Money;
  cap: Money | null;
  capped: boolean;
  fee: Money;
  formula: string;
}

export function computeHoldoverFee(input: HoldoverFeeInput): HoldoverFee {
  assertLocalDate(input.from);
  assertLocalDate(input.to);
  const total = moneyDec(input.contractTotal, 'contractTotal');
  if (!Number.isInteger(input.fullYearDays) || input.fullYearDays < 1) {
    throw new DomainError(
      'INVALID_DIVISOR',
      `fullYearDays must be an integer ≥ 1, got ${input.fullYearDays}`,
      'fullYearDays',
    );
  }
  const days = compareDates(input.from, input.to) > 0 ? 0 : inclusiveDays(input.from, input.to);
  const uncapped =
    input.pricing === 'free' ? new Dec(0) : total.times(days).dividedBy(input.fullYearDays);
  const cap = input.capRate !== undefined ? total.times(rateDec(input.capRate, 'capRate')) : null;
  const capped = cap !== null && uncapped.greaterThan(cap);
  const fee = toMoney(capped ? cap : uncapped);
  return {
    days,
    fullYearDays: input.fullYearDays,
    uncapped: toMoney(uncapped),
    cap: cap ? toMoney(cap) : null,
    capped,
    fee,
    formula:
      input.pricing === 'free'
        ? `free holdover (${days} days) = ${fee}`
        : `${toMoney(total)} × ${days} ÷ ${input.fullYearDays}${cap ? `, capped at ${toMoney(cap)}` : ''} = ${fee}`,
  };
}
