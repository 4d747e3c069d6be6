import { WorkingDayCalendar } from '../calendar/working-day.calendar';
import { DomainError } from '../shared/decider';
import { LocalDate } from '../shared/local-date';
import { Dec, Money, toMoney } from '../shared/money';
import { CalcWarning, Rate } from './calc.types';
import { formatPercent, moneyDec, rateDec } from './rate.calc';

/** 政府采购法实施条例 第48条: a performance bond may not exceed 10 % of the contract amount. */
export const BOND_LEGAL_MAX_RATE: Rate = '0.10';

export interface BondTerms {
  contractTotal: Money;
  /** Share of the contract total (001 4.2: "0.05"). */
  rate?: Rate;
  /** Stated amount (001 4.2: "117350.00"); wins over the rate, which is then only checked. */
  amount?: Money;
}

export interface BondAmount {
  amount: Money;
  rate: Rate | null;
  basis: 'stated-amount' | 'rate';
  warnings: CalcWarning[];
}

/** 001 4.2: 5 % of 2,347,000.00 = 117,350.00. */
export function computeBondAmount(terms: BondTerms): BondAmount {
  const total = moneyDec(terms.contractTotal, 'contractTotal');
  if (terms.amount === undefined && terms.rate === undefined) {
    throw new DomainError('BOND_WITHOUT_AMOUNT', 'A bond needs a rate or a stated amount', 'bond');
  }
  const warnings: CalcWarning[] = [];
  const fromRate = terms.rate !== undefined ? total.times(rateDec(terms.rate, 'bond.rate')) : null;
  const amount = terms.amount !== undefined ? moneyDec(terms.amount, 'bond.amount') : fromRate!;
  if (fromRate && terms.amount !== undefined && !moneyDec(toMoney(fromRate)).equals(amount)) {
    warnings.push({
      code: 'BOND_RATE_MISMATCH',
      message: `${formatPercent(terms.rate!)} of ${terms.contractTotal} is ${toMoney(fromRate)}, but ${terms.amount} is stated; the stated amount wins`,
      details: { rate: terms.rate, stated: terms.amount, expected: toMoney(fromRate) },
    });
  }
  const legalMax = total.times(BOND_LEGAL_MAX_RATE);
  if (amount.greaterThan(legalMax)) {
    warnings.push({
      code: 'BOND_ABOVE_LEGAL_MAXIMUM',
      message: `Bond ${toMoney(amount)} exceeds 10% of the contract amount (${toMoney(legalMax)})`,
      basis: '政府采购法实施条例 第48条',
      details: { amount: toMoney(amount), legalMaximum: toMoney(legalMax) },
    });
  }
  return {
    amount: toMoney(amount),
    rate: terms.rate ?? null,
    basis: terms.amount !== undefined ? 'stated-amount' : 'rate',
    warnings,
  };
}

/** Deposit deadline: the N-th working day after signing (001 4.2: 10 working days). */
export function bondDepositDeadline(
  signedOn: LocalDate,
  workingDays: number,
  calendar: WorkingDayCalendar,
): { deadline: LocalDate; calendarVersion: string } {
  const deadline = calendar.addWorkingDays(signedOn, workingDays);
  return { deadline, calendarVersion: calendar.basis(signedOn, deadline).calendarVersion };
}

/** A deduction as a share of the bond (001 6.2: 5 % of 117,350.00 = 5,867.50). */
export function bondDeduction(bondAmount: Money, rate: Rate): Money {
  return toMoney(moneyDec(bondAmount, 'bondAmount').times(rateDec(rate, 'deduction.rate')));
}

export interface BondBalance {
  deposited: Money;
  deducted: Money;
  /** deposited − deducted, never below zero. */
  refundable: Money;
  /** Deductions the bond could not cover (to be claimed otherwise, 001 6.2 "有权继续追偿"). */
  uncovered: Money;
}

export function bondRefundableBalance(deposited: Money, deductions: Money[]): BondBalance {
  const dep = moneyDec(deposited, 'deposited');
  const deducted = deductions.reduce<Dec>(
    (acc, d, i) => acc.plus(moneyDec(d, `deductions[${i}]`)),
    new Dec(0),
  );
  const rest = dep.minus(deducted);
  return {
    deposited: toMoney(dep),
    deducted: toMoney(deducted),
    refundable: toMoney(Dec.max(rest, 0)),
    uncovered: toMoney(Dec.max(rest.negated(), 0)),
  };
}
