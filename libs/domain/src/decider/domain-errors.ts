import { DomainError } from '../shared/decider';

type Kind = 'not-found' | 'conflict' | 'invalid';

const e = (kind: Kind, meaning: string) => ({ kind, meaning });

/**
 * Every code the contract decider can refuse with. The HTTP layer maps `kind`:
 * not-found → 404, conflict (with the contract's state) → 409, invalid (input) → 422.
 */
export const DOMAIN_ERROR_CODES = {
  // — the contract itself
  CONTRACT_NOT_SIGNED: e('not-found', 'No signed contract in this stream yet.'),
  PAYMENT_BEFORE_SIGNING: e(
    'not-found',
    'A payment was recorded for a contract that has not been signed.',
  ),
  CONTRACT_ALREADY_SIGNED: e('conflict', 'The contract was already signed with other data.'),
  CONTRACT_ALREADY_TERMINATED: e('conflict', 'The contract has already been terminated.'),
  CONTRACT_CLOSED: e('conflict', 'The contract is closed; only corrections are accepted.'),
  CONTRACT_EXPIRED: e(
    'conflict',
    'The service period has ended; the command needs a running contract.',
  ),
  CONTRACT_SUSPENDED: e('conflict', 'Performance is suspended by force majeure.'),
  CONTRACT_NOT_EXPIRED: e('conflict', 'The command needs the service period to have ended.'),
  CONTRACT_HAS_OPEN_ITEMS: e(
    'conflict',
    'Something is still outstanding (unpaid installment, bond, refund, penalty, review).',
  ),
  INVALID_TERMS: e('invalid', 'The contract terms have errors (details.violations lists them).'),
  SIGNING_DATE_MISMATCH: e('invalid', 'occurredAt differs from the signing date in the terms.'),
  // — generic input
  FIELD_REQUIRED: e('invalid', 'A required field is missing or empty.'),
  INVALID_AMOUNT: e('invalid', 'Money must be a decimal string with at most two decimals.'),
  AMOUNT_NOT_POSITIVE: e('invalid', 'The amount must be greater than zero.'),
  INVALID_DATE: e('invalid', 'A date must be a valid YYYY-MM-DD calendar date.'),
  INVALID_VALUE: e('invalid', 'A field has a value outside its allowed set or range.'),
  DATE_BEFORE_SIGNING: e('invalid', 'The business date is before the contract was signed.'),
  DATE_OUT_OF_ORDER: e('invalid', 'Two dates of the command are in an impossible order.'),
  DUPLICATE_FACT_ID: e('conflict', 'The fact id is already used by a different fact.'),
  CALENDAR_YEAR_NOT_COVERED: e(
    'invalid',
    'The working-day calendar has no data for the year of a date.',
  ),
  CALENDAR_YEAR_INVALID: e(
    'invalid',
    'A calendar year from the notice breaks a rule (details.violations names each field and rule).',
  ),
  CALENDAR_YEAR_VERSION_CONFLICT: e(
    'conflict',
    'This version of the calendar year is already recorded with other days; use a new version.',
  ),
  // — installments, invoices, payments
  UNKNOWN_INSTALLMENT: e('not-found', 'No installment with this id in the payment schedule.'),
  HOLDOVER_FEE_NOT_FIXED: e(
    'conflict',
    'No holdover fee is fixed (no HoldoverEnded yet, or a free holdover): nothing to pay.',
  ),
  UNKNOWN_INVOICE: e('not-found', 'No live (received, not reversed) invoice with this id.'),
  INVOICE_ALREADY_REJECTED: e(
    'conflict',
    'The invoice was already found non-conforming on another date or for another reason.',
  ),
  INSTALLMENT_NOT_AWAITING_CONFIRMATION: e(
    'conflict',
    "The installment's due rule does not wait for a confirmed payment application.",
  ),
  APPLICATION_ALREADY_CONFIRMED: e(
    'conflict',
    'The payment application of this installment was already confirmed on another date.',
  ),
  FINAL_PAYMENT_NOT_ADJUSTABLE: e(
    'conflict',
    'The installment is not adjustable to the budget under the terms.',
  ),
  ADJUSTMENT_BELOW_PAID: e(
    'conflict',
    'The adjusted amount is below what has already been paid on it.',
  ),
  // — bond
  BOND_NOT_REQUIRED: e('conflict', 'The contract has no performance bond.'),
  BOND_ALREADY_DEPOSITED: e('conflict', 'The bond was already deposited with other data.'),
  BOND_NOT_DEPOSITED: e('conflict', 'The bond has not been deposited.'),
  BOND_ALREADY_REFUNDED: e('conflict', 'The bond has already been refunded.'),
  BOND_BALANCE_EXCEEDED: e('conflict', 'The deduction or refund exceeds the bond balance.'),
  UNKNOWN_BOND_DEDUCTION_RULE: e('not-found', 'No bond deduction rule with this id.'),
  DEDUCTION_AMOUNT_MISMATCH: e(
    'invalid',
    'The stated deduction differs from the amount the rule gives.',
  ),
  NO_FAILED_REVIEW: e(
    'conflict',
    'A failed-assessment deduction needs a failed review of the named period.',
  ),
  // — acceptance
  UNKNOWN_MILESTONE: e('not-found', 'No acceptance milestone with this id.'),
  MILESTONE_ALREADY_ACCEPTED: e(
    'conflict',
    'The milestone was already accepted (or deemed accepted).',
  ),
  SERVICE_NOT_ENDED: e('conflict', 'Final acceptance needs the service period to have ended.'),
  DEEMED_ACCEPTANCE_NOT_PROVIDED: e('conflict', 'The terms do not deem acceptance from silence.'),
  DEADLINE_FACT_NOT_DUE: e(
    'conflict',
    'The deadline fact named is not due by the date given (or the facts no longer imply it).',
  ),
  DEEMED_ACCEPTANCE_TOO_EARLY: e(
    'conflict',
    'The window after which silence counts as acceptance has not passed.',
  ),
  // — reviews
  UNKNOWN_REVIEW_SCHEDULE: e('not-found', 'No review schedule with this id.'),
  REVIEW_PERIOD_OUT_OF_RANGE: e(
    'invalid',
    'The period index does not fall inside the service period.',
  ),
  REVIEW_PERIOD_NOT_ENDED: e('conflict', 'The review period has not ended yet.'),
  REVIEW_REPORT_ALREADY_SUBMITTED: e(
    'conflict',
    'The report for this period was already submitted on another date.',
  ),
  REVIEW_REPORT_NOT_SUBMITTED: e('conflict', 'The review needs the period report first.'),
  REVIEW_ALREADY_CONCLUDED: e(
    'conflict',
    'The review of this period was already concluded differently.',
  ),
  DEEMED_PASS_NOT_PROVIDED: e('conflict', 'The terms do not deem a review passed from silence.'),
  REVIEW_WINDOW_NOT_ELAPSED: e(
    'conflict',
    'The review window has not passed; silence does not count yet.',
  ),
  // — staff
  UNKNOWN_STAFF_CHANGE: e('not-found', 'No staff change with this id.'),
  STAFF_CHANGE_ALREADY_DECIDED: e(
    'conflict',
    'The staff change was already approved or rejected differently.',
  ),
  // — penalties
  UNKNOWN_PENALTY_RULE: e('not-found', 'No penalty rule with this id.'),
  UNKNOWN_PENALTY: e('not-found', 'No assessed penalty with this id.'),
  PENALTY_QUANTITY_REQUIRED: e(
    'invalid',
    'The rule needs days, violations or an amount to compute the penalty.',
  ),
  PENALTY_ABOVE_MAXIMUM: e('invalid', 'The assessed amount exceeds the rule’s maximum.'),
  PENALTY_CAP_REACHED: e('conflict', 'Earlier assessments already reached the rule’s cap.'),
  PENALTY_NOT_OUTSTANDING: e('conflict', 'Nothing of the penalty is left to waive or offset.'),
  PENALTY_OFFSET_NOT_ALLOWED: e(
    'conflict',
    'The terms do not allow deducting penalties from payments.',
  ),
  // — breach and termination
  UNKNOWN_TERMINATION_RIGHT: e('not-found', 'No termination right with this id.'),
  TERMINATION_RIGHT_NOT_HELD: e('invalid', 'The party does not hold this termination right.'),
  UNKNOWN_BREACH_NOTICE: e('not-found', 'No breach notice with this id.'),
  BREACH_ALREADY_CURED: e('conflict', 'The breach was already cured.'),
  BREACH_NOTICE_WITHDRAWN: e('conflict', 'The breach notice was withdrawn by its issuer.'),
  BREACH_NOTICE_RELIED_ON: e(
    'conflict',
    'A running termination notice relies on this breach notice; withdraw that first.',
  ),
  BREACH_NOTICE_REQUIRED: e(
    'invalid',
    'Termination for an uncured breach needs the breach notice.',
  ),
  BREACH_CURE_PERIOD_NOT_ELAPSED: e(
    'conflict',
    'The cure period of the breach notice has not passed.',
  ),
  UNKNOWN_TERMINATION_NOTICE: e('not-found', 'No termination notice with this id.'),
  TERMINATION_NOTICE_PENDING: e('conflict', 'A termination notice is already running.'),
  TERMINATION_NOTICE_NOT_PENDING: e(
    'conflict',
    'The termination notice is not running (withdrawn or superseded).',
  ),
  TERMINATION_NOTICE_REQUIRED: e('conflict', 'This termination right requires prior notice.'),
  TERMINATION_NOTICE_PERIOD_NOT_ELAPSED: e(
    'conflict',
    'The termination notice has not taken effect yet.',
  ),
  FORCE_MAJEURE_TOO_SHORT: e('conflict', 'Force majeure has not lasted long enough to terminate.'),
  CONTRACT_NOT_TERMINATED: e('conflict', 'A refund needs an early termination.'),
  NO_REFUND_DUE: e('conflict', 'Nothing is left to refund.'),
  // — lifecycle
  SERVICE_PERIOD_NOT_ENDED: e('conflict', 'The service period has not reached its last day.'),
  HOLDOVER_NOT_PROVIDED: e('conflict', 'The terms provide no holdover service.'),
  HOLDOVER_ALREADY_STARTED: e(
    'conflict',
    'Holdover service already started (or ended) on another date.',
  ),
  HOLDOVER_NOT_RUNNING: e('conflict', 'No holdover service is running.'),
  UNKNOWN_FORCE_MAJEURE: e('not-found', 'No running force-majeure event with this id.'),
  // — late-payment interest and treasury restrictions
  LATE_PAYMENT_NOT_PROVIDED: e(
    'conflict',
    'The terms have no late-payment clause: there is no late-payment interest to pay or waive.',
  ),
  LATE_INTEREST_ABOVE_CAP: e(
    'invalid',
    'The waiver exceeds what the late-payment clause could ever charge (its cap, less what is paid or waived).',
  ),
  LATE_INTEREST_ALREADY_WAIVED: e(
    'conflict',
    "The installment's late-payment interest was already waived entirely.",
  ),
  PAYMENT_RESTRICTION_NOT_PROVIDED: e(
    'conflict',
    'The terms do not excuse payment delays caused by a treasury restriction.',
  ),
  PAYMENT_RESTRICTION_RUNNING: e('conflict', 'A treasury payment restriction is already running.'),
  UNKNOWN_PAYMENT_RESTRICTION: e('not-found', 'No treasury payment restriction with this id.'),
  PAYMENT_RESTRICTION_ENDED: e('conflict', 'The restriction already ended on another date.'),
  // — acceptance application and start
  ACCEPTANCE_ALREADY_APPLIED: e(
    'conflict',
    'The supplier already applied for this acceptance on another date.',
  ),
  ACCEPTANCE_ALREADY_STARTED: e(
    'conflict',
    'The client already started this acceptance on another date.',
  ),
  // — amendments and corrections
  AMENDMENT_CAP_EXCEEDED: e(
    'conflict',
    'Supplementary agreements would exceed the share of the total the terms allow.',
  ),
  UNKNOWN_CORRECTION_TARGET: e('not-found', 'No fact of this type with this id.'),
  CORRECTION_TARGET_REVERSED: e('conflict', 'The fact was already reversed.'),
  CORRECTION_NOT_APPLICABLE: e(
    'invalid',
    'The correction changes nothing or cannot apply to this fact.',
  ),
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_CODES;

/** Throws the refusal. `field` names the offending input path, e.g. "data.amount". */
export function fail(
  code: DomainErrorCode,
  message: string,
  field?: string,
  details?: Record<string, unknown>,
): never {
  throw new DomainError(code, message, field, details);
}
