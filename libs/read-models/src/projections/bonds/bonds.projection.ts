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
  refOf,
  sum,
  withAnomaly,
} from '../shared';
import type { BondRow } from './bond.row';

const EVENT_TYPES = [
  'ContractSigned',
  'BondDeposited',
  'BondDeducted',
  'BondRefunded',
  'CorrectionRecorded',
  'MilestoneAccepted',
  'AcceptanceDeemed',
  'ServicePeriodEnded',
  'ContractTerminated',
];

export function blankBond(contractId: string, event: RecordedEvent): BondRow {
  return {
    contract_id: contractId,
    stream_id: event.streamId,
    required: null,
    signed_on: null,
    deposit_within: null,
    refund_terms: null,
    deduction_rules: [],
    final_milestone_id: null,
    final_accepted_on: null,
    service_ended_on: null,
    terminated_on: null,
    deposit: null,
    deductions: [],
    refund: null,
    deposited: '0.00',
    deducted: '0.00',
    refunded: '0.00',
    held: '0.00',
    signed_source: null,
    last_position: event.position.toString(),
    anomalies: [],
  };
}

function withBalance(row: BondRow): BondRow {
  const deposited = row.deposit?.amount ?? '0.00';
  const deducted = sum(row.deductions.filter((d) => !d.reversed).map((d) => d.amount));
  const refunded = row.refund?.amount ?? '0.00';
  return {
    ...row,
    deposited,
    deducted,
    refunded,
    held: minus(minus(deposited, deducted), refunded),
  };
}

function signed(row: BondRow, event: RecordedEvent): BondRow {
  if (row.signed_source !== null) return withAnomaly(row, event, 'a second ContractSigned');
  const d = dataAs(event, 'ContractSigned');
  const bond = d.terms.bond;
  return {
    ...row,
    required: moneyOrNull(d.bondAmount),
    signed_on: dateOrNull(d.occurredAt),
    deposit_within: bond?.depositWithin ?? null,
    refund_terms: bond?.refund ?? null,
    deduction_rules: bond?.deductions ?? [],
    final_milestone_id: d.terms.acceptance.milestones.find((m) => m.kind === 'final')?.id ?? null,
    signed_source: refOf(event),
  };
}

function movement(row: BondRow, event: RecordedEvent): BondRow {
  const noBond = row.required === null ? ['a bond movement on a contract without a bond'] : [];
  let next: BondRow;
  if (event.type === 'BondDeposited') {
    const d = dataAs(event, 'BondDeposited');
    if (row.deposit) return withAnomaly(row, event, 'a second bond deposit');
    const deposit = {
      amount: moneyOrNull(d.amount) ?? '0.00',
      depositedOn: dateOrNull(d.occurredAt),
      required: moneyOrNull(d.required),
      dueBy: dateOrNull(d.dueBy),
      calendarVersion: d.calendarVersion ?? null,
      instrument: typeof d.instrument === 'string' ? d.instrument : null,
      flags: d.flags ?? [],
      source: refOf(event),
      recordedAt: event.recordedAt,
    };
    next = { ...row, deposit };
  } else if (event.type === 'BondDeducted') {
    const d = dataAs(event, 'BondDeducted');
    const amount = moneyOrNull(d.amount) ?? '0.00';
    const deduction = {
      deductionId: d.deductionId,
      ruleId: d.ruleId ?? null,
      amount,
      originalAmount: amount,
      reason: d.reason,
      review: d.review ?? null,
      deductedOn: dateOrNull(d.occurredAt),
      balanceAfter: moneyOrNull(d.balanceAfter),
      reversed: false,
      source: refOf(event),
      corrections: [],
    };
    next = { ...row, deductions: [...row.deductions, deduction] };
  } else {
    if (row.refund) return withAnomaly(row, event, 'a second bond refund');
    const d = dataAs(event, 'BondRefunded');
    const refund = {
      amount: moneyOrNull(d.amount) ?? '0.00',
      refundedOn: dateOrNull(d.occurredAt),
      flags: d.flags ?? [],
      source: refOf(event),
    };
    next = { ...row, refund };
  }
  return noBond.reduce((r, problem) => withAnomaly(r, event, problem), withBalance(next));
}

/** CorrectionRecorded on a BondDeducted: reverse it or amend its amount / date. */
function corrected(row: BondRow, event: RecordedEvent): BondRow {
  const d = dataAs(event, 'CorrectionRecorded');
  if (d.target.type !== 'BondDeducted') return row;
  const target = row.deductions.find((x) => x.deductionId === d.target.factId);
  if (!target)
    return withAnomaly(row, event, `correction of unknown BondDeducted ${d.target.factId}`);
  const deductions = row.deductions.map((x) =>
    x !== target
      ? x
      : {
          ...x,
          reversed: x.reversed || d.action === 'reverse',
          amount: moneyOrNull(d.amended?.amount ?? null) ?? x.amount,
          deductedOn: dateOrNull(d.amended?.occurredAt ?? null) ?? x.deductedOn,
          corrections: [...x.corrections, refOf(event)],
        },
  );
  return withBalance({ ...row, deductions });
}

/** The facts the refund deadline hangs on (001 4.2: final acceptance and the assessment). */
function triggers(row: BondRow, event: RecordedEvent): BondRow {
  const accepted = acceptanceOf(event);
  if (accepted) {
    return accepted.milestoneId === row.final_milestone_id
      ? { ...row, final_accepted_on: dateOrNull(accepted.acceptedOn) }
      : row;
  }
  if (event.type === 'ServicePeriodEnded') {
    return { ...row, service_ended_on: dateOrNull(dataAs(event, 'ServicePeriodEnded').serviceEnd) };
  }
  return { ...row, terminated_on: dateOrNull(dataAs(event, 'ContractTerminated').occurredAt) };
}

const bonds: Projection<BondRow> = {
  name: 'bonds',
  table: 'rm_bonds',
  key: 'contract_id',
  eventTypes: EVENT_TYPES,
  keysOf: contractKey,
  evolve(current, event, key) {
    return evolveRow(
      current,
      () => blankBond(key, event),
      event,
      (row) => change(row, event),
    );
  },
};

function change(row: BondRow, event: RecordedEvent): BondRow {
  switch (event.type) {
    case 'ContractSigned':
      return signed(row, event);
    case 'BondDeposited':
    case 'BondDeducted':
    case 'BondRefunded':
      return movement(row, event);
    case 'CorrectionRecorded':
      return corrected(row, event);
    default:
      return triggers(row, event);
  }
}

export const bondsProjection = neverThrow(bonds, blankBond);
