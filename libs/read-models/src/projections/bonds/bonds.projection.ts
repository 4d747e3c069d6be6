import type { ContractEventType } from '@app/domain';
import {
  contractProjection,
  dateOrNull,
  minus,
  moneyOrNull,
  refOf,
  sum,
  withAnomaly,
  type ContractFact,
  type RowHandlers,
} from '../shared';
import { bondsTable, type BondRow } from './bond.row';

type On<T extends ContractEventType> = (row: BondRow, event: ContractFact<T>) => BondRow;

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

const signed: On<'ContractSigned'> = (row, event) => {
  if (row.signed_source !== null) return withAnomaly(row, event, 'a second ContractSigned');
  const d = event.data;
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
};

/** A bond movement: the balance after it; on a contract without a bond it is flagged. */
function moved(row: BondRow, event: ContractFact, next: BondRow): BondRow {
  const noBond = row.required === null ? ['a bond movement on a contract without a bond'] : [];
  return noBond.reduce((r, problem) => withAnomaly(r, event, problem), withBalance(next));
}

const deposited: On<'BondDeposited'> = (row, event) => {
  if (row.deposit) return withAnomaly(row, event, 'a second bond deposit');
  const d = event.data;
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
  return moved(row, event, { ...row, deposit });
};

const deducted: On<'BondDeducted'> = (row, event) => {
  const d = event.data;
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
  return moved(row, event, { ...row, deductions: [...row.deductions, deduction] });
};

const refunded: On<'BondRefunded'> = (row, event) => {
  if (row.refund) return withAnomaly(row, event, 'a second bond refund');
  const d = event.data;
  const refund = {
    amount: moneyOrNull(d.amount) ?? '0.00',
    refundedOn: dateOrNull(d.occurredAt),
    flags: d.flags ?? [],
    source: refOf(event),
  };
  return moved(row, event, { ...row, refund });
};

/** CorrectionRecorded on a BondDeducted: reverse it or amend its amount / date. */
const corrected: On<'CorrectionRecorded'> = (row, event) => {
  const d = event.data;
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
};

/** The facts the refund deadline hangs on (001 4.2: final acceptance and the assessment). */
function accepted(row: BondRow, milestoneId: string, acceptedOn: string): BondRow {
  return milestoneId === row.final_milestone_id
    ? { ...row, final_accepted_on: dateOrNull(acceptedOn) }
    : row;
}

const on: RowHandlers<BondRow> = {
  ContractSigned: signed,
  BondDeposited: deposited,
  // A failed review lets the client keep part of the bond (001 6.2): only BondDeducted moves it.
  BondDeducted: deducted,
  BondRefunded: refunded,
  InvoiceReceived: 'ignore',
  InvoiceRejected: 'ignore',
  PaymentApplicationConfirmed: 'ignore',
  PaymentRecorded: 'ignore',
  MilestoneAccepted: (row, e) => accepted(row, e.data.milestoneId, e.data.occurredAt),
  AcceptanceDeemed: (row, e) => accepted(row, e.data.milestoneId, e.data.deemedOn),
  PenaltyAssessed: 'ignore',
  PenaltyWaived: 'ignore',
  PenaltyPaid: 'ignore',
  LateInterestPaid: 'ignore',
  LateInterestWaived: 'ignore',
  PaymentRestrictionStarted: 'ignore',
  PaymentRestrictionEnded: 'ignore',
  ContractTerminated: (row, e) => ({ ...row, terminated_on: dateOrNull(e.data.occurredAt) }),
  RefundPaid: 'ignore',
  ServicePeriodEnded: (row, e) => ({ ...row, service_ended_on: dateOrNull(e.data.serviceEnd) }),
  HoldoverStarted: 'ignore',
  HoldoverEnded: 'ignore',
  HoldoverFeePaid: 'ignore',
  ForceMajeureDeclared: 'ignore',
  ForceMajeureEnded: 'ignore',
  AmendmentSigned: 'ignore',
  FinalPaymentAdjusted: 'ignore',
  CorrectionRecorded: corrected,
  ContractClosed: 'ignore',
};

export const bondsProjection = contractProjection({ name: 'bonds', table: bondsTable, on });
