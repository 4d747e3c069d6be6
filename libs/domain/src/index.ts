/**
 * The contract ledger's domain: pure TypeScript, no framework, no I/O, no clock.
 * - shared: Money, LocalDate, the Decider interface, DomainError;
 * - calc: the contract arithmetic (installments, bond, penalties, refunds, due dates …);
 * - calendar: China's official working-day calendar;
 * - terms: contract terms as validated data, with the five reference contracts;
 * - events / commands: the plain-JSON vocabulary of a contract's life;
 * - decider: decide / evolve / fold over a contract's event stream;
 * - as-of: what stood at the end of a business day (due dates, overdue, interest, deadlines),
 *   from facts both the decider and the read models supply;
 * - timeline: legal's derived facts (deadlines and what happened at each) on top of as-of;
 * - deadlines: the deadline facts due by a date and the scheduler's command (recorded once).
 */
export * from './shared/decider';
export * from './shared/local-date';
export * from './shared/money';
export * from './calc';
export * from './calendar';
export * from './terms';
export * from './events';
export * from './commands';
export * from './decider';
export * from './as-of';
export * from './timeline';
export * from './deadlines';
// Both calc and terms name a "BondTerms": the domain-level one is the contract term.
export type { BondTerms } from './terms';
