import { bondRefundableBalance, compareDates, dueDateAfter } from '@app/domain';
import type { BondRow } from '@app/read-models';
import type { Anomaly } from '@app/read-models';
import {
  attempt,
  uniqueSources,
  workingDays,
  type EventRef,
  type Figure,
} from './view-support.helpers';

export interface BondView {
  contractId: string;
  asOf: string;
  required: Figure;
  deposit: {
    deadline: string | null;
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
  deductions: unknown[];
  deducted: Figure;
  refundableBalance: Figure;
  uncovered: string;
  refund: {
    trigger: string | null;
    triggeredOn: string | null;
    dueDate: string | null;
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

/** When the refund falls due: the trigger of 001 4.2 (final acceptance and assessment) or termination. */
function refundTrigger(row: BondRow): string | null {
  const t = row.refund_terms?.trigger;
  const date = t === 'serviceEnd' ? row.service_ended_on : row.final_accepted_on;
  return date ?? row.terminated_on;
}

/** GET /contracts/:id/bond: the performance bond (001 4.2, 6.2) as of `asOf`; null without a bond. */
export function bondView(row: BondRow, asOf: string): BondView | null {
  if (row.required === null && row.deposit === null) return null;
  const problems: string[] = [];
  const deadline =
    row.deposit?.dueBy ??
    (row.signed_on && row.deposit_within
      ? track(problems, () => dueDateAfter(row.signed_on!, row.deposit_within!, workingDays()))
      : null);
  const live = row.deductions.filter((d) => !d.reversed);
  const deposited = row.deposit?.amount ?? '0.00';
  const balance = bondRefundableBalance(
    deposited,
    live.map((d) => d.amount),
  );
  const triggeredOn = refundTrigger(row);
  const within = row.refund_terms?.within ?? null;
  const refundDue =
    triggeredOn && within
      ? track(problems, () => dueDateAfter(triggeredOn, within, workingDays()))
      : null;
  const depositSource = row.deposit?.source ?? null;
  const depositOverdue =
    row.deposit === null && deadline !== null && compareDates(asOf, deadline) > 0;
  const refundOverdue =
    row.refund === null && refundDue !== null && compareDates(asOf, refundDue) > 0;
  const deductionSources = uniqueSources(live.flatMap((d) => [d.source, ...d.corrections]));
  const refundSource = row.refund?.source ?? null;
  return {
    contractId: row.contract_id,
    asOf,
    required: {
      amount: row.required ?? '0.00',
      sources: row.signed_source ? [row.signed_source] : [],
    },
    deposit: {
      deadline,
      window: row.deposit_within,
      depositedOn: row.deposit?.depositedOn ?? null,
      amount: row.deposit?.amount ?? null,
      instrument: row.deposit?.instrument ?? null,
      flags: row.deposit?.flags ?? [],
      late: row.deposit?.flags.includes('late') ?? false,
      overdue: depositOverdue,
      source: depositSource,
    },
    deductions: row.deductions.map((d) => ({
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
      triggeredOn,
      dueDate: refundDue,
      window: within,
      refundedOn: row.refund?.refundedOn ?? null,
      amount: row.refund?.amount ?? null,
      flags: row.refund?.flags ?? [],
      overdue: refundOverdue,
      source: refundSource,
    },
    refunded: { amount: row.refunded, sources: refundSource ? [refundSource] : [] },
    held: {
      amount: row.held,
      sources: uniqueSources([
        ...(depositSource ? [depositSource] : []),
        ...deductionSources,
        ...(refundSource ? [refundSource] : []),
      ]),
    },
    overdue: { deposit: depositOverdue, refund: refundOverdue },
    problems,
    anomalies: row.anomalies,
    position: row.last_position,
  };
}

function track(problems: string[], compute: () => string): string | null {
  const { value, problem } = attempt(compute);
  if (problem) problems.push(problem);
  return value;
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
