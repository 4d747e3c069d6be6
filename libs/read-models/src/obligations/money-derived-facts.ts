// Derived facts of the money terms: installments (due, late interest), the bond, the termination refund.
import {
  compareDates,
  compareMoney,
  deadlineOutcome,
  type ContractTerms,
  type DerivedFact,
  type LocalDate,
} from '@app/domain';
import type { ContractRows } from '../views/deadlines.view';
import type { ScheduledInstallment } from '../views/row-types';
import { bondView } from '../views/bond.view';
import { paymentScheduleView } from '../views/payment-schedule.view';
import { terminationRefundView } from '../views/termination-refund.view';
import { calendarOf } from './derived-facts.helpers';

export function installmentFacts(
  rows: ContractRows,
  terms: ContractTerms | null,
  asOf: LocalDate,
): DerivedFact[] {
  if (!rows.schedule?.signed_source) return [];
  const out: DerivedFact[] = [];
  for (const i of paymentScheduleView(rows.schedule, asOf, rows.refund).installments) {
    if (i.dueDate === null) continue;
    const clause = terms?.paymentSchedule.installments.find((t) => t.id === i.installmentId);
    const base = {
      date: i.dueDate,
      subject: i.installmentId,
      clause: clause?.source ?? terms?.paymentSchedule.source ?? null,
      ...calendarOf(i),
    };
    if (i.status === 'cancelled') {
      out.push({
        ...base,
        kind: 'installmentDue',
        outcome: 'excused',
        outcomeOn: i.cancellation?.on ?? null,
        amount: i.amount,
        description: `${i.label}: not owed — ${i.cancellation?.reason ?? 'cancelled'}`,
      });
      continue;
    }
    const o = deadlineOutcome(i.dueDate, i.settledOn, asOf);
    const what =
      o.outcome === 'met'
        ? `paid in full on ${o.outcomeOn}`
        : o.outcome === 'missed'
          ? i.settledOn && compareDates(i.settledOn, asOf) <= 0
            ? `paid late, in full on ${i.settledOn}`
            : `overdue since ${o.outcomeOn}: ${i.outstanding} outstanding`
          : `${i.outstanding} due`;
    out.push({
      ...base,
      kind: 'installmentDue',
      ...o,
      amount: i.amount,
      description: `${i.label} (${i.amount}) due ${i.dueDate}: ${what}`,
    });
    const first = i.lateInterest?.tranches[0];
    if (first && compareMoney(i.lateInterest!.amount, '0.00') > 0) {
      out.push({
        ...base,
        date: first.startDate,
        kind: 'lateInterest',
        ...lateInterestOutcome(
          i.lateInterest!,
          settlingDays(rows.schedule.installments.find((r) => r.id === i.installmentId)),
          first.startDate,
          asOf,
        ),
        amount: i.lateInterest!.amount,
        ...calendarOf(i.lateInterest!),
        clause: terms?.latePayment?.source ?? base.clause,
        description: `${i.label}: interest runs from ${first.startDate} (${i.lateInterest!.amount} as of ${asOf}${settledText(i.lateInterest!)})`,
      });
    }
  }
  return out;
}

type LateInterestFigure = NonNullable<
  ReturnType<typeof paymentScheduleView>['installments'][number]['lateInterest']
>;

/**
 * Late-payment interest is owed from its first day (001 5.2 / 002 第五条 2): missed since then
 * while any of it is owed as of `asOf`; once nothing is owed (lateInterestSettlementAsOf: accrued
 * − paid − waived = 0.00) it is `waived` if the supplier gave up any of it (LateInterestWaived) and
 * `met` if the client paid it all, since the last of those acts dated by `asOf`.
 */
function lateInterestOutcome(
  li: LateInterestFigure,
  settledOn: LocalDate[],
  startDate: LocalDate,
  asOf: LocalDate,
): { outcome: DerivedFact['outcome']; outcomeOn: LocalDate | null } {
  const s = li.settlement;
  if (!s || compareMoney(s.owed, '0.00') > 0) return { outcome: 'missed', outcomeOn: startDate };
  const acts = settledOn.filter((d) => compareDates(d, asOf) <= 0);
  const last = acts.sort(compareDates).at(-1) ?? startDate;
  return { outcome: compareMoney(s.waived, '0.00') > 0 ? 'waived' : 'met', outcomeOn: last };
}

/** The days the installment's late interest was paid or waived (LateInterestPaid/Waived). */
function settlingDays(row: ScheduledInstallment | undefined): LocalDate[] {
  return [
    ...(row?.lateInterestPayments ?? []).map((p) => p.paidOn),
    ...(row?.lateInterestWaivers ?? []).map((w) => w.waivedOn),
  ].filter((d): d is LocalDate => typeof d === 'string');
}

function settledText(li: LateInterestFigure): string {
  const s = li.settlement;
  if (!s) return '';
  const parts = [
    compareMoney(s.paid, '0.00') > 0 ? `${s.paid} paid` : null,
    compareMoney(s.waived, '0.00') > 0 ? `${s.waived} waived` : null,
  ].filter((p) => p !== null);
  return parts.length > 0 ? `; ${parts.join(', ')}, ${s.owed} owed` : '';
}

export function bondFacts(
  rows: ContractRows,
  terms: ContractTerms | null,
  asOf: LocalDate,
): DerivedFact[] {
  const b = rows.bond ? bondView(rows.bond, asOf) : null;
  if (!b) return [];
  const clause = (terms?.bond as { source?: string } | null | undefined)?.source ?? null;
  const out: DerivedFact[] = [];
  if (b.deposit.deadline) {
    const o = deadlineOutcome(b.deposit.deadline, b.deposit.depositedOn, asOf);
    out.push({
      date: b.deposit.deadline,
      kind: 'bondDeposit',
      subject: null,
      clause,
      ...o,
      amount: b.required.amount,
      calendarVersion: b.deposit.deadlineCalendar.calendarVersion,
      provisional: b.deposit.deadlineCalendar.provisional,
      description: `Performance bond ${b.required.amount} to be deposited by ${b.deposit.deadline}: ${
        b.deposit.depositedOn && o.outcome !== 'open'
          ? `deposited ${b.deposit.depositedOn}${o.outcome === 'missed' ? ' (late)' : ''}`
          : o.outcome
      }`,
    });
  }
  if (b.refund.dueDate) {
    const o = deadlineOutcome(b.refund.dueDate, b.refund.refundedOn, asOf);
    out.push({
      date: b.refund.dueDate,
      kind: 'bondRefund',
      subject: null,
      clause,
      ...o,
      amount: b.refundableBalance.amount,
      calendarVersion: b.refund.dueDateCalendar.calendarVersion,
      provisional: b.refund.dueDateCalendar.provisional,
      description: `Bond refund (${b.refundableBalance.amount}) due ${b.refund.dueDate}: ${
        b.refund.refundedOn && o.outcome !== 'open' ? `refunded ${b.refund.refundedOn}` : o.outcome
      }`,
    });
  }
  return out;
}

export function refundFacts(
  rows: ContractRows,
  terms: ContractTerms | null,
  asOf: LocalDate,
): DerivedFact[] {
  const t = rows.refund ? terminationRefundView(rows.refund, asOf) : null;
  if (!t?.dueDate) return [];
  const settled = compareMoney(t.outstanding.amount, '0.00') <= 0;
  const last = rows.refund!.refunds.filter(
    (r) => !r.reversed && r.paidOn !== null && compareDates(r.paidOn, asOf) <= 0,
  );
  const doneOn = settled && last.length > 0 ? last[last.length - 1].paidOn : null;
  const o = deadlineOutcome(t.dueDate, doneOn, asOf);
  return [
    {
      date: t.dueDate,
      kind: 'terminationRefund',
      subject: null,
      clause: terms?.termination.source ?? null,
      ...o,
      amount: t.refundDue.amount,
      calendarVersion: null,
      provisional: false,
      description: `Termination refund ${t.refundDue.amount} due from the supplier by ${t.dueDate}: ${
        o.outcome === 'met'
          ? `refunded in full on ${o.outcomeOn}`
          : o.outcome === 'missed'
            ? `${t.outstanding.amount} outstanding, overdue since ${o.outcomeOn}`
            : `${t.outstanding.amount} outstanding`
      }`,
    },
  ];
}
