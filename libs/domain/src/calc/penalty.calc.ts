import { LocalDate, daysBetween } from '../shared/local-date';
import { Money, toMoney } from '../shared/money';
import { CalcWarning, CountThreshold, Rate, meetsThreshold } from './calc.types';
import { assertDayCount, moneyDec, rateDec } from './rate.calc';

/**
 * 法释〔2023〕13号 (合同编通则解释) 第65条: a penalty more than 30 % above the loss is generally
 * "excessively higher" and may be reduced by a court on request. A flag for a human, never a clamp.
 */
export function excessivePenaltyWarning(penalty: Money, actualLoss?: Money): CalcWarning | null {
  if (actualLoss === undefined) return null;
  const threshold = moneyDec(actualLoss, 'actualLoss').times('1.3');
  if (!moneyDec(penalty, 'penalty').greaterThan(threshold)) return null;
  return {
    code: 'PENALTY_EXCEEDS_LOSS_BY_30_PERCENT',
    message: `Penalty ${penalty} is more than 130% of the stated loss ${actualLoss} (${toMoney(threshold)}); a court may reduce it`,
    basis: '法释〔2023〕13号 第65条',
    details: { penalty, actualLoss, threshold: toMoney(threshold) },
  };
}

/** Calendar days late: days after `dueDate` up to and including `asOf`; 0 when not late. */
export function daysLate(dueDate: LocalDate, asOf: LocalDate): number {
  return Math.max(0, daysBetween(dueDate, asOf));
}

export interface PerDayPenaltyInput {
  /** What the daily rate applies to: the contract total for 000/003/004. */
  base: Money;
  dailyRate: Rate;
  days: number;
  /** 003 第六条(1): capped at 5 % of the total → { rate: "0.05", base: total }. */
  cap?: { rate: Rate; base: Money };
  /** 000/004 第十二条1 "延期超过 15 日" → { count: 15, comparison: 'more-than' }. */
  terminationAfterDays?: CountThreshold;
  actualLoss?: Money;
}

export interface PerDayPenalty {
  perDay: Money;
  days: number;
  uncapped: Money;
  cap: Money | null;
  capped: boolean;
  penalty: Money;
  terminationRight: boolean;
  warnings: CalcWarning[];
  formula: string;
}

/** 000 第十二条1: 0.5 % of 1,130,000.00 per day = 5,650.00/day; never rounds the daily amount first. */
export function perDayPenalty(input: PerDayPenaltyInput): PerDayPenalty {
  const base = moneyDec(input.base, 'base');
  const days = assertDayCount(input.days, 'days');
  const perDay = base.times(rateDec(input.dailyRate, 'dailyRate'));
  const uncapped = perDay.times(days);
  const cap = input.cap
    ? moneyDec(input.cap.base, 'cap.base').times(rateDec(input.cap.rate, 'cap.rate'))
    : null;
  const capped = cap !== null && uncapped.greaterThan(cap);
  const penalty = toMoney(capped ? cap : uncapped);
  const warning = excessivePenaltyWarning(penalty, input.actualLoss);
  return {
    perDay: toMoney(perDay),
    days,
    uncapped: toMoney(uncapped),
    cap: cap ? toMoney(cap) : null,
    capped,
    penalty,
    terminationRight: input.terminationAfterDays
      ? meetsThreshold(days, input.terminationAfterDays)
      : false,
    warnings: warning ? [warning] : [],
    formula: `${toMoney(base)} × ${input.dailyRate} × ${days}${cap ? `, capped at ${toMoney(cap)}` : ''} = ${penalty}`,
  };
}

export interface PerViolationPenaltyInput {
  amountPerViolation: Money;
  violations: number;
  /** 000/004 第十二条3 "违反满 10 次以上" → { count: 10, comparison: 'at-least' } (Civil Code art. 1259). */
  terminationAt?: CountThreshold;
  actualLoss?: Money;
}

export interface PerViolationPenalty {
  penalty: Money;
  violations: number;
  terminationRight: boolean;
  warnings: CalcWarning[];
  formula: string;
}

/** 000/004 第十二条3: 1,000.00 per inspected violation. */
export function perViolationPenalty(input: PerViolationPenaltyInput): PerViolationPenalty {
  const violations = assertDayCount(input.violations, 'violations');
  const penalty = toMoney(
    moneyDec(input.amountPerViolation, 'amountPerViolation').times(violations),
  );
  const warning = excessivePenaltyWarning(penalty, input.actualLoss);
  return {
    penalty,
    violations,
    terminationRight: input.terminationAt ? meetsThreshold(violations, input.terminationAt) : false,
    warnings: warning ? [warning] : [],
    formula: `${input.amountPerViolation} × ${violations} = ${penalty}`,
  };
}

export interface RatePenaltyInput {
  /** Usually the contract total (001 5.1 "合同款总额"); 002 第五条 uses the annual fee. */
  base: Money;
  rate: Rate;
  /** 001 5.1 "每发生一次 … 1%": the number of breaches; defaults to 1. */
  occurrences?: number;
  actualLoss?: Money;
}

export interface RatePenalty {
  penalty: Money;
  occurrences: number;
  warnings: CalcWarning[];
  formula: string;
}

/** A share of the total per breach: 001 5.1 IP 1 % (23,470.00), subcontracting 5 % (117,350.00), other 1 % each time. */
export function ratePenalty(input: RatePenaltyInput): RatePenalty {
  const occurrences = assertDayCount(input.occurrences ?? 1, 'occurrences');
  const penalty = toMoney(
    moneyDec(input.base, 'base').times(rateDec(input.rate)).times(occurrences),
  );
  const warning = excessivePenaltyWarning(penalty, input.actualLoss);
  return {
    penalty,
    occurrences,
    warnings: warning ? [warning] : [],
    formula: `${input.base} × ${input.rate} × ${occurrences} = ${penalty}`,
  };
}

export interface TerminationForCauseInput {
  contractTotal: Money;
  /** 000/004 第十二条6: "0.20"; 001 5.1: "0.05". */
  penaltyRate: Rate;
  /** Everything the client has paid so far; refunded in full ("退还已付款项 / 全部合同款"). */
  paidSoFar: Money;
  actualLoss?: Money;
}

export interface TerminationForCause {
  penalty: Money;
  refundOfPaid: Money;
  /** penalty + refund: what the supplier owes the client. */
  totalOwedBySupplier: Money;
  warnings: CalcWarning[];
  formula: string;
}

/** 000 第十二条6: refund all paid + 20 % of 1,130,000.00 = 226,000.00. */
export function terminationForCause(input: TerminationForCauseInput): TerminationForCause {
  const penaltyD = moneyDec(input.contractTotal, 'contractTotal').times(
    rateDec(input.penaltyRate, 'penaltyRate'),
  );
  const paid = moneyDec(input.paidSoFar, 'paidSoFar');
  const penalty = toMoney(penaltyD);
  const warning = excessivePenaltyWarning(penalty, input.actualLoss);
  const total = toMoney(penaltyD.plus(paid));
  return {
    penalty,
    refundOfPaid: toMoney(paid),
    totalOwedBySupplier: total,
    warnings: warning ? [warning] : [],
    formula: `${input.contractTotal} × ${input.penaltyRate} + ${toMoney(paid)} = ${total}`,
  };
}
