import type {
  AcceptMilestone,
  ApplyForAcceptance,
  DeemAcceptance,
  RejectAcceptance,
  StartAcceptance,
} from './acceptance.commands';
import type { RecordCorrection, SignAmendment } from './amendment.commands';
import type { DeductBond, DepositBond, RefundBond } from './bond.commands';
import type {
  CloseContract,
  DeclareForceMajeure,
  EndForceMajeure,
  EndHoldover,
  EndServicePeriod,
  RecordHoldoverFeePayment,
  StartHoldover,
} from './lifecycle.commands';
import type {
  AdjustFinalPayment,
  ConfirmPaymentApplication,
  RecordInvoice,
  RejectInvoice,
  RecordPayment,
  RecordRefund,
} from './payment.commands';
import type {
  EndPaymentRestriction,
  RecordLateInterestPayment,
  StartPaymentRestriction,
  WaiveLateInterest,
} from './late-interest.commands';
import type { AssessPenalty, RecordPenaltyPayment, WaivePenalty } from './penalty.commands';
import type { ConcludeReview, SubmitReviewReport } from './review.commands';
import type { SignContract } from './signing.commands';
import type { ApproveStaffChange, NotifyStaffChange, RejectStaffChange } from './staff.commands';
import type {
  CureBreach,
  IssueBreachNotice,
  IssueTerminationNotice,
  TerminateContract,
  WithdrawTerminationNotice,
} from './termination.commands';

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

/** Everything one can ask of a contract. Plain JSON `{ type, data }`; time and ids arrive in `data`. */
export type ContractCommand =
  | SignContract
  | DepositBond
  | DeductBond
  | RefundBond
  | RecordInvoice
  | RejectInvoice
  | ConfirmPaymentApplication
  | RecordPayment
  | AcceptMilestone
  | RejectAcceptance
  | DeemAcceptance
  | ApplyForAcceptance
  | StartAcceptance
  | SubmitReviewReport
  | ConcludeReview
  | NotifyStaffChange
  | ApproveStaffChange
  | RejectStaffChange
  | AssessPenalty
  | WaivePenalty
  | RecordPenaltyPayment
  | RecordLateInterestPayment
  | WaiveLateInterest
  | StartPaymentRestriction
  | EndPaymentRestriction
  | IssueBreachNotice
  | CureBreach
  | IssueTerminationNotice
  | WithdrawTerminationNotice
  | TerminateContract
  | RecordRefund
  | EndServicePeriod
  | StartHoldover
  | EndHoldover
  | RecordHoldoverFeePayment
  | DeclareForceMajeure
  | EndForceMajeure
  | SignAmendment
  | AdjustFinalPayment
  | RecordCorrection
  | CloseContract;

export type ContractCommandType = ContractCommand['type'];

export type CommandOf<T extends ContractCommandType> = Extract<ContractCommand, { type: T }>;

const COMMAND_TYPES: Record<ContractCommandType, true> = {
  SignContract: true,
  DepositBond: true,
  DeductBond: true,
  RefundBond: true,
  RecordInvoice: true,
  RejectInvoice: true,
  ConfirmPaymentApplication: true,
  RecordPayment: true,
  AcceptMilestone: true,
  RejectAcceptance: true,
  DeemAcceptance: true,
  ApplyForAcceptance: true,
  StartAcceptance: true,
  SubmitReviewReport: true,
  ConcludeReview: true,
  NotifyStaffChange: true,
  ApproveStaffChange: true,
  RejectStaffChange: true,
  AssessPenalty: true,
  WaivePenalty: true,
  RecordPenaltyPayment: true,
  RecordLateInterestPayment: true,
  WaiveLateInterest: true,
  StartPaymentRestriction: true,
  EndPaymentRestriction: true,
  IssueBreachNotice: true,
  CureBreach: true,
  IssueTerminationNotice: true,
  WithdrawTerminationNotice: true,
  TerminateContract: true,
  RecordRefund: true,
  EndServicePeriod: true,
  StartHoldover: true,
  EndHoldover: true,
  RecordHoldoverFeePayment: true,
  DeclareForceMajeure: true,
  EndForceMajeure: true,
  SignAmendment: true,
  AdjustFinalPayment: true,
  RecordCorrection: true,
  CloseContract: true,
};

/** All command types (the compiler checks the list is complete). */
export const CONTRACT_COMMAND_TYPES = Object.keys(COMMAND_TYPES) as ContractCommandType[];
