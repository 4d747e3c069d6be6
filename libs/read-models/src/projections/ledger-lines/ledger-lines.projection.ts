import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import { contractIdOf, dataAs, dataOf, moneyOrNull } from '../shared';
import { correctedFact, correctionKeys, correctionLine } from './ledger-corrections.evolve';
import { factLine, line, offsetLine } from './ledger-line.builders';
import { simpleLine } from './ledger-simple-lines.builders';
import {
  CORRECTABLE,
  factKey,
  lineKey,
  type LedgerAccount,
  type LedgerLineKind,
  type LedgerLineRow,
} from './ledger-line.row';

const SIMPLE = [
  'PenaltyWaived',
  'PenaltyPaid',
  'BondDeposited',
  'BondRefunded',
  'ContractTerminated',
  'HoldoverEnded',
  'ForceMajeureEnded',
  'FinalPaymentAdjusted',
  'AmendmentSigned',
];

/** The fact key of a correctable event (its id field, or the event id if that is missing). */
function primaryKey(event: RecordedEvent, contractId: string): string {
  const id = dataOf(event)[CORRECTABLE[event.type].idField];
  return factKey(contractId, event.type, typeof id === 'string' ? id : `?${event.eventId}`);
}

/** Never throws: a malformed event still gets (one flagged) line. */
function keysOf(event: RecordedEvent): string[] {
  const contractId = contractIdOf(event);
  if (contractId === null) return [];
  try {
    return keysOfFact(event, contractId);
  } catch {
    return [lineKey(event.eventId, 'unreadable')];
  }
}

function keysOfFact(event: RecordedEvent, contractId: string): string[] {
  if (event.type === 'ContractSigned') {
    return dataAs(event, 'ContractSigned').installments.map((_, i) => lineKey(event.eventId, i));
  }
  if (event.type === 'CorrectionRecorded') return correctionKeys(event);
  if (CORRECTABLE[event.type]) {
    const offsets =
      event.type === 'PaymentRecorded'
        ? (dataAs(event, 'PaymentRecorded').penaltyOffsets ?? []).flatMap((_, i) => [
            lineKey(event.eventId, `o${i}r`),
            lineKey(event.eventId, `o${i}p`),
          ])
        : [];
    return [primaryKey(event, contractId), lineKey(event.eventId, 'dup'), ...offsets];
  }
  return SIMPLE.includes(event.type) ? [lineKey(event.eventId, 0)] : [];
}

/** ContractSigned: one line per installment of the signed schedule (what the client owes). */
function scheduleLine(event: RecordedEvent, key: string): LedgerLineRow | null {
  const index = Number(key.slice(key.lastIndexOf('/') + 1));
  const installment = dataAs(event, 'ContractSigned').installments[index];
  const amount = moneyOrNull(installment?.amount);
  return line(event, key, index, {
    kind: 'schedule',
    account: 'expected',
    amount: amount ?? '0.00',
    installmentId: installment?.id ?? null,
    description: `Installment ${installment?.id} scheduled at signing`,
    flags: amount === null ? ['invalidAmount'] : [],
  });
}

/**
 * Every money movement of every contract as a line (issue #5 payment ledger): one row per line,
 * written once. Correctable facts are keyed by fact id so corrections find them; a correction is
 * a line of its own referring to the corrected fact, never an edit of the original line's amount.
 */
export const ledgerLinesProjection: Projection<LedgerLineRow> = {
  name: 'ledger_lines',
  table: 'rm_ledger_lines',
  key: 'line_key',
  eventTypes: ['ContractSigned', 'CorrectionRecorded', ...Object.keys(CORRECTABLE), ...SIMPLE],
  keysOf,
  // Lines keyed by the event's own id cannot exist before it: the runner never looks them up.
  isFreshKey: (key, event) => key.startsWith(`${event.eventId}/`),
  evolve(row, event, key, read) {
    try {
      if (row !== null && row.event_id === event.eventId) return row; // never applied twice
      if (key === lineKey(event.eventId, 'unreadable')) return unreadable(event, key);
      if (event.type === 'ContractSigned') return scheduleLine(event, key);
      if (event.type === 'CorrectionRecorded') {
        return key.startsWith(`${event.eventId}/`)
          ? correctionLine(event, key, read)
          : correctedFact(event, row);
      }
      if (CORRECTABLE[event.type]) {
        const primary = primaryKey(event, contractIdOf(event)!);
        if (key === primary) return row ?? factLine(event, key, 0);
        if (key.endsWith('/dup')) {
          // The same fact id recorded twice: the second is kept as a flagged line of its own.
          const first = read(primary);
          if (first === null || first.event_id === event.eventId) return null;
          const dup = factLine(event, key, 0);
          return { ...dup, fact: null, flags: [...dup.flags, 'duplicateFactId'] };
        }
        const side = key.endsWith('r') ? 'r' : 'p';
        return offsetLine(event, key, Number(key.slice(key.lastIndexOf('/o') + 2, -1)), side);
      }
      return simpleLine(event, key);
    } catch {
      // A fact too malformed to read is still a fact: a flagged 0.00 line keeps its place.
      return row ?? (key === keysOf(event)[0] ? unreadable(event, key) : null);
    }
  },
};

/** Kind and account of each event type's main line, for a line that could not be read. */
const MAIN_LINE: Record<string, [LedgerLineKind, LedgerAccount]> = {
  ContractSigned: ['schedule', 'expected'],
  CorrectionRecorded: ['correction', 'received'],
  PenaltyWaived: ['penalty_waiver', 'penalties'],
  PenaltyPaid: ['penalty_payment', 'penalties'],
  BondDeposited: ['bond_deposit', 'bond'],
  BondRefunded: ['bond_refund', 'bond'],
  ContractTerminated: ['refund_due', 'refund'],
  HoldoverEnded: ['holdover_fee', 'holdover'],
  ForceMajeureEnded: ['force_majeure_deduction', 'deductions'],
  FinalPaymentAdjusted: ['budget_adjustment', 'expected'],
  AmendmentSigned: ['amendment', 'expected'],
  ...Object.fromEntries(Object.entries(CORRECTABLE).map(([t, c]) => [t, [c.kind, c.account]])),
};

function unreadable(event: RecordedEvent, key: string): LedgerLineRow {
  const [kind, account] = MAIN_LINE[event.type] ?? ['correction', 'received'];
  return line(event, key, 0, {
    kind,
    account,
    amount: '0.00',
    description: `${event.type} could not be read`,
    flags: ['unreadable'],
  });
}
