import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import {
  contractFactOf,
  contractIdOf,
  decisionOf,
  handledTypes,
  moneyOrNull,
  type ContractFact,
} from '../shared';
import { correction } from './ledger-corrections.evolve';
import { correctable } from './ledger-facts.evolve';
import type { LedgerHandler, LedgerHandlers } from './ledger-handler';
import { line } from './ledger-line.builders';
import { isOwnLine, lineKeyText, type LedgerLineKey } from './ledger-line-key';
import { ledgerLinesTable, type LedgerLineRow } from './ledger-line.row';
import {
  amendment,
  bondDeposited,
  bondRefunded,
  budgetAdjustment,
  forceMajeureDeduction,
  holdoverFee,
  holdoverFeePaid,
  lateInterestPaid,
  penaltyPaid,
  penaltyWaived,
  refundDue,
} from './ledger-simple-lines.builders';

/** ContractSigned: one line per installment of the signed schedule (what the client owes). */
const schedule: LedgerHandler<ContractFact<'ContractSigned'>> = {
  main: ['schedule', 'expected'],
  keys: (event) =>
    event.data.installments.map((_, index) => ({
      line: 'schedule',
      eventId: event.eventId,
      index,
    })),
  line(event, key) {
    if (key.line !== 'schedule') return null;
    const installment = event.data.installments[key.index];
    const amount = moneyOrNull(installment?.amount);
    return line(event, key, key.index, {
      kind: 'schedule',
      account: 'expected',
      amount: amount ?? '0.00',
      installmentId: installment?.id ?? null,
      description: `Installment ${installment?.id} scheduled at signing`,
      flags: amount === null ? ['invalidAmount'] : [],
    });
  },
};

/** Every contract event type: the lines it writes, or 'ignore' when it moves no money. */
const on: LedgerHandlers = {
  ContractSigned: schedule,
  BondDeposited: bondDeposited,
  BondDeducted: correctable('BondDeducted'),
  BondRefunded: bondRefunded,
  InvoiceReceived: correctable('InvoiceReceived'),
  // 001 4.2: a rejection moves no money; the invoice line stays (the schedule shows the rejection).
  InvoiceRejected: 'ignore',
  PaymentApplicationConfirmed: 'ignore',
  PaymentRecorded: correctable('PaymentRecorded'),
  MilestoneAccepted: 'ignore',
  AcceptanceDeemed: 'ignore',
  PenaltyAssessed: correctable('PenaltyAssessed'),
  PenaltyWaived: penaltyWaived,
  PenaltyPaid: penaltyPaid,
  LateInterestPaid: lateInterestPaid,
  LateInterestWaived: 'ignore',
  PaymentRestrictionStarted: 'ignore',
  PaymentRestrictionEnded: 'ignore',
  ContractTerminated: refundDue,
  RefundPaid: correctable('RefundPaid'),
  ServicePeriodEnded: 'ignore',
  HoldoverStarted: 'ignore',
  HoldoverEnded: holdoverFee,
  HoldoverFeePaid: holdoverFeePaid,
  ForceMajeureDeclared: 'ignore',
  ForceMajeureEnded: forceMajeureDeduction,
  AmendmentSigned: amendment,
  FinalPaymentAdjusted: budgetAdjustment,
  CorrectionRecorded: correction,
  ContractClosed: 'ignore',
};

/** The handler of a recorded event, typed for the fact (TypeScript cannot correlate the two). */
function handlerOf(
  event: RecordedEvent,
): { fact: ContractFact; h: LedgerHandler<ContractFact> } | null {
  const fact = contractFactOf(event);
  const h = fact === null ? 'ignore' : decisionOf(on, fact.type);
  return fact === null || h === 'ignore' ? null : { fact, h: h as LedgerHandler<ContractFact> };
}

/** Never throws: a malformed event still gets (one flagged) line. */
function keysOf(event: RecordedEvent): LedgerLineKey[] {
  const contractId = contractIdOf(event);
  const handled = handlerOf(event);
  if (contractId === null || handled === null) return [];
  try {
    return handled.h.keys(handled.fact, contractId);
  } catch {
    return [{ line: 'unreadable', eventId: event.eventId }];
  }
}

function unreadable(event: RecordedEvent, key: LedgerLineKey, h: LedgerHandler<ContractFact>) {
  const [kind, account] = h.main;
  return line(event, key, 0, {
    kind,
    account,
    amount: '0.00',
    description: `${event.type} could not be read`,
    flags: ['unreadable'],
  });
}

/**
 * Every money movement of every contract as a line (issue #5 payment ledger): one row per line,
 * written once. Correctable facts are keyed by fact id so corrections find them; a correction is
 * a line of its own referring to the corrected fact, never an edit of the original line's amount.
 */
export const ledgerLinesProjection: Projection<LedgerLineRow, LedgerLineKey> = {
  name: 'ledger_lines',
  table: ledgerLinesTable.name,
  key: ledgerLinesTable.key,
  eventTypes: handledTypes(on),
  keysOf,
  keyText: lineKeyText,
  // Lines keyed by the event's own id cannot exist before it: the runner never looks them up.
  isFreshKey: isOwnLine,
  evolve(row, event, key, read) {
    const handled = handlerOf(event);
    if (handled === null) return row;
    const contractId = contractIdOf(event)!;
    try {
      if (row !== null && row.event_id === event.eventId) return row; // never applied twice
      if (key.line === 'unreadable') return unreadable(event, key, handled.h);
      return handled.h.line(handled.fact, key, row, read, contractId);
    } catch {
      // A fact too malformed to read is still a fact: a flagged 0.00 line keeps its place.
      const first = keysOf(event)[0];
      const isFirst = first !== undefined && lineKeyText(first) === lineKeyText(key);
      return row ?? (isFirst ? unreadable(event, key, handled.h) : null);
    }
  },
};
