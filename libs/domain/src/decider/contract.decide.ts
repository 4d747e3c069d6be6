import type { ContractCommand, ContractCommandType } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { DecideContext } from './contract.queries';
import type { ContractState } from './contract.state';
import type { DecideTable } from './decide-table';
import { ACCEPTANCE_DECIDE } from './acceptance.decide';
import { ACCEPTANCE_APPLICATION_DECIDE } from './acceptance-application.decide';
import { AMENDMENT_DECIDE } from './amendment.decide';
import { BOND_DECIDE } from './bond.decide';
import { BREACH_NOTICE_DECIDE } from './breach-notice.decide';
import { CLOSE_CONTRACT_DECIDE } from './close-contract.decide';
import { CORRECTION_DECIDE } from './correction.decide';
import { FORCE_MAJEURE_DECIDE } from './force-majeure.decide';
import { LIFECYCLE_DECIDE } from './lifecycle.decide';
import { LATE_INTEREST_DECIDE } from './late-interest.decide';
import { PAYMENT_RESTRICTION_DECIDE } from './payment-restriction.decide';
import { PAYMENT_APPLICATION_DECIDE } from './payment-application.decide';
import { PAYMENT_DECIDE } from './payment.decide';
import { INVOICE_REJECTION_DECIDE } from './invoice-rejection.decide';
import { HOLDOVER_FEE_DECIDE } from './holdover-fee.decide';
import { PENALTY_DECIDE } from './penalty.decide';
import { PENALTY_PAYMENT_DECIDE } from './penalty-payment.decide';
import { REFUND_DECIDE } from './refund.decide';
import { REVIEW_DECIDE } from './review.decide';
import { SIGN_CONTRACT_DECIDE } from './sign-contract.decide';
import { STAFF_DECIDE } from './staff.decide';
import { TERMINATE_CONTRACT_DECIDE } from './terminate-contract.decide';

/**
 * Each command type's decide function. Each decide file exports its own entries (`satisfies
 * Partial<DecideTable>`), so a command decided in an existing file needs no line here; the
 * table's type makes a command type without a decide function fail to compile.
 */
const DECIDE: DecideTable = {
  ...ACCEPTANCE_DECIDE,
  ...ACCEPTANCE_APPLICATION_DECIDE,
  ...AMENDMENT_DECIDE,
  ...BOND_DECIDE,
  ...BREACH_NOTICE_DECIDE,
  ...CLOSE_CONTRACT_DECIDE,
  ...CORRECTION_DECIDE,
  ...FORCE_MAJEURE_DECIDE,
  ...LIFECYCLE_DECIDE,
  ...LATE_INTEREST_DECIDE,
  ...PAYMENT_RESTRICTION_DECIDE,
  ...PAYMENT_APPLICATION_DECIDE,
  ...PAYMENT_DECIDE,
  ...INVOICE_REJECTION_DECIDE,
  ...HOLDOVER_FEE_DECIDE,
  ...PENALTY_DECIDE,
  ...PENALTY_PAYMENT_DECIDE,
  ...REFUND_DECIDE,
  ...REVIEW_DECIDE,
  ...SIGN_CONTRACT_DECIDE,
  ...STAFF_DECIDE,
  ...TERMINATE_CONTRACT_DECIDE,
};

/** All command types (the compiler checks that the table, and so the list, is complete). */
export const CONTRACT_COMMAND_TYPES = Object.keys(DECIDE) as ContractCommandType[];

/** Routes a command to its decide function. Pure: same command + state → same events or the same refusal. */
export function decide(
  command: ContractCommand,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  // The table is keyed by type, so DECIDE[command.type] takes exactly this command; TypeScript
  // cannot correlate the two through the union, hence the one widening here.
  const decideOne = DECIDE[command.type] as (
    command: ContractCommand,
    state: ContractState,
    ctx: DecideContext,
  ) => ContractEvent[];
  return decideOne(command, state, ctx);
}
