/**
 * The views: pure functions of the read-model rows at a business date (the as-of functions of
 * the domain applied to the facts the rows hold). The api renders them; the obligations
 * projection derives its rows from them, so both answer with one rule per figure.
 */
export * from './bond.view';
export * from './breach-notices.view';
export * from './deadlines.view';
export * from './holdover.view';
export * from './late-interest-settlement.view';
export * from './ledger.view';
export * from './payment-schedule.view';
export * from './reconciliation-lines.view';
export * from './row-facts.mapper';
export * from './termination-refund.view';
export * from './view-support.helpers';
