import { compareDates, type ContractTerms, type DerivedFact, type LocalDate } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { ContractRows } from '../views/deadlines.view';
import { bondFacts, installmentFacts, refundFacts } from './money-derived-facts';
import { acceptanceFacts, noticeFacts, reviewFacts } from './performance-derived-facts';

/** The event types the derived facts read themselves (besides the rows): reviews, acceptance, cures. */
export const DERIVED_FACT_EVENT_TYPES: readonly string[] = [
  'ContractSigned',
  'ReviewReportSubmitted',
  'ReviewConcluded',
  'AcceptanceApplied',
  'AcceptanceStarted',
  'MilestoneAccepted',
  'BreachCured',
];

/**
 * The deadlines the terms imply and what happened at each, as of `asOf`, from the same views
 * (and so the same as-of functions) finance reads: installments (due, late interest running),
 * the bond (deposit, refund), the termination refund, breach cure periods, a termination
 * notice, the review windows (deemed passed on silence) and the acceptance deadlines.
 */
export function derivedFacts(
  rows: ContractRows,
  events: readonly RecordedEvent[],
  terms: ContractTerms | null,
  asOf: LocalDate,
): DerivedFact[] {
  const facts: DerivedFact[] = [
    ...installmentFacts(rows, terms, asOf),
    ...bondFacts(rows, terms, asOf),
    ...refundFacts(rows, terms, asOf),
    ...noticeFacts(rows, events, terms, asOf),
  ];
  if (terms) {
    facts.push(...reviewFacts(events, terms, asOf), ...acceptanceFacts(rows, events, terms, asOf));
  }
  return facts.sort((a, b) => compareDates(a.date, b.date));
}
