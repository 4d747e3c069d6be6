import { feePosition, happenedBy, statusAsOf, subMoney, sumMoney } from '@app/domain';
import type { LedgerLineRow, StreamSummaryRow } from '@app/read-models';
import { bondView } from '@app/read-models';
import { breachNoticesAsOf } from '@app/read-models';
import { deadlinesOf, nextDeadline, type ContractRows, type Deadline } from '@app/read-models';
import { linesAsOf } from '@app/read-models';
import { paymentScheduleView } from '@app/read-models';
import { reconciliationTotals } from './reconciliation.view';
import { lifecycleFactsOfRow } from '@app/read-models';
import { terminationRefundView } from '@app/read-models';
import type {
  BreachNoticeFacts,
  ContractRow,
  Figure,
  HoldoverView,
  MilestoneFacts,
} from '@app/read-models';

/** What the status rests on, as of asOf. */
export interface SummaryStatusDetail {
  notice: ContractRow['notice'];
  forceMajeure: ContractRow['force_majeure'];
  resumeTo: ContractRow['resume_to'];
  holdover: (NonNullable<ContractRow['holdover']> & { owed: HoldoverView | null }) | null;
  terminatedOn: string | null;
  closedOn: string | null;
  openBreachNotices: Record<string, BreachNoticeFacts>;
}

/** The contract's stream: how much is recorded and what came last. */
export interface StreamActivity {
  events: number;
  lastRevision: number;
  lastPosition: string;
  lastEventId: string;
  lastEventType: string;
  lastBusinessDate: string;
}

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

/** The fee figures of a contract as of the end of `asOf` (domain feePosition over as-of views). */
function feesAsOf(rows: ContractRows, asOf: string) {
  const { schedule: s, bond: b, refund: t } = rows;
  const totals = s ? paymentScheduleView(s, asOf, t).totals : null;
  const refund = t ? terminationRefundView(t, asOf) : null;
  // 001 2.3: a payment of the client's holdover fee is received too (it settles holdoverDue).
  const received = sumMoney([
    totals?.paid ?? '0.00',
    totals?.penaltiesOffset ?? '0.00',
    totals?.holdoverPaid ?? '0.00',
  ]);
  return {
    received,
    bondHeld: (b && bondView(b, asOf)?.held.amount) ?? '0.00',
    ...feePosition({
      scheduled: totals?.scheduled ?? '0.00',
      received,
      refundDue: refund?.refundDue.amount ?? '0.00',
      refundsPaid: refund?.paid.amount ?? '0.00',
      holdoverDue: totals?.holdoverDue ?? '0.00',
    }),
  };
}

/** One line of GET /contracts, as the contract stood at the end of `asOf`. */
export function contractListItem(rows: ContractRows, asOf: string): ContractListItem {
  const c = rows.contract;
  const deadlines = deadlinesOf(rows, asOf);
  const fees = feesAsOf(rows, asOf);
  return {
    contractId: c.contract_id,
    contractNumber: c.contract_number,
    projectName: c.project_name,
    client: c.client_name,
    supplier: c.supplier_name,
    status: statusAsOf(lifecycleFactsOfRow(c), asOf),
    signedOn: c.signed_on,
    serviceStart: c.service_start,
    serviceEnd: c.service_end,
    total: c.total,
    expected: fees.expected,
    received: fees.received,
    outstanding: fees.outstanding,
    bondHeld: fees.bondHeld,
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
  statusDetail: SummaryStatusDetail;
  signedOn: string | null;
  servicePeriod: { start: string | null; end: string | null; endedOn: string | null };
  total: Figure;
  signedTotal: string | null;
  milestones: Record<string, MilestoneFacts>;
  totals: Record<string, Figure>;
  nextDeadlines: Deadline[];
  activity: StreamActivity | null;
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
  const r = reconciliationTotals(lines, rows.schedule, asOf);
  const by = (date: string | null | undefined) => date != null && happenedBy(date, asOf);
  const totalSources = [
    c.signed_source,
    ...linesAsOf(lines, asOf)
      .filter((l) => l.kind === 'amendment' || l.kind === 'budget_adjustment')
      .map((l) => ({ eventId: l.event_id, position: l.position })),
  ];
  return {
    contractId: c.contract_id,
    contractNumber: c.contract_number,
    projectName: c.project_name,
    parties: { client: c.client_name, supplier: c.supplier_name },
    currency: c.currency,
    // As it stood at the end of `asOf`: lifecycle facts dated later do not show.
    status: statusAsOf(lifecycleFactsOfRow(c), asOf),
    statusDetail: {
      notice: c.notice && by(c.notice.issuedOn) ? c.notice : null,
      forceMajeure: c.force_majeure && by(c.force_majeure.startedOn) ? c.force_majeure : null,
      resumeTo: c.resume_to,
      holdover:
        c.holdover && by(c.holdover.startedOn)
          ? {
              ...c.holdover,
              endedOn: by(c.holdover.endedOn) ? c.holdover.endedOn : null,
              fee: by(c.holdover.endedOn) ? c.holdover.fee : null,
              // Who owes the fee (001 2.3 the client, in totals.expected; 002 第十三条 the successor).
              owed: r.holdover,
            }
          : null,
      terminatedOn: by(c.terminated_on) ? c.terminated_on : null,
      closedOn: by(c.closed_on) ? c.closed_on : null,
      // Open at the end of asOf: issued by then and not cured by then.
      openBreachNotices: breachNoticesAsOf(c, asOf),
    },
    signedOn: c.signed_on,
    servicePeriod: {
      start: c.service_start,
      end: c.service_end,
      endedOn: by(c.service_ended_on) ? c.service_ended_on : null,
    },
    total: {
      // Amendments and budget adjustments dated after `asOf` had not changed the total yet.
      amount: subMoney(
        c.total ?? '0.00',
        sumMoney(
          lines
            .filter((l) => l.kind === 'amendment' || l.kind === 'budget_adjustment')
            .filter((l) => !happenedBy(l.business_date, asOf))
            .map((l) => l.amount),
        ),
      ),
      sources: totalSources.filter((s): s is NonNullable<typeof s> => s !== null),
    },
    signedTotal: c.signed_total,
    milestones: Object.fromEntries(
      Object.entries(c.milestones).map(([id, m]) => [
        id,
        by(m.acceptedOn) ? m : { ...m, acceptedOn: null, source: null },
      ]),
    ),
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
      nextDeadlineProvisional: v.nextDeadlines[0]?.provisional ?? false,
    },
  ];
}
