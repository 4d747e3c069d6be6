import { DueFacts, DueTrigger, resolveDueDate, serviceMonthsCompletedOn } from '../calc';
import type { WorkingDayCalendar } from '../calendar';
import { assertNever } from '../shared/decider';
import { addDays, addMonths, compareDates, LocalDate } from '../shared/local-date';
import { Dec, dec, Money, toMoney } from '../shared/money';
import { REVIEW_CADENCE_MONTHS, ReviewScheduleTerms } from '../terms/review.terms';
import type { BondState, ContractFile, InstallmentState, PenaltyFact } from './contract.state';
import { fail } from './domain-errors';

/** Read-only questions the decide functions ask of the state. */

export interface DecideContext {
  calendar: WorkingDayCalendar;
}

export function sum(values: Money[]): Money {
  return toMoney(values.reduce<Dec>((acc, v) => acc.plus(dec(v)), new Dec(0)));
}

export function installmentById(
  file: ContractFile,
  id: unknown,
  field = 'data.installmentId',
): InstallmentState {
  const found = file.installments.find((i) => i.id === id);
  if (!found)
    fail('UNKNOWN_INSTALLMENT', `No installment "${String(id)}" in the payment schedule`, field);
  return found;
}

/** What settles an installment: cash paid plus penalties offset against it. */
export function settledOn(file: ContractFile, installmentId: string): Money {
  const live = Object.values(file.payments).filter(
    (p) => !p.reversed && p.installmentId === installmentId,
  );
  return sum(live.flatMap((p) => [p.amount, ...p.penaltyOffsets.map((o) => o.amount)]));
}

export function invoicedOn(file: ContractFile, installmentId: string): Money {
  return sum(
    Object.values(file.invoices)
      .filter((i) => !i.reversed && i.installmentId === installmentId)
      .map((i) => i.amount),
  );
}

/** Fees the supplier has received (cash + offsets) over all installments. */
export function feesReceived(file: ContractFile): Money {
  return sum(file.installments.map((i) => settledOn(file, i.id)));
}

export function bondBalance(bond: BondState): Money {
  if (!bond.deposit) return '0.00';
  const deducted = Object.values(bond.deductions)
    .filter((d) => !d.reversed)
    .map((d) => d.amount);
  return toMoney(
    dec(bond.deposit.amount)
      .minus(dec(sum(deducted)))
      .minus(dec(bond.refund?.amount ?? '0')),
  );
}

/** Assessed − offset against payments − waived − paid in cash by the supplier. */
export function penaltyOutstanding(file: ContractFile, penalty: PenaltyFact): Money {
  if (penalty.reversed) return '0.00';
  const offsets = Object.values(file.payments)
    .filter((p) => !p.reversed)
    .flatMap((p) =>
      p.penaltyOffsets.filter((o) => o.penaltyId === penalty.penaltyId).map((o) => o.amount),
    );
  const paid = Object.values(file.penaltyPayments)
    .filter((p) => p.penaltyId === penalty.penaltyId)
    .map((p) => p.amount);
  const rest = dec(penalty.amount)
    .minus(dec(sum(offsets)))
    .minus(dec(penalty.waived?.amount ?? '0'))
    .minus(dec(sum(paid)));
  return toMoney(Dec.max(rest, 0));
}

export function refundsPaid(file: ContractFile): Money {
  return sum(
    Object.values(file.refunds)
      .filter((r) => !r.reversed)
      .map((r) => r.amount),
  );
}

export function acceptedOn(file: ContractFile, milestoneId: string): LocalDate | null {
  const m = file.milestones[milestoneId];
  return m && m.status !== 'pending' ? m.acceptedOn : null;
}

export function finalMilestoneId(file: ContractFile): string {
  const final = Object.values(file.milestones).find((m) => m.kind === 'final');
  return final ? final.id : 'final';
}

/** The milestone whose acceptance an installment waits for, if any. */
function acceptanceFor(file: ContractFile, inst: InstallmentState): LocalDate | null {
  if (inst.trigger.kind === 'onPhaseAcceptance') return acceptedOn(file, inst.trigger.milestoneId);
  return acceptedOn(file, finalMilestoneId(file));
}

function firstInvoice(file: ContractFile, installmentId: string): LocalDate | null {
  const dates = Object.values(file.invoices)
    .filter((i) => !i.reversed && i.installmentId === installmentId)
    .map((i) => i.receivedOn)
    .sort();
  return dates[0] ?? null;
}

/** The installment's due date from the facts recorded so far; null while it awaits a fact. */
export function installmentDueDate(
  file: ContractFile,
  inst: InstallmentState,
  ctx: DecideContext,
): LocalDate | null {
  if (!inst.due) return null;
  const events: Partial<Record<DueTrigger, LocalDate>> = { signing: file.signedOn };
  const invoice = firstInvoice(file, inst.id);
  if (invoice) events.invoice = invoice;
  const acceptance = acceptanceFor(file, inst);
  if (acceptance) events.acceptance = acceptance;
  if (file.serviceEnded) events['service-end'] = file.serviceEnded;
  const confirmation = file.applicationConfirmations[inst.id];
  if (confirmation) events.confirmation = confirmation; // 001 4.2
  const facts: DueFacts = { servicePeriod: file.servicePeriod, events };
  return resolveDueDate(inst.due, facts, ctx.calendar).dueDate;
}

/** Whether the installment's condition (第五条-style trigger) is recorded as met on `on`. */
export function triggerMet(file: ContractFile, inst: InstallmentState, on: LocalDate): boolean {
  const t = inst.trigger;
  switch (t.kind) {
    case 'onSigning':
    case 'byDate':
      return true;
    case 'afterServiceMonths':
      return compareDates(on, serviceMonthsCompletedOn(file.servicePeriod, t.months)) > 0;
    case 'onPhaseAcceptance':
      return acceptedOn(file, t.milestoneId) !== null;
    case 'onFinalAcceptance':
      return acceptedOn(file, finalMilestoneId(file)) !== null;
    case 'afterServiceEnds':
      return file.serviceEnded !== null || compareDates(on, file.servicePeriod.end) > 0;
    case 'onInvoice':
      return firstInvoice(file, inst.id) !== null;
    default:
      return assertNever(t, 'payment trigger');
  }
}

export function reviewScheduleById(file: ContractFile, id: unknown): ReviewScheduleTerms {
  const found = file.terms.reviews.find((r) => r.id === id);
  if (!found)
    fail('UNKNOWN_REVIEW_SCHEDULE', `No review schedule "${String(id)}"`, 'data.scheduleId');
  return found;
}

export function reviewKey(scheduleId: string, periodIndex: number): string {
  return `${scheduleId}#${periodIndex}`;
}

/**
 * Period n of a schedule: months (n−1)·k … n·k of the service, counted like the service period
 * itself (001: quarterly from 2022-07-07 → period 1 = 2022-07-07 … 2022-10-06), the last one
 * clipped to the end of service. Null when it would start after the service ends.
 */
export function reviewPeriod(
  file: ContractFile,
  schedule: ReviewScheduleTerms,
  index: number,
): { start: LocalDate; end: LocalDate } | null {
  const k = REVIEW_CADENCE_MONTHS[schedule.cadence];
  const sp = file.servicePeriod;
  const start = index === 1 ? sp.start : addDays(serviceMonthsCompletedOn(sp, (index - 1) * k), 1);
  if (compareDates(start, sp.end) > 0) return null;
  const fullEnd = serviceMonthsCompletedOn(sp, index * k);
  return { start, end: compareDates(fullEnd, sp.end) > 0 ? sp.end : fullEnd };
}

/** Adds a notice period ("提前 30 日", "提前一个月") to a date. */
export function addNotice(
  from: LocalDate,
  notice: { count: number; unit: 'days' | 'months' },
): LocalDate {
  // Civil Code art. 201–202: the notice day is not counted; a month ends on the same-numbered day.
  return notice.unit === 'days' ? addDays(from, notice.count) : addMonths(from, notice.count);
}
