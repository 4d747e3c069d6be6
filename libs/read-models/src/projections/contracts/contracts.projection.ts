import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import {
  acceptanceOf,
  contractKey,
  dataAs,
  evolveRow,
  dateOrNull,
  minus,
  moneyOrNull,
  neverThrow,
  plus,
  refOf,
  withAnomaly,
} from '../shared';
import type { ContractRow, ResumeTo } from './contract.row';

/** Only what moves status, parties, totals or a deadline; stream_summary counts every event. */
const EVENT_TYPES = [
  'ContractSigned',
  'TerminationNoticeIssued',
  'TerminationNoticeWithdrawn',
  'ContractTerminated',
  'ServicePeriodEnded',
  'HoldoverStarted',
  'HoldoverEnded',
  'ForceMajeureDeclared',
  'ForceMajeureEnded',
  'ContractClosed',
  'AmendmentSigned',
  'FinalPaymentAdjusted',
  'MilestoneAccepted',
  'AcceptanceDeemed',
  'BreachNoticeIssued',
  'BreachCured',
];

export function blankContract(contractId: string, event: RecordedEvent): ContractRow {
  return {
    contract_id: contractId,
    stream_id: event.streamId,
    contract_number: null,
    project_name: null,
    client_name: null,
    supplier_name: null,
    currency: null,
    status: 'draft',
    resume_to: null,
    signed_on: null,
    service_start: null,
    service_end: null,
    service_ended_on: null,
    signed_total: null,
    total: null,
    terminated_on: null,
    closed_on: null,
    notice: null,
    force_majeure: null,
    holdover: null,
    breach_notices: {},
    milestones: {},
    signed_source: null,
    last_position: event.position.toString(),
    anomalies: [],
  };
}

function signed(row: ContractRow, event: RecordedEvent): ContractRow {
  if (row.signed_source !== null) return withAnomaly(row, event, 'a second ContractSigned');
  const d = dataAs(event, 'ContractSigned');
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
}

/** Status moves exactly as the decider's evolve (libs/domain/src/decider/lifecycle.evolve.ts). */
function lifecycle(row: ContractRow, event: RecordedEvent): ContractRow {
  switch (event.type) {
    case 'TerminationNoticeIssued': {
      const d = dataAs(event, 'TerminationNoticeIssued');
      const notice = {
        noticeId: d.noticeId,
        by: d.by,
        rightId: d.rightId ?? null,
        issuedOn: dateOrNull(d.occurredAt),
        effectiveOn: dateOrNull(d.effectiveOn),
        source: refOf(event),
      };
      return { ...row, status: 'inNotice', notice };
    }
    case 'TerminationNoticeWithdrawn':
      if (row.status === 'suspended')
        return { ...row, notice: null, resume_to: { status: 'active' } };
      return { ...row, status: 'active', notice: null };
    case 'ContractTerminated': {
      const on = dateOrNull(dataAs(event, 'ContractTerminated').occurredAt);
      return {
        ...row,
        status: 'terminated',
        terminated_on: on,
        force_majeure: null,
        resume_to: null,
      };
    }
    case 'ServicePeriodEnded': {
      const end = dateOrNull(dataAs(event, 'ServicePeriodEnded').serviceEnd);
      return { ...row, status: 'expired', service_ended_on: end };
    }
    case 'HoldoverStarted': {
      const startedOn = dateOrNull(dataAs(event, 'HoldoverStarted').occurredAt);
      return { ...row, status: 'inHoldover', holdover: { startedOn, endedOn: null, fee: null } };
    }
    case 'HoldoverEnded': {
      const d = dataAs(event, 'HoldoverEnded');
      const holdover = {
        startedOn: row.holdover?.startedOn ?? null,
        endedOn: dateOrNull(d.occurredAt),
        fee: moneyOrNull(d.fee),
      };
      return { ...row, status: 'expired', holdover };
    }
    case 'ContractClosed':
      return { ...row, status: 'closed', closed_on: dateOrNull(event.occurredAt.slice(0, 10)) };
    default:
      return forceMajeure(row, event);
  }
}

function forceMajeure(row: ContractRow, event: RecordedEvent): ContractRow {
  if (event.type === 'ForceMajeureDeclared') {
    const d = dataAs(event, 'ForceMajeureDeclared');
    const resume_to: ResumeTo =
      row.status === 'inNotice'
        ? { status: 'inNotice' }
        : row.status === 'inHoldover'
          ? { status: 'inHoldover' }
          : { status: 'active' };
    const fm = {
      forceMajeureId: d.forceMajeureId,
      startedOn: dateOrNull(d.occurredAt),
      source: refOf(event),
    };
    return { ...row, status: 'suspended', force_majeure: fm, resume_to };
  }
  const d = dataAs(event, 'ForceMajeureEnded');
  // 001 10.1: the performance period is extended by the time lost.
  const service_end = dateOrNull(d.extendedServiceEnd) ?? row.service_end;
  if (row.status !== 'suspended') return { ...row, service_end };
  const status = row.resume_to?.status ?? 'active';
  return { ...row, service_end, status, force_majeure: null, resume_to: null };
}

function money(row: ContractRow, event: RecordedEvent): ContractRow {
  if (event.type === 'AmendmentSigned') {
    return { ...row, total: moneyOrNull(dataAs(event, 'AmendmentSigned').newTotal) ?? row.total };
  }
  const d = dataAs(event, 'FinalPaymentAdjusted');
  const [next, previous] = [moneyOrNull(d.newAmount), moneyOrNull(d.previousAmount)];
  if (row.total === null || next === null || previous === null) {
    return withAnomaly(row, event, 'budget adjustment without a signed total or amounts');
  }
  return { ...row, total: plus(row.total, minus(next, previous)) };
}

function performance(row: ContractRow, event: RecordedEvent): ContractRow {
  const accepted = acceptanceOf(event);
  if (accepted) {
    const known = row.milestones[accepted.milestoneId];
    const milestone = {
      kind: known?.kind ?? 'unknown',
      acceptedOn: dateOrNull(accepted.acceptedOn),
      source: refOf(event),
    };
    const next = { ...row, milestones: { ...row.milestones, [accepted.milestoneId]: milestone } };
    return known ? next : withAnomaly(next, event, `unknown milestone ${accepted.milestoneId}`);
  }
  if (event.type === 'BreachNoticeIssued') {
    const d = dataAs(event, 'BreachNoticeIssued');
    const notice = { cureBy: dateOrNull(d.cureBy), by: d.by, source: refOf(event) };
    return { ...row, breach_notices: { ...row.breach_notices, [d.noticeId]: notice } };
  }
  const { noticeId } = dataAs(event, 'BreachCured');
  const { [noticeId]: _cured, ...open } = row.breach_notices;
  return { ...row, breach_notices: open };
}

const contracts: Projection<ContractRow> = {
  name: 'contracts',
  table: 'rm_contracts',
  key: 'contract_id',
  eventTypes: EVENT_TYPES,
  keysOf: contractKey,
  evolve(current, event, key) {
    return evolveRow(
      current,
      () => blankContract(key, event),
      event,
      (row) => change(row, event),
    );
  },
};

function change(row: ContractRow, event: RecordedEvent): ContractRow {
  if (event.type === 'ContractSigned') return signed(row, event);
  const next = ['AmendmentSigned', 'FinalPaymentAdjusted'].includes(event.type)
    ? money(row, event)
    : ['MilestoneAccepted', 'AcceptanceDeemed', 'BreachNoticeIssued', 'BreachCured'].includes(
          event.type,
        )
      ? performance(row, event)
      : lifecycle(row, event);
  return row.signed_source === null ? withAnomaly(next, event, 'before ContractSigned') : next;
}

export const contractsProjection = neverThrow(contracts, blankContract);
