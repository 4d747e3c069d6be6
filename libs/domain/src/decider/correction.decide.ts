import type { DecideTable } from './decide-table';
import type { RecordCorrection } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { CorrectableEventType } from '../events/correction-recorded.event';
import { assertNever } from '../shared/decider';
import { LocalDate } from '../shared/local-date';
import { compareMoney, dec, Money, toMoney } from '../shared/money';
import type { ContractFile, ContractState, SignedState } from './contract.state';
import { bondBalance, DecideContext, penaltyOutstanding, refundsPaid } from './contract.queries';
import { fail } from './domain-errors';
import { recordedOnce, requireSigned } from './guards';
import { parseRecordCorrection } from './correction.input';
import { invoiceFlags, paymentFlags } from './payment.decide';
import { refundFlags } from './refund.decide';

interface Fact {
  amount: Money;
  date: LocalDate;
  reversed: boolean;
}

/**
 * Correct an earlier fact without editing it: reverse it, or amend its amount and/or date. The
 * fact is named by the id its command chose (paymentId, invoiceId, deductionId, penaltyId, refundId).
 * Flags of the amended fact are recomputed (a mistyped payment loses its "overpayment").
 */
export function decideRecordCorrection(
  command: RecordCorrection,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const s = requireSigned(state);
  const input = parseRecordCorrection(command.data, s);
  const { occurredAt, correctionId, target, action, reason } = input;
  const resent = recordedOnce(
    s.file.corrections[correctionId],
    (c) => ({ type: c.targetType, factId: c.factId, action: c.action }),
    { ...target, action },
    { field: 'data.correctionId', id: correctionId },
  );
  if (resent) return [];
  const fact = findFact(s.file, target.type, target.factId);
  if (fact.reversed)
    fail(
      'CORRECTION_TARGET_REVERSED',
      `${target.type} ${target.factId} was already reversed`,
      'data.target.factId',
    );
  const base = { occurredAt, correctionId, target, action, reason };
  if (input.action === 'reverse') {
    checkReversal(s.file, target.type, target.factId);
    return [{ type: 'CorrectionRecorded', data: { ...base, amended: null, flags: [] } }];
  }
  const amount = input.amount ?? fact.amount;
  const date = input.date ?? fact.date;
  if (compareMoney(amount, fact.amount) === 0 && date === fact.date)
    fail(
      'CORRECTION_NOT_APPLICABLE',
      `The amendment changes nothing on ${target.type} ${target.factId}`,
      'data.amended',
    );
  checkAmendment(s.file, target.type, target.factId, amount, fact.amount);
  const flags = recomputedFlags(s, target.type, target.factId, amount, date, ctx);
  const amended = { amount: input.amount, occurredAt: input.date };
  return [{ type: 'CorrectionRecorded', data: { ...base, amended, flags } }];
}

function findFact(file: ContractFile, type: CorrectableEventType, id: string): Fact {
  const missing = (): never =>
    fail('UNKNOWN_CORRECTION_TARGET', `No ${type} with id "${id}"`, 'data.target.factId');
  switch (type) {
    case 'PaymentRecorded': {
      const f = file.payments.get(id) ?? missing();
      return { amount: f.amount, date: f.paidOn, reversed: f.reversed };
    }
    case 'InvoiceReceived': {
      const f = file.invoices[id] ?? missing();
      return { amount: f.amount, date: f.receivedOn, reversed: f.reversed };
    }
    case 'BondDeducted': {
      const f = file.bond?.deductions[id] ?? missing();
      return { amount: f.amount, date: f.deductedOn, reversed: f.reversed };
    }
    case 'PenaltyAssessed': {
      const f = file.penalties[id] ?? missing();
      return { amount: f.amount, date: f.assessedOn, reversed: f.reversed };
    }
    case 'RefundPaid': {
      const f = file.refunds[id] ?? missing();
      return { amount: f.amount, date: f.paidOn, reversed: f.reversed };
    }
    default:
      return assertNever(type, 'correctable event type');
  }
}

/** A penalty already deducted from a payment cannot vanish underneath it. */
function checkReversal(file: ContractFile, type: CorrectableEventType, id: string): void {
  if (type !== 'PenaltyAssessed') return;
  const p = file.penalties[id];
  if (compareMoney(penaltyOutstanding(file, p), p.amount) !== 0 && !p.waived) {
    fail(
      'CORRECTION_NOT_APPLICABLE',
      `Penalty ${id} was offset against a payment: correct that payment first`,
      'data.target.factId',
    );
  }
}

function checkAmendment(
  file: ContractFile,
  type: CorrectableEventType,
  id: string,
  amount: Money,
  old: Money,
): void {
  if (type === 'BondDeducted' && file.bond) {
    const room = toMoney(dec(bondBalance(file.bond)).plus(dec(old)));
    if (compareMoney(amount, room) > 0)
      fail('BOND_BALANCE_EXCEEDED', `The bond can cover at most ${room}`, 'data.amended.amount');
  }
  if (type === 'PenaltyAssessed') {
    const p = file.penalties[id];
    const used = dec(p.amount).minus(dec(penaltyOutstanding(file, p)));
    if (dec(amount).lessThan(used))
      fail(
        'CORRECTION_NOT_APPLICABLE',
        `${toMoney(used)} of penalty ${id} is already offset or waived`,
        'data.amended.amount',
      );
  }
}

function recomputedFlags(
  s: SignedState,
  type: CorrectableEventType,
  id: string,
  amount: Money,
  date: LocalDate,
  ctx: DecideContext,
): string[] {
  const file = s.file;
  switch (type) {
    case 'PaymentRecorded':
      return paymentFlags(file, { ...file.payments.get(id)!, amount, paidOn: date }, ctx).flags;
    case 'InvoiceReceived':
      return invoiceFlags(file, file.invoices[id].installmentId, amount, id);
    case 'RefundPaid': {
      if (s.status !== 'terminated' && s.status !== 'closed') return [];
      const termination = s.termination;
      if (!termination) return [];
      const others = toMoney(dec(refundsPaid(file)).minus(dec(file.refunds[id].amount)));
      return refundFlags(
        termination,
        toMoney(dec(termination.refundDue).minus(dec(others))),
        amount,
        date,
      );
    }
    case 'BondDeducted':
    case 'PenaltyAssessed':
      return [];
    default:
      return assertNever(type, 'correctable event type');
  }
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const CORRECTION_DECIDE = {
  RecordCorrection: decideRecordCorrection,
} satisfies Partial<DecideTable>;
