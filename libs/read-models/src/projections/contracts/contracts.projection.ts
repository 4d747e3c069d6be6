import type { ContractEventType } from '@app/domain';
import {
  contractProjection,
  dateOrNull,
  minus,
  moneyOrNull,
  plus,
  refOf,
  withAnomaly,
  type ContractFact,
  type ContractRowHandlers,
  type RowHandlers,
} from '../shared';
import { contractsTable, type ContractRow, type ResumeTo } from './contract.row';

type On<T extends ContractEventType> = (row: ContractRow, event: ContractFact<T>) => ContractRow;

const signed: On<'ContractSigned'> = (row, event) => {
  if (row.signed_source !== null) return withAnomaly(row, event, 'a second ContractSigned');
  const d = event.data;
  const t = d.terms;
  const total = moneyOrNull(t.total.taxInclusive);
  return {
    ...row,
    contract_number: t.contractNumber,
    project_name: t.projectName,
    client_name: t.parties.client.name,
    supplier_name: t.parties.supplier.name,
    currency: t.currency,
    status: 'active',
    signed_on: dateOrNull(d.occurredAt),
    service_start: dateOrNull(d.servicePeriod.start),
    service_end: dateOrNull(d.servicePeriod.end),
    signed_total: total,
    total,
    milestones: Object.fromEntries(
      t.acceptance.milestones.map((m) => [m.id, { kind: m.kind, acceptedOn: null, source: null }]),
    ),
    signed_source: refOf(event),
  };
};

// Status moves exactly as the decider's evolve (libs/domain/src/decider/lifecycle.evolve.ts).

const noticeIssued: On<'TerminationNoticeIssued'> = (row, event) => {
  const d = event.data;
  const notice = {
    noticeId: d.noticeId,
    by: d.by,
    rightId: d.rightId ?? null,
    issuedOn: dateOrNull(d.occurredAt),
    effectiveOn: dateOrNull(d.effectiveOn),
    source: refOf(event),
  };
  return { ...row, status: 'inNotice', notice };
};

const noticeWithdrawn: On<'TerminationNoticeWithdrawn'> = (row) =>
  row.status === 'suspended'
    ? { ...row, notice: null, resume_to: { status: 'active' } }
    : { ...row, status: 'active', notice: null };

const terminated: On<'ContractTerminated'> = (row, event) => ({
  ...row,
  status: 'terminated',
  terminated_on: dateOrNull(event.data.occurredAt),
  force_majeure: null,
  resume_to: null,
});

const holdoverEnded: On<'HoldoverEnded'> = (row, event) => {
  const holdover = {
    startedOn: row.holdover?.startedOn ?? null,
    endedOn: dateOrNull(event.data.occurredAt),
    fee: moneyOrNull(event.data.fee),
  };
  return { ...row, status: 'expired', holdover };
};

const forceMajeureDeclared: On<'ForceMajeureDeclared'> = (row, event) => {
  const resume_to: ResumeTo =
    row.status === 'inNotice'
      ? { status: 'inNotice' }
      : row.status === 'inHoldover'
        ? { status: 'inHoldover' }
        : { status: 'active' };
  const fm = {
    forceMajeureId: event.data.forceMajeureId,
    startedOn: dateOrNull(event.data.occurredAt),
    source: refOf(event),
  };
  return { ...row, status: 'suspended', force_majeure: fm, resume_to };
};

const forceMajeureEnded: On<'ForceMajeureEnded'> = (row, event) => {
  // 001 10.1: the performance period is extended by the time lost.
  const service_end = dateOrNull(event.data.extendedServiceEnd) ?? row.service_end;
  if (row.status !== 'suspended') return { ...row, service_end };
  const status = row.resume_to?.status ?? 'active';
  return { ...row, service_end, status, force_majeure: null, resume_to: null };
};

/** 000 第五条 3, 7: the year's budget moves the final installment, and so the total. */
const budgetAdjusted: On<'FinalPaymentAdjusted'> = (row, event) => {
  const d = event.data;
  const [next, previous] = [moneyOrNull(d.newAmount), moneyOrNull(d.previousAmount)];
  if (row.total === null || next === null || previous === null) {
    return withAnomaly(row, event, 'budget adjustment without a signed total or amounts');
  }
  return { ...row, total: plus(row.total, minus(next, previous)) };
};

/** A milestone accepted, or deemed accepted by the client's silence. */
function accepted(
  row: ContractRow,
  event: ContractFact,
  milestoneId: string,
  acceptedOn: string,
): ContractRow {
  const known = row.milestones[milestoneId];
  const milestone = {
    kind: known?.kind ?? 'unknown',
    acceptedOn: dateOrNull(acceptedOn),
    source: refOf(event),
  };
  const next = { ...row, milestones: { ...row.milestones, [milestoneId]: milestone } };
  return known ? next : withAnomaly(next, event, `unknown milestone ${milestoneId}`);
}

const breachNotice: On<'BreachNoticeIssued'> = (row, event) => {
  const d = event.data;
  const notice = {
    cureBy: dateOrNull(d.cureBy),
    by: d.by,
    issuedOn: dateOrNull(d.occurredAt),
    source: refOf(event),
  };
  return { ...row, breach_notices: { ...row.breach_notices, [d.noticeId]: notice } };
};

const breachCured: On<'BreachCured'> = (row, event) => {
  const { [event.data.noticeId]: cured, ...open } = row.breach_notices;
  if (!cured) return { ...row, breach_notices: open };
  const done = { ...cured, curedOn: dateOrNull(event.data.occurredAt), curedBy: refOf(event) };
  return {
    ...row,
    breach_notices: open,
    cured_breach_notices: { ...row.cured_breach_notices, [event.data.noticeId]: done },
  };
};

/** A notice withdrawn by its issuer is as if never given: it leaves the open notices (not cured). */
const breachNoticeWithdrawn: On<'BreachNoticeWithdrawn'> = (row, event) => {
  const { [event.data.noticeId]: withdrawn, ...open } = row.breach_notices;
  return withdrawn ? { ...row, breach_notices: open } : row;
};

/** Only what moves status, parties, totals or a deadline; stream_summary counts every event. */
const on: ContractRowHandlers<ContractRow> = {
  ContractSigned: signed,
  BondDeposited: 'ignore',
  BondDeducted: 'ignore',
  BondRefunded: 'ignore',
  InvoiceReceived: 'ignore',
  InvoiceRejected: 'ignore',
  PaymentApplicationConfirmed: 'ignore',
  PaymentRecorded: 'ignore',
  MilestoneAccepted: (row, e) => accepted(row, e, e.data.milestoneId, e.data.occurredAt),
  AcceptanceDeemed: (row, e) => accepted(row, e, e.data.milestoneId, e.data.deemedOn),
  PenaltyAssessed: 'ignore',
  PenaltyWaived: 'ignore',
  PenaltyPaid: 'ignore',
  LateInterestPaid: 'ignore',
  LateInterestWaived: 'ignore',
  PaymentRestrictionStarted: 'ignore',
  PaymentRestrictionEnded: 'ignore',
  BreachNoticeIssued: breachNotice,
  BreachNoticeWithdrawn: breachNoticeWithdrawn,
  BreachCured: breachCured,
  TerminationNoticeIssued: noticeIssued,
  TerminationNoticeWithdrawn: noticeWithdrawn,
  ContractTerminated: terminated,
  RefundPaid: 'ignore',
  ServicePeriodEnded: (row, e) => ({
    ...row,
    status: 'expired',
    service_ended_on: dateOrNull(e.data.serviceEnd),
  }),
  HoldoverStarted: (row, e) => ({
    ...row,
    status: 'inHoldover',
    holdover: { startedOn: dateOrNull(e.data.occurredAt), endedOn: null, fee: null },
  }),
  HoldoverEnded: holdoverEnded,
  HoldoverFeePaid: 'ignore',
  ForceMajeureDeclared: forceMajeureDeclared,
  ForceMajeureEnded: forceMajeureEnded,
  AmendmentSigned: (row, e) => ({ ...row, total: moneyOrNull(e.data.newTotal) ?? row.total }),
  FinalPaymentAdjusted: budgetAdjusted,
  CorrectionRecorded: 'ignore',
  ContractClosed: (row, e) => ({
    ...row,
    status: 'closed',
    closed_on: dateOrNull(e.occurredAt.slice(0, 10)),
  }),
};

/** Every handled event but the signing itself, on a contract not yet signed, is flagged. */
function flaggedBeforeSigning(handlers: RowHandlers<ContractRow>): RowHandlers<ContractRow> {
  const flagged = Object.entries(handlers).map(([type, handler]) => {
    if (handler === 'ignore' || type === 'ContractSigned') return [type, handler];
    const change = handler as (row: ContractRow, event: ContractFact) => ContractRow;
    return [
      type,
      (row: ContractRow, event: ContractFact) => {
        const next = change(row, event);
        return row.signed_source === null
          ? withAnomaly(next, event, 'before ContractSigned')
          : next;
      },
    ];
  });
  return Object.fromEntries(flagged) as RowHandlers<ContractRow>;
}

export const contractsProjection = contractProjection({
  name: 'contracts',
  table: contractsTable,
  on: flaggedBeforeSigning(on),
});
