import type { Role } from '../../common';

/**
 * Who may record what (admin passes every check):
 * - operator: the contract manager records what happens under the contract — signing,
 *   acceptance, reviews, staff, penalties, breach and termination, holdover, force majeure,
 *   amendments;
 * - finance: money moving — invoices, payments, refunds, the bond (deposit, deduction,
 *   refund: it is cash held by the client) and the budget adjustment of a final installment;
 * - corrections: either, since either may have keyed the fact being corrected;
 * - legal and finance read the history (finance traces each figure to its events); legal
 *   verifies it; integration keys read only.
 */
export const OPERATOR: Role[] = ['operator'];
export const FINANCE: Role[] = ['finance'];
export const OPERATOR_OR_FINANCE: Role[] = ['operator', 'finance'];
export const HISTORY_READERS: Role[] = ['legal', 'finance'];
export const VERIFIERS: Role[] = ['legal'];
