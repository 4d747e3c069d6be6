import { feePosition } from '@app/domain';
import type { LedgerLineRow } from '@app/read-models';
import type { StreamSummaryRow } from '@app/read-models';
import { deadlinesOf, nextDeadline, type ContractRows, type Deadline } from './deadlines.view';
import { reconciliationView } from './reconciliation.view';
import type { Figure } from './view-support.helpers';

export interface ContractListItem {
  contractId: string;
  contractNumber: string | null;
  projectName: string | null;
  client: string | null;
  supplier: string | null;
  status: string;
  signedOn: string | null;
  serviceStart: string | null;
  serviceEnd: string | null;
  total: string | null;
  expected: string;
  received: string;
  outstanding: string;
  bondHeld: string;
  refundOutstanding: string;
  nextDeadline: Deadline | null;
  overdueDeadlines: number;
  position: string;
}

/** One line of GET /contracts. */
export function contractListItem(rows: ContractRows, asOf: string): ContractListItem {
  const { contract: c, schedule: s, bond: b, refund: t } = rows;
  const deadlines = deadlinesOf(rows, asOf);
  const fees = feePosition({
    scheduled: s?.expected ?? '0.00',
    received: s?.received ?? '0.00',
    refundDue: t?.refund_due ?? '0.00',
    refundsPaid: t?.refunded ?? '0.00',
  });
  return {
    contractId: c.contract_id,
    contractNumber: c.contract_number,
    projectName: c.project_name,
    client: c.client_name,
    supplier: c.supplier_name,
    status: c.status,
    signedOn: c.signed_on,
    serviceStart: c.service_start,
    serviceEnd: c.service_end,
    total: c.total,
    expected: fees.expected,
    received: s?.received ?? '0.00',
    outstanding: fees.outstanding,
    bondHeld: b?.held ?? '0.00',
    refundOutstanding: fees.refundOutstanding,
    nextDeadline: nextDeadline(deadlines),
    overdueDeadlines: deadlines.filter((d) => d.overdue).length,
    position: c.last_position,
  };
}

export interface ContractSummaryView {
  contractId: string;
  contractNumber: string | null;
  projectName: string | null;
  parties: { client: string | null; supplier: string | null };
  currency: string | null;
  status: string;
  statusDetail: Record<string, unknown>;
  signedOn: string | null;
  servicePeriod: { start: string | null; end: string | null; endedOn: string | null };
  total: Figure;
  signedTotal: string | null;
  milestones: unknown;
  totals: Record<string, Figure>;
  nextDeadlines: Deadline[];
  activity: Record<string, unknown> | null;
  anomalies: unknown[];
  asOf: string;
  position: string;
}

/** GET /contracts/:id: status, parties, totals (each with its events) and next deadlines. */
export function contractSummaryView(
  rows: ContractRows,
  lines: LedgerLineRow[],
  stream: StreamSummaryRow | null,
  asOf: string,
): ContractSummaryView {
  const c = rows.contract;
  const r = reconciliationView(c.contract_id, lines, rows.schedule);
  const totalSources = [
    c.signed_source,
    ...lines
      .filter((l) => l.kind === 'amendment' || l.kind === 'budget_adjustment')
      .map((l) => ({ eventId: l.event_id, position: l.position })),
  ];
  return {
    contractId: c.contract_id,
    contractNumber: c.contract_number,
    projectName: c.project_name,
    parties: { client: c.client_name, supplier: c.supplier_name },
    currency: c.currency,
    status: c.status,
    statusDetail: {
      notice: c.notice,
      forceMajeure: c.force_majeure,
      resumeTo: c.resume_to,
      holdover: c.holdover,
      terminatedOn: c.terminated_on,
      closedOn: c.closed_on,
      openBreachNotices: c.breach_notices,
    },
    signedOn: c.signed_on,
    servicePeriod: { start: c.service_start, end: c.service_end, endedOn: c.service_ended_on },
    total: {
      amount: c.total ?? '0.00',
      sources: totalSources.filter((s): s is NonNullable<typeof s> => s !== null),
    },
    signedTotal: c.signed_total,
    milestones: c.milestones,
    totals: r.figures,
    nextDeadlines: deadlinesOf(rows, asOf),
    activity: stream
      ? {
          events: Number(stream.event_count),
          lastRevision: Number(stream.last_revision),
          lastPosition: stream.last_position,
          lastEventId: stream.last_event_id,
          lastEventType: stream.last_event_type,
          lastBusinessDate: stream.last_occurred_at,
        }
      : null,
    anomalies: [
      ...c.anomalies,
      ...(rows.schedule?.anomalies ?? []),
      ...(rows.bond?.anomalies ?? []),
      ...(rows.refund?.anomalies ?? []),
    ],
    asOf,
    position: c.last_position,
  };
}

/** CSV of a summary: one line. */
export function contractSummaryCsv(v: ContractSummaryView): Record<string, unknown>[] {
  return [
    {
      contractId: v.contractId,
      contractNumber: v.contractNumber,
      client: v.parties.client,
      supplier: v.parties.supplier,
      status: v.status,
      total: v.total.amount,
      ...Object.fromEntries(Object.entries(v.totals).map(([k, f]) => [k, f.amount])),
      nextDeadline: v.nextDeadlines[0]?.date ?? null,
    },
  ];
}
