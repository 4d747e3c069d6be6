// Derived facts of performance: breach cure periods, a termination notice, review windows, acceptance deadlines.
import {
  acceptanceDeadlines,
  compareDates,
  deadlineOutcome,
  reviewWindows,
  type ContractTerms,
  type DerivedFact,
  type LocalDate,
} from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { ContractRows } from '../views/deadlines.view';
import { workingDays } from '../views/view-support.helpers';
import { dated } from './derived-facts.helpers';

export function noticeFacts(
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

export function reviewFacts(
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
export function acceptanceFacts(
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
