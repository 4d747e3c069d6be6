import { assertNever, type CorrectableEventType } from '@app/domain';

/**
 * Which line of the ledger a row is: a typed value the projection builds from the event and
 * dispatches on. Only `lineKeyText` turns it into the text stored in rm_ledger_lines.line_key
 * (and the api shows as the line's id); nothing parses that text back.
 */
export type LedgerLineKey =
  /** ContractSigned: the `index`-th installment of the signed schedule. */
  | { line: 'schedule'; eventId: string; index: number }
  /** The primary line of a correctable fact, keyed by the fact so a correction can find it. */
  | { line: 'fact'; contractId: string; factType: CorrectableEventType; factId: string }
  /** A correctable fact recorded a second time under the same id: a flagged line of its own. */
  | { line: 'duplicate'; eventId: string }
  /** A penalty offset of a payment (000 第十二条 8): its `received` or its `penalties` side. */
  | { line: 'offset'; eventId: string; index: number; side: 'received' | 'penalties' }
  /** A correction's own lines: 0 the fact's account; 1, 2 a reversed payment's offsets. */
  | { line: 'correction'; eventId: string; n: 0 | 1 | 2 }
  /** The one line of an event that is not a correctable fact. */
  | { line: 'single'; eventId: string }
  /** An event too malformed to read: one flagged 0.00 line keeps its place. */
  | { line: 'unreadable'; eventId: string };

/** The stored text of a line key (the formats rows were first written with). */
export function lineKeyText(key: LedgerLineKey): string {
  switch (key.line) {
    case 'schedule':
      return `${key.eventId}/${key.index}`;
    case 'fact':
      return `${key.contractId}/${key.factType}/${key.factId}`;
    case 'duplicate':
      return `${key.eventId}/dup`;
    case 'offset':
      return `${key.eventId}/o${key.index}${key.side === 'received' ? 'r' : 'p'}`;
    case 'correction':
      return `${key.eventId}/${key.n}`;
    case 'single':
      return `${key.eventId}/0`;
    case 'unreadable':
      return `${key.eventId}/unreadable`;
    default:
      return assertNever(key, 'ledger line key');
  }
}

/** Every line but a fact's primary line is keyed by its own event: it cannot exist before it. */
export function isOwnLine(key: LedgerLineKey): boolean {
  return key.line !== 'fact';
}
