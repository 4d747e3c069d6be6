/**
 * One meaning for each figure, in every finance view (contract list and summary, payment schedule,
 * reconciliation, portfolio) — the README's "Figures" section says the same.
 */
export const MEANING = {
  scheduled:
    'Σ of the installments still owed at their current amounts (budget adjustments applied); an installment a termination cancelled counts only what was settled on it (002 第十二条)',
  refundDue:
    'The termination refund the supplier owes back (002 第十二条 2: fees received for the unperformed days); 0.00 when not terminated as of asOf',
  holdoverDue:
    'The holdover fee this contract’s client owes once the holdover ended (001 2.3: 2,347,000.00 × 25 ÷ 365 = 160,753.42); 0.00 when none, free (003) or owed by the successor contract (002 第十三条)',
  expected:
    'Fees the client owes the supplier for the contract as of asOf = scheduled − refundDue + holdoverDue (after 002’s termination: 2,045,000.00 − 613,500.00 − 322,157.53 = 1,109,342.47, the fees earned for the days performed; 001 after its holdover: + 160,753.42)',
  refundsPaid: 'Termination refunds the supplier has paid back by asOf',
  outstanding:
    'expected − (received − refundsPaid): fees still owed to the supplier; negative when the supplier holds more than it earned (a refund still owed)',
  overdue:
    'The part of outstanding on installments past their due date as of asOf (unpaid and due earlier than asOf)',
  installmentOutstanding: 'amount − settled (a cancelled installment owes nothing more)',
} as const;
