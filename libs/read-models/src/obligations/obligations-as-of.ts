import { compareDates, type ContractTerms, type LocalDate } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { ContractRows } from '../views/deadlines.view';
import { derivedFacts } from './derived-facts.builder';
import { obligationOf, type Obligation } from './obligation.mapper';

type Data = Record<string, unknown>;

/** The signed terms (ContractSigned carries them whole). */
export function termsOf(events: readonly RecordedEvent[]): ContractTerms | null {
  const signed = events.find((e) => e.type === 'ContractSigned');
  return signed ? ((signed.data as Data).terms as ContractTerms) : null;
}

/**
 * One contract's obligations at the end of `asOf`, from its rows and its events: the derived
 * facts (the domain's as-of functions through the views) of the events dated by then, each with
 * its party and the events that created and settled it. The one rule both the per-contract view
 * and the obligations projection (projections/obligations) apply.
 */
export function obligationsAsOf(
  contractId: string,
  rows: ContractRows,
  events: readonly RecordedEvent[],
  asOf: LocalDate,
): Obligation[] {
  const happened = events.filter((e) => compareDates(e.occurredAt.slice(0, 10), asOf) <= 0);
  // Who gave each breach notice, open or cured since (the other party owes the cure).
  const notices = { ...rows.contract.cured_breach_notices, ...rows.contract.breach_notices };
  return derivedFacts(rows, happened, termsOf(events), asOf)
    .map((f) => obligationOf(contractId, f, happened, (id) => notices[id]?.by, asOf))
    .filter((o): o is Obligation => o !== null);
}
