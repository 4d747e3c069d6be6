import type { AcceptanceCommand } from './acceptance.commands';
import type { AmendmentCommand } from './amendment.commands';
import type { BondCommand } from './bond.commands';
import type { LateInterestCommand } from './late-interest.commands';
import type { LifecycleCommand } from './lifecycle.commands';
import type { PaymentCommand } from './payment.commands';
import type { PenaltyCommand } from './penalty.commands';
import type { ReviewCommand } from './review.commands';
import type { SigningCommand } from './signing.commands';
import type { StaffCommand } from './staff.commands';
import type { TerminationCommand } from './termination.commands';

export type * from './acceptance.commands';
export type * from './amendment.commands';
export type * from './bond.commands';
export type * from './late-interest.commands';
export type * from './lifecycle.commands';
export type * from './payment.commands';
export type * from './penalty.commands';
export type * from './review.commands';
export type * from './signing.commands';
export type * from './staff.commands';
export type * from './termination.commands';

/**
 * Everything one can ask of a contract. Plain JSON `{ type, data }`; time and ids arrive in `data`.
 * The union of each area file's union: a command is registered once, in its area's union (the
 * decider's DECIDE table, ONE_OF_EACH and the API's controller table then refuse to compile
 * until they have it). The runtime list of types is CONTRACT_COMMAND_TYPES (decider/contract.decide.ts).
 */
export type ContractCommand =
  | AcceptanceCommand
  | AmendmentCommand
  | BondCommand
  | LateInterestCommand
  | LifecycleCommand
  | PaymentCommand
  | PenaltyCommand
  | ReviewCommand
  | SigningCommand
  | StaffCommand
  | TerminationCommand;

export type ContractCommandType = ContractCommand['type'];

export type CommandOf<T extends ContractCommandType> = Extract<ContractCommand, { type: T }>;
