import {
  installmentDue,
  invoicedAmount,
  sumMoney,
  triggerMet as asOfTriggerMet,
  type ContractFacts,
  type InstallmentFacts,
} from '../as-of';
import { serviceMonthsCompletedOn } from '../calc';
import type { WorkingDayCalendar } from '../calendar';
import { addDays, addMonths, compareDates, LocalDate } from '../shared/local-date';
import { Dec, dec, Money, toMoney } from '../shared/money';
import { REVIEW_CADENCE_MONTHS, ReviewScheduleTerms } from '../terms/review.terms';
import type { BondState, ContractFile, InstallmentState, PenaltyFact } from './contract.state';
import { fail } from './domain-errors';

/** Read-only questions the decide functions ask of the state. */

export interface DecideContext {
  calendar: WorkingDayCalendar;
}

/** Σ of money strings (as-of/money-sum.ts). */
export const sum = sumMoney;

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

/**
 * The contract as the as-of arithmetic reads it (as-of/contract-facts.ts): the same shape the
 * read models supply, so that the decider and the views compute due dates, triggers and
 * settlements with the same functions.
 */
export function contractFactsOfFile(file: ContractFile): ContractFacts {
  return {
    signedOn: file.signedOn,
    servicePeriod: file.servicePeriod,
    serviceEndedOn: file.serviceEnded,
    total: file.total,
    milestones: Object.fromEntries(
      Object.values(file.milestones).map((m) => [
        m.id,
        { kind: m.kind, acceptedOn: m.status === 'pending' ? null : m.acceptedOn },
      ]),
    ),
    invoiceRequired: file.terms.paymentSchedule.invoice.required,
    latePayment: file.terms.latePayment ?? null,
  };
}

/** One installment's recorded facts (live invoices and payments) in the as-of shape. */
export function installmentFactsOf(
  file: ContractFile,
  inst: InstallmentState,
  withSettlements = true,
): InstallmentFacts {
  return {
    id: inst.id,
    amount: inst.amount,
    trigger: inst.trigger,
    due: inst.due,
    scheduled: true,
    invoices: Object.values(file.invoices)
      .filter((i) => !i.reversed && i.installmentId === inst.id)
      .map((i) => ({
        amount: i.amount,
        receivedOn: i.receivedOn,
        rejection: i.rejection ?? null,
      })),
    settlements: !withSettlements
      ? []
      : file.payments
          .values()
          .filter((p) => !p.reversed && p.installmentId === inst.id)
          .map((p) => ({
            cash: p.amount,
            offsets: p.penaltyOffsets.map((o) => o.amount),
            paidOn: p.paidOn,
          })),
    confirmedOn: file.applicationConfirmations[inst.id] ?? null,
    cancelled: null,
  };
}

/**
 * The installment's facts without its payments: when it falls due and whether its trigger was met
 * depend on invoices, acceptance and confirmation only, never on what was paid — so deciding a
 * payment does not walk every earlier payment of the contract.
 */
function scheduleFactsOf(file: ContractFile, inst: InstallmentState): InstallmentFacts {
  return installmentFactsOf(file, inst, false);
}

function factsOf(file: ContractFile, installmentId: string): InstallmentFacts | null {
  const inst = file.installments.find((i) => i.id === installmentId);
  return inst ? scheduleFactsOf(file, inst) : null;
}

/** What settles an installment: cash paid plus penalties offset against it (running total). */
export function settledOn(file: ContractFile, installmentId: string): Money {
  return file.paymentTotals.settledByInstallment[installmentId] ?? '0.00';
}

export function invoicedOn(file: ContractFile, installmentId: string): Money {
  const inst = factsOf(file, installmentId);
  return inst ? invoicedAmount(inst) : '0.00';
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
  const offsets = [file.paymentTotals.offsetByPenalty[penalty.penaltyId] ?? '0.00'];
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

/** The installment's due date from the facts recorded so far; null while it awaits a fact. */
export function installmentDueDate(
  file: ContractFile,
  inst: InstallmentState,
  ctx: DecideContext,
): LocalDate | null {
  return installmentDue(contractFactsOfFile(file), scheduleFactsOf(file, inst), ctx.calendar)
    .dueDate;
}

/**
 * The due date a confirmation recorded on `confirmedOn` gives the installment (001 4.2: 30 working
 * days, counted from the day the condition is met when the confirmation came earlier —
 * as-of/installment-due.as-of.ts confirmationOf).
 */
export function confirmedDueDate(
  file: ContractFile,
  inst: InstallmentState,
  confirmedOn: LocalDate,
  ctx: DecideContext,
): { dueDate: LocalDate | null; calendarVersion: string | null } {
  const facts = { ...installmentFactsOf(file, inst), confirmedOn };
  const { dueDate, calendarVersion } = installmentDue(
    contractFactsOfFile(file),
    facts,
    ctx.calendar,
  );
  return { dueDate, calendarVersion };
}

/** Whether the installment's condition (第五条-style trigger) had been met by the end of `on`. */
export function triggerMet(file: ContractFile, inst: InstallmentState, on: LocalDate): boolean {
  return asOfTriggerMet(contractFactsOfFile(file), scheduleFactsOf(file, inst), on) === true;
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
