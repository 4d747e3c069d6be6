import type { ContractCommand } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import { assertNever } from '../shared/decider';
import {
  decideAcceptMilestone,
  decideDeemAcceptance,
  decideRejectAcceptance,
} from './acceptance.decide';
import { decideApplyForAcceptance, decideStartAcceptance } from './acceptance-application.decide';
import { decideAdjustFinalPayment, decideSignAmendment } from './amendment.decide';
import { decideDeductBond, decideDepositBond, decideRefundBond } from './bond.decide';
import {
  decideCureBreach,
  decideIssueBreachNotice,
  decideIssueTerminationNotice,
  decideWithdrawTerminationNotice,
} from './breach-notice.decide';
import { decideCloseContract } from './close-contract.decide';
import type { ContractState } from './contract.state';
import type { DecideContext } from './contract.queries';
import { decideRecordCorrection } from './correction.decide';
import { decideDeclareForceMajeure, decideEndForceMajeure } from './force-majeure.decide';
import { decideEndHoldover, decideEndServicePeriod, decideStartHoldover } from './lifecycle.decide';
import { decideRecordLateInterestPayment, decideWaiveLateInterest } from './late-interest.decide';
import {
  decideEndPaymentRestriction,
  decideStartPaymentRestriction,
} from './payment-restriction.decide';
import { decideConfirmPaymentApplication } from './payment-application.decide';
import { decideRecordInvoice, decideRecordPayment } from './payment.decide';
import { decideRejectInvoice } from './invoice-rejection.decide';
import { decideRecordHoldoverFeePayment } from './holdover-fee.decide';
import { decideAssessPenalty, decideWaivePenalty } from './penalty.decide';
import { decideRecordPenaltyPayment } from './penalty-payment.decide';
import { decideRecordRefund } from './refund.decide';
import { decideConcludeReview, decideSubmitReviewReport } from './review.decide';
import { decideSignContract } from './sign-contract.decide';
import {
  decideApproveStaffChange,
  decideNotifyStaffChange,
  decideRejectStaffChange,
} from './staff.decide';
import { decideTerminateContract } from './terminate-contract.decide';

/** Routes a command to its decide function. Pure: same command + state → same events or the same refusal. */
export function decide(
  command: ContractCommand,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  switch (command.type) {
    case 'SignContract':
      return decideSignContract(command, state);
    case 'DepositBond':
      return decideDepositBond(command, state, ctx);
    case 'DeductBond':
      return decideDeductBond(command, state);
    case 'RefundBond':
      return decideRefundBond(command, state);
    case 'RecordInvoice':
      return decideRecordInvoice(command, state);
    case 'RejectInvoice':
      return decideRejectInvoice(command, state);
    case 'ConfirmPaymentApplication':
      return decideConfirmPaymentApplication(command, state, ctx);
    case 'RecordPayment':
      return decideRecordPayment(command, state, ctx);
    case 'AdjustFinalPayment':
      return decideAdjustFinalPayment(command, state);
    case 'AcceptMilestone':
      return decideAcceptMilestone(command, state);
    case 'RejectAcceptance':
      return decideRejectAcceptance(command, state, ctx);
    case 'DeemAcceptance':
      return decideDeemAcceptance(command, state, ctx);
    case 'ApplyForAcceptance':
      return decideApplyForAcceptance(command, state, ctx);
    case 'StartAcceptance':
      return decideStartAcceptance(command, state, ctx);
    case 'SubmitReviewReport':
      return decideSubmitReviewReport(command, state, ctx);
    case 'ConcludeReview':
      return decideConcludeReview(command, state, ctx);
    case 'NotifyStaffChange':
      return decideNotifyStaffChange(command, state);
    case 'ApproveStaffChange':
      return decideApproveStaffChange(command, state);
    case 'RejectStaffChange':
      return decideRejectStaffChange(command, state);
    case 'AssessPenalty':
      return decideAssessPenalty(command, state);
    case 'WaivePenalty':
      return decideWaivePenalty(command, state);
    case 'RecordPenaltyPayment':
      return decideRecordPenaltyPayment(command, state);
    case 'RecordLateInterestPayment':
      return decideRecordLateInterestPayment(command, state, ctx);
    case 'WaiveLateInterest':
      return decideWaiveLateInterest(command, state);
    case 'StartPaymentRestriction':
      return decideStartPaymentRestriction(command, state);
    case 'EndPaymentRestriction':
      return decideEndPaymentRestriction(command, state);
    case 'IssueBreachNotice':
      return decideIssueBreachNotice(command, state);
    case 'CureBreach':
      return decideCureBreach(command, state);
    case 'IssueTerminationNotice':
      return decideIssueTerminationNotice(command, state);
    case 'WithdrawTerminationNotice':
      return decideWithdrawTerminationNotice(command, state);
    case 'TerminateContract':
      return decideTerminateContract(command, state, ctx);
    case 'RecordRefund':
      return decideRecordRefund(command, state);
    case 'EndServicePeriod':
      return decideEndServicePeriod(command, state);
    case 'StartHoldover':
      return decideStartHoldover(command, state);
    case 'EndHoldover':
      return decideEndHoldover(command, state);
    case 'RecordHoldoverFeePayment':
      return decideRecordHoldoverFeePayment(command, state);
    case 'DeclareForceMajeure':
      return decideDeclareForceMajeure(command, state, ctx);
    case 'EndForceMajeure':
      return decideEndForceMajeure(command, state);
    case 'SignAmendment':
      return decideSignAmendment(command, state);
    case 'RecordCorrection':
      return decideRecordCorrection(command, state, ctx);
    case 'CloseContract':
      return decideCloseContract(command, state);
    default:
      return assertNever(command, 'command');
  }
}
