import { bondAsOf, happenedBy, type BondAsOf, type CalendarBasis } from '@app/domain';
import type { Anomaly, BondRow } from './row-types';
import { bondFactsOfRow } from './row-facts.mapper';
import type { EventRef } from './row-types';
import { uniqueSources, workingDays, type Figure } from './view-support.helpers';
import type { BondDeductionFact } from '../projections/bonds/bond.row';

/** A deadline with what it was counted with, and what it was before the year's notice arrived. */
export interface DeadlineCalendar {
  calendarVersion: string | null;
  /** Counted in a year without the State Council's notice yet: it may move when it is published. */
  provisional: boolean;
  movedFrom: { date: string; calendarVersion: string | null } | null;
}

function deadlineCalendar(
  date: string | null,
  basis: CalendarBasis | null,
  beforeDate: string | null | undefined,
  beforeBasis: CalendarBasis | null | undefined,
): DeadlineCalendar {
  return {
    calendarVersion: basis?.calendarVersion ?? null,
    provisional: basis?.provisional ?? false,
    movedFrom:
      beforeDate && beforeDate !== date
        ? { date: beforeDate, calendarVersion: beforeBasis?.calendarVersion ?? null }
        : null,
  };
}

export interface BondView {
  contractId: string;
  asOf: string;
  required: Figure;
  deposit: {
    deadline: string | null;
    deadlineCalendar: DeadlineCalendar;
    window: unknown;
    depositedOn: string | null;
    amount: string | null;
    /** How it was lodged (cheque, bank guarantee…); null when the deposit did not say. */
    instrument: string | null;
    flags: string[];
    late: boolean;
    overdue: boolean;
    source: EventRef | null;
  };
  deductions: BondDeductionFact[];
  deducted: Figure;
  refundableBalance: Figure;
  uncovered: string;
  refund: {
    trigger: string | null;
    triggeredOn: string | null;
    dueDate: string | null;
    dueDateCalendar: DeadlineCalendar;
    window: unknown;
    refundedOn: string | null;
    amount: string | null;
    flags: string[];
    overdue: boolean;
    source: EventRef | null;
  };
  refunded: Figure;
  held: Figure;
  overdue: { deposit: boolean; refund: boolean };
  problems: string[];
  anomalies: Anomaly[];
  position: string;
}

/** GET /contracts/:id/bond: the performance bond (001 4.2, 6.2) as of `asOf`; null without a bond. */
export function bondView(row: BondRow, asOf: string): BondView | null {
  if (row.required === null && row.deposit === null) return null;
  const calendar = workingDays();
  const a = bondAsOf(bondFactsOfRow(row), asOf, calendar);
  const counterpart = calendar.provisionalCounterpart;
  const before: BondAsOf | null = counterpart
    ? bondAsOf(bondFactsOfRow(row), asOf, counterpart)
    : null;
  // As of the end of `asOf`: the deposit, deductions and refund dated later have not happened yet.
  const live = row.deductions.filter((d) => !d.reversed);
  const counted = live.filter((_, i) => a.deductionsCounted[i]);
  const deposit = a.deposited ? row.deposit : null;
  const refund = a.refunded ? row.refund : null;
  const balance = a.balance;
  const depositSource = deposit?.source ?? null;
  const deductionSources = uniqueSources(counted.flatMap((d) => [d.source, ...d.corrections]));
  const refundSource = refund?.source ?? null;
  return {
    contractId: row.contract_id,
    asOf,
    required: {
      amount: row.required ?? '0.00',
      sources: row.signed_source ? [row.signed_source] : [],
    },
    deposit: {
      deadline: a.depositDeadline,
      deadlineCalendar: deadlineCalendar(
        a.depositDeadline,
        a.depositDeadlineBasis,
        before?.depositDeadline,
        before?.depositDeadlineBasis,
      ),
      window: row.deposit_within,
      depositedOn: deposit?.depositedOn ?? null,
      amount: deposit?.amount ?? null,
      instrument: deposit?.instrument ?? null,
      flags: deposit?.flags ?? [],
      // Against today's deadline: a deposit flagged late on a provisional deadline may not be.
      late: deposit ? a.depositLate : false,
      overdue: a.depositOverdue,
      source: depositSource,
    },
    deductions: row.deductions
      .filter((d) => happenedBy(d.deductedOn, asOf))
      .map((d) => ({
        ...d,
        rule: row.deduction_rules.find((r) => r.id === d.ruleId) ?? null,
      })),
    deducted: { amount: balance.deducted, sources: deductionSources },
    refundableBalance: {
      amount: balance.refundable,
      sources: uniqueSources([...(depositSource ? [depositSource] : []), ...deductionSources]),
    },
    uncovered: balance.uncovered,
    refund: {
      trigger: row.refund_terms?.trigger ?? null,
      triggeredOn: a.refundTriggeredOn,
      dueDate: a.refundDueDate,
      dueDateCalendar: deadlineCalendar(
        a.refundDueDate,
        a.refundDueDateBasis,
        before?.refundDueDate,
        before?.refundDueDateBasis,
      ),
      window: row.refund_terms?.within ?? null,
      refundedOn: refund?.refundedOn ?? null,
      amount: refund?.amount ?? null,
      flags: refund?.flags ?? [],
      overdue: a.refundOverdue,
      source: refundSource,
    },
    refunded: { amount: a.refundedAmount, sources: refundSource ? [refundSource] : [] },
    held: {
      amount: a.held,
      sources: uniqueSources([
        ...(depositSource ? [depositSource] : []),
        ...deductionSources,
        ...(refundSource ? [refundSource] : []),
      ]),
    },
    overdue: { deposit: a.depositOverdue, refund: a.refundOverdue },
    problems: a.problems,
    anomalies: row.anomalies,
    position: row.last_position,
  };
}

/** CSV: one line per bond movement (deposit, deductions, refund). */
export function bondCsv(view: BondView): Record<string, unknown>[] {
  const base = { contractId: view.contractId, required: view.required.amount };
  const deposit = view.deposit.source
    ? [
        {
          ...base,
          movement: 'deposit',
          date: view.deposit.depositedOn,
          amount: view.deposit.amount,
          reason: view.deposit.flags.join(' '),
          eventId: view.deposit.source.eventId,
        },
      ]
    : [];
  const deductions = (
    view.deductions as {
      deductedOn: string;
      amount: string;
      reason: string;
      reversed: boolean;
      source: EventRef;
    }[]
  ).map((d) => ({
    ...base,
    movement: d.reversed ? 'deduction (reversed)' : 'deduction',
    date: d.deductedOn,
    amount: d.amount,
    reason: d.reason,
    eventId: d.source.eventId,
  }));
  const refund = view.refund.source
    ? [
        {
          ...base,
          movement: 'refund',
          date: view.refund.refundedOn,
          amount: view.refund.amount,
          reason: view.refund.flags.join(' '),
          eventId: view.refund.source.eventId,
        },
      ]
    : [];
  return [...deposit, ...deductions, ...refund];
}
