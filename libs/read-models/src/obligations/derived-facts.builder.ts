import {
  acceptanceDeadlines,
  compareDates,
  compareMoney,
  deadlineOutcome,
  reviewWindows,
  type ContractTerms,
  type DerivedFact,
  type LocalDate,
} from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { ContractRows } from '../views/deadlines.view';
import type { ScheduledInstallment } from '../views/row-types';
import { bondView } from '../views/bond.view';
import { paymentScheduleView } from '../views/payment-schedule.view';
import { terminationRefundView } from '../views/termination-refund.view';
import { workingDays } from '../views/view-support.helpers';

type Data = Record<string, unknown>;

/** The calendar a figure was counted with, where the view states it (else: none, official). */
function calendarOf(figure: object): { calendarVersion: string | null; provisional: boolean } {
  const f = figure as { calendarVersion?: string | null; provisional?: boolean };
  return { calendarVersion: f.calendarVersion ?? null, provisional: f.provisional ?? false };
}
const dataOf = (e: RecordedEvent) => e.data as Data;

/** The event types the derived facts read themselves (besides the rows): reviews, acceptance, cures. */
export const DERIVED_FACT_EVENT_TYPES: readonly string[] = [
  'ContractSigned',
  'ReviewReportSubmitted',
  'ReviewConcluded',
  'AcceptanceApplied',
  'AcceptanceStarted',
  'MilestoneAccepted',
  'BreachCured',
];
const dated = (events: readonly RecordedEvent[], type: string) =>
  events
    .filter((e) => e.type === type)
    .map((e) => ({ on: e.occurredAt.slice(0, 10), d: dataOf(e) }));

/**
 * The deadlines the terms imply and what happened at each, as of `asOf`, from the same views
 * (and so the same as-of functions) finance reads: installments (due, late interest running),
 * the bond (deposit, refund), the termination refund, breach cure periods, a termination
 * notice, the review windows (deemed passed on silence) and the acceptance deadlines.
 */
export function derivedFacts(
  rows: ContractRows,
  events: readonly RecordedEvent[],
  terms: ContractTerms | null,
  asOf: LocalDate,
): DerivedFact[] {
  const facts: DerivedFact[] = [
    ...installmentFacts(rows, terms, asOf),
    ...bondFacts(rows, terms, asOf),
    ...refundFacts(rows, terms, asOf),
    ...noticeFacts(rows, events, terms, asOf),
  ];
  if (terms) {
    facts.push(...reviewFacts(events, terms, asOf), ...acceptanceFacts(rows, events, terms, asOf));
  }
  return facts.sort((a, b) => compareDates(a.date, b.date));
}

function installmentFacts(
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

function bondFacts(
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

function refundFacts(
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

function noticeFacts(
  rows: ContractRows,
  events: readonly RecordedEvent[],
  terms: ContractTerms | null,
  asOf: LocalDate,
): DerivedFact[] {
  const out: DerivedFact[] = [];
  const cured = dated(events, 'BreachCured');
  // Every notice given by the end of asOf, open or cured since (a notice issued later had not
  // been given; one cured later was open that day, its cure period running).
  const notices = {
    ...rows.contract.cured_breach_notices,
    ...rows.contract.breach_notices,
  } as Record<string, { cureBy: string | null; issuedOn?: string | null }>;
  for (const [noticeId, n] of Object.entries(notices)) {
    if (!n.cureBy) continue;
    if (n.issuedOn && compareDates(n.issuedOn, asOf) > 0) continue;
    const curedOn = cured.find((c) => c.d.noticeId === noticeId)?.on ?? null;
    const o = deadlineOutcome(n.cureBy, curedOn, asOf);
    out.push({
      date: n.cureBy,
      kind: 'breachCure',
      subject: noticeId,
      clause: terms?.termination.source ?? null,
      ...o,
      amount: null,
      calendarVersion: null,
      provisional: false,
      description: `Breach notice ${noticeId}: cure by ${n.cureBy}: ${
        o.outcome === 'met'
          ? `cured ${curedOn}`
          : o.outcome === 'missed'
            ? `cure period expired ${o.outcomeOn}`
            : 'open'
      }`,
    });
  }
  const notice = rows.contract.notice;
  if (notice?.effectiveOn) {
    const passed = compareDates(notice.effectiveOn, asOf) <= 0;
    out.push({
      date: notice.effectiveOn,
      kind: 'terminationNotice',
      subject: notice.noticeId,
      clause: terms?.termination.source ?? null,
      outcome: passed ? 'met' : 'open',
      outcomeOn: passed ? notice.effectiveOn : null,
      amount: null,
      calendarVersion: null,
      provisional: false,
      description: `Termination notice ${notice.noticeId} takes effect on ${notice.effectiveOn}`,
    });
  }
  return out;
}

function reviewFacts(
  events: readonly RecordedEvent[],
  terms: ContractTerms,
  asOf: LocalDate,
): DerivedFact[] {
  const submissions = dated(events, 'ReviewReportSubmitted').map(({ on, d }) => ({
    scheduleId: String(d.scheduleId),
    periodIndex: Number(d.periodIndex),
    receivedOn: on,
  }));
  const conclusions = dated(events, 'ReviewConcluded').map(({ on, d }) => ({
    scheduleId: String(d.scheduleId),
    periodIndex: Number(d.periodIndex),
    concludedOn: on,
    outcome: String(d.outcome),
  }));
  return reviewWindows(terms.reviews, submissions, conclusions, asOf, workingDays());
}

/**
 * 000 第七条 1 (the supplier applies within 30 working days after the service ends), 004 第七条 1
 * (the client starts within 30 working days) and 第七条 3 (deemed accepted 40 working days after
 * the end of service without a signature or a written objection).
 */
function acceptanceFacts(
  rows: ContractRows,
  events: readonly RecordedEvent[],
  terms: ContractTerms,
  asOf: LocalDate,
): DerivedFact[] {
  const serviceEnd = rows.contract.service_ended_on ?? rows.contract.service_end;
  if (!serviceEnd) return [];
  const calendar = workingDays();
  const d = acceptanceDeadlines(terms.acceptance, serviceEnd, calendar);
  const basis = (date: LocalDate) => calendar.basis(serviceEnd, date);
  const final = terms.acceptance.milestones.find((m) => m.kind === 'final');
  const firstOn = (type: string) =>
    dated(events, type).find((e) => !final || e.d.milestoneId === final.id)?.on ?? null;
  const acceptedOn = firstOn('MilestoneAccepted');
  const clause = final?.source ?? terms.acceptance.source ?? null;
  const out: DerivedFact[] = [];
  const push = (
    kind: DerivedFact['kind'],
    date: LocalDate | null,
    doneOn: LocalDate | null,
    what: string,
  ) => {
    if (!date) return;
    const o = deadlineOutcome(date, doneOn, asOf);
    const b = basis(date);
    out.push({
      date,
      kind,
      subject: final?.id ?? null,
      clause,
      ...o,
      amount: null,
      calendarVersion: b.calendarVersion,
      provisional: b.provisional,
      description: `${what} by ${date}: ${o.outcome === 'open' ? 'open' : `${o.outcome}${doneOn && o.outcomeOn === doneOn ? ` on ${doneOn}` : ` since ${o.outcomeOn}`}`}`,
    });
  };
  push(
    'acceptanceApplication',
    d.applicationDeadline,
    firstOn('AcceptanceApplied'),
    'The supplier applies for acceptance',
  );
  push(
    'acceptanceStart',
    d.startDeadline,
    firstOn('AcceptanceStarted'),
    'The client starts the acceptance',
  );
  if (d.deemedAcceptedOn) {
    const signed = acceptedOn && compareDates(acceptedOn, d.deemedAcceptedOn) <= 0;
    const deemed = !signed && compareDates(d.deemedAcceptedOn, asOf) <= 0;
    const b = basis(d.deemedAcceptedOn);
    out.push({
      date: d.deemedAcceptedOn,
      kind: 'acceptanceDeemed',
      subject: final?.id ?? null,
      clause,
      outcome: signed ? 'met' : deemed ? 'deemed' : 'open',
      outcomeOn: signed ? acceptedOn : deemed ? d.deemedAcceptedOn : null,
      amount: null,
      calendarVersion: b.calendarVersion,
      provisional: b.provisional,
      description: signed
        ? `Final acceptance signed on ${acceptedOn}, before it would have been deemed (${d.deemedAcceptedOn})`
        : deemed
          ? `Final acceptance deemed given on ${d.deemedAcceptedOn}: neither signed nor objected to in writing`
          : `Final acceptance deemed given on ${d.deemedAcceptedOn} unless signed or objected to before`,
    });
  }
  return out;
}
