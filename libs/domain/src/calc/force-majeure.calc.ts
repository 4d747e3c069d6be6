import { DomainError } from '../shared/decider';
import { LocalDate, assertLocalDate, compareDates } from '../shared/local-date';
import { Money, toMoney } from '../shared/money';
import { CountThreshold, DayCountDivisor, meetsThreshold } from './calc.types';
import { overlapDays, resolveDivisor } from './pro-rata-refund.calc';
import { moneyDec } from './rate.calc';
import { ServicePeriod, inclusiveDays } from './service-period.calc';

/**
 * Fee deduction for a force-majeure suspension (000/004 第十九条 "不可抗力发生期间，甲方可相应扣减服务费"),
 * pro rata by days in the same style as the termination refund:
 *
 *   deduction = round(periodFee × suspended days inside the service period ÷ divisor)
 *
 * Duration thresholds: 000/004 第二十条 "延续 45 天以上" → renegotiate ({45,'at-least'}),
 * "超过【60】日" → either side may terminate ({60,'more-than'}); 002 第九条3 "超过十天" → renegotiate
 * ({10,'more-than'}); 001 10.3 "超过180天" ({180,'more-than'}).
 */
export interface ForceMajeureInput {
  periodFee: Money;
  servicePeriod: ServicePeriod;
  /** First and last suspended day, inclusive. */
  suspendedFrom: LocalDate;
  suspendedTo: LocalDate;
  divisor: DayCountDivisor;
  renegotiateAt?: CountThreshold;
  terminationAt?: CountThreshold;
}

export interface ForceMajeureDeduction {
  suspendedDays: number;
  deductibleDays: number;
  divisor: number;
  periodFee: Money;
  deduction: Money;
  renegotiationDue: boolean;
  terminationRight: boolean;
  formula: string;
}

export function forceMajeureDeduction(input: ForceMajeureInput): ForceMajeureDeduction {
  assertLocalDate(input.suspendedFrom);
  assertLocalDate(input.suspendedTo);
  if (compareDates(input.suspendedFrom, input.suspendedTo) > 0) {
    throw new DomainError(
      'SUSPENSION_INVERTED',
      `Suspension ends (${input.suspendedTo}) before it starts (${input.suspendedFrom})`,
      'suspendedTo',
    );
  }
  const fee = moneyDec(input.periodFee, 'periodFee');
  const divisor = resolveDivisor(input.divisor, input.servicePeriod);
  const suspendedDays = inclusiveDays(input.suspendedFrom, input.suspendedTo);
  const deductibleDays = overlapDays(input.servicePeriod, input.suspendedFrom, input.suspendedTo);
  const deduction = toMoney(fee.times(deductibleDays).dividedBy(divisor));
  return {
    suspendedDays,
    deductibleDays,
    divisor,
    periodFee: toMoney(fee),
    deduction,
    renegotiationDue: input.renegotiateAt
      ? meetsThreshold(suspendedDays, input.renegotiateAt)
      : false,
    terminationRight: input.terminationAt
      ? meetsThreshold(suspendedDays, input.terminationAt)
      : false,
    formula: `${toMoney(fee)} × ${deductibleDays} ÷ ${divisor} = ${deduction}`,
  };
}
