import type { RecordedEvent } from '@app/event-store';
import type { ContractFact, ContractRowType, FigureMovingType, FigureNeutralType } from '../shared';
import type { LedgerLineKey } from './ledger-line-key';
import type { LedgerAccount, LedgerLineKind, LedgerLineRow } from './ledger-line.row';

/** What the ledger does with one event type (E: its recorded event): which lines it writes, and each line. */
export interface LedgerHandler<E extends RecordedEvent> {
  /** Kind and account of the event's main line (also for a line that could not be read). */
  main: readonly [LedgerLineKind, LedgerAccount];
  keys(event: E, contractId: string): LedgerLineKey[];
  /**
   * The line for `key` (null: no line). `row` is the line as it stands; `read` gives the other
   * lines this event touches (a correction sees the fact it corrects).
   */
  line(
    event: E,
    key: LedgerLineKey,
    row: LedgerLineRow | null,
    read: (key: LedgerLineKey) => LedgerLineRow | null,
    contractId: string,
  ): LedgerLineRow | null;
}

/**
 * The ledger's decision for every contract event type that moves a figure: its lines, or
 * 'ignore' (the event moves no money). A new event type does not compile until it is decided
 * here or listed once as figure-neutral (FIGURE_NEUTRAL_EVENTS) or as read by the contract row
 * only (CONTRACT_ROW_EVENTS), which the ledger ignores.
 */
export type LedgerHandlers = {
  [T in FigureMovingType]: LedgerHandler<ContractFact<T>> | 'ignore';
} & {
  [T in FigureNeutralType | ContractRowType]?: LedgerHandler<ContractFact<T>> | 'ignore';
};
