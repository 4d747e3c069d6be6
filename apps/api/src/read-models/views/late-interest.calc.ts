import {
  Dec,
  compareDates,
  computeLatePaymentInterest,
  dec,
  toMoney,
  type LatePaymentInterestTerms,
  type LatePaymentTerms,
  type LocalDate,
} from '@app/domain';
import { attempt, uniqueSources, workingDays, type EventRef } from './view-support.helpers';

export interface Settlement {
  amount: string;
  date: LocalDate;
  source: EventRef;
}

export interface InterestTranche {
  overdueAmount: string;
  /** The day the money arrived; null for the part still unpaid on the as-of date. */
  paidOn: string | null;
  days: number;
  startDate: string;
  interest: string;
  capped: boolean;
  formula: string;
}

export interface LateInterestView {
  amount: string;
  tranches: InterestTranche[];
  calendarVersion: string | null;
  sources: EventRef[];
  problem: string | null;
}

/** terms.latePayment in the calc module's vocabulary (001 5.2: day 30, working; 0.0005; cap 0.05). */
function calcTerms(t: LatePaymentTerms): LatePaymentInterestTerms {
  return {
    dailyRate: t.dailyRate,
    // No cap written: nothing limits the interest (a cap of 1,000,000 × the base never binds).
    capRate: t.cap?.rate ?? '1000000',
    capBase: t.cap?.of === 'total' ? 'contract-total' : 'overdue-amount',
    interestStartsOnOverdueDay: t.accruesFromOverdueDay,
  };
}

/**
 * The client's late-payment interest on one installment as of `asOf`, computed at query time from
 * the recorded facts with calc.computeLatePaymentInterest. Each sum paid after the due date
 * accrued until the day before it arrived; what is still unpaid accrues up to `asOf`. The cap
 * applies per delayed sum ("延迟支付价款", 001 5.2 / 002 第五条 2) or, when written on the
 * contract total (003 第六条 2(2)), to the installment's whole interest.
 */
export function lateInterestOf(input: {
  terms: LatePaymentTerms;
  dueDate: LocalDate;
  amount: string;
  settlements: Settlement[];
  asOf: LocalDate;
  contractTotal: string | null;
  sources: EventRef[];
}): LateInterestView | null {
  if (compareDates(input.asOf, input.dueDate) <= 0) return null;
  const terms = calcTerms(input.terms);
  const known = input.settlements.filter((s) => compareDates(s.date, input.asOf) <= 0);
  const pieces = known
    .filter((s) => compareDates(s.date, input.dueDate) > 0)
    .map((s) => ({ overdueAmount: s.amount, paidOn: s.date as string | undefined }));
  const unpaid = dec(input.amount).minus(known.reduce((a, s) => a.plus(dec(s.amount)), new Dec(0)));
  if (unpaid.greaterThan(0)) pieces.push({ overdueAmount: toMoney(unpaid), paidOn: undefined });
  const { value, problem } = attempt(() =>
    pieces.map((p) =>
      computeLatePaymentInterest(
        {
          terms,
          overdueAmount: p.overdueAmount,
          dueDate: input.dueDate,
          asOf: input.asOf,
          paidOn: p.paidOn,
          contractTotal: input.contractTotal ?? undefined,
        },
        workingDays(),
      ),
    ),
  );
  if (value === null) {
    return { amount: '0.00', tranches: [], calendarVersion: null, sources: [], problem };
  }
  let total = value.reduce((a, r) => a.plus(dec(r.interest)), new Dec(0));
  if (terms.capBase === 'contract-total' && input.contractTotal) {
    total = Dec.min(total, dec(input.contractTotal).times(dec(terms.capRate)));
  }
  const tranches = value.map((r, i) => ({
    overdueAmount: pieces[i].overdueAmount,
    paidOn: pieces[i].paidOn ?? null,
    days: r.days,
    startDate: r.startDate,
    interest: r.interest,
    capped: r.capped,
    formula: r.formula,
  }));
  return {
    amount: toMoney(total),
    tranches,
    calendarVersion: value[0]?.calendarVersion ?? null,
    sources: uniqueSources(input.sources),
    problem: null,
  };
}
