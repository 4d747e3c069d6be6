import type { Type } from '@nestjs/common';
import type { ContractCommandType } from '@app/domain';
import { SignContractController } from './signing/sign-contract/sign-contract.controller';
import { DepositBondController } from './bond/deposit-bond/deposit-bond.controller';
import { DeductBondController } from './bond/deduct-bond/deduct-bond.controller';
import { RefundBondController } from './bond/refund-bond/refund-bond.controller';
import { RecordInvoiceController } from './payments/record-invoice/record-invoice.controller';
import { RejectInvoiceController } from './payments/reject-invoice/reject-invoice.controller';
import { RecordPaymentController } from './payments/record-payment/record-payment.controller';
import { RecordRefundController } from './payments/record-refund/record-refund.controller';
import { AdjustFinalPaymentController } from './payments/adjust-final-payment/adjust-final-payment.controller';
import { ConfirmPaymentApplicationController } from './payments/confirm-payment-application/confirm-payment-application.controller';
import { AcceptMilestoneController } from './acceptance/accept-milestone/accept-milestone.controller';
import { RejectAcceptanceController } from './acceptance/reject-acceptance/reject-acceptance.controller';
import { DeemAcceptanceController } from './acceptance/deem-acceptance/deem-acceptance.controller';
import { ApplyForAcceptanceController } from './acceptance/apply-for-acceptance/apply-for-acceptance.controller';
import { StartAcceptanceController } from './acceptance/start-acceptance/start-acceptance.controller';
import { RecordLateInterestPaymentController } from './late-interest/record-late-interest-payment/record-late-interest-payment.controller';
import { WaiveLateInterestController } from './late-interest/waive-late-interest/waive-late-interest.controller';
import { StartPaymentRestrictionController } from './late-interest/start-payment-restriction/start-payment-restriction.controller';
import { EndPaymentRestrictionController } from './late-interest/end-payment-restriction/end-payment-restriction.controller';
import { SubmitReviewReportController } from './reviews/submit-review-report/submit-review-report.controller';
import { ConcludeReviewController } from './reviews/conclude-review/conclude-review.controller';
import { NotifyStaffChangeController } from './staff/notify-staff-change/notify-staff-change.controller';
import { ApproveStaffChangeController } from './staff/approve-staff-change/approve-staff-change.controller';
import { RejectStaffChangeController } from './staff/reject-staff-change/reject-staff-change.controller';
import { AssessPenaltyController } from './penalties/assess-penalty/assess-penalty.controller';
import { WaivePenaltyController } from './penalties/waive-penalty/waive-penalty.controller';
import { RecordPenaltyPaymentController } from './penalties/record-penalty-payment/record-penalty-payment.controller';
import { IssueBreachNoticeController } from './breach/issue-breach-notice/issue-breach-notice.controller';
import { CureBreachController } from './breach/cure-breach/cure-breach.controller';
import { WithdrawBreachNoticeController } from './breach/withdraw-breach-notice/withdraw-breach-notice.controller';
import { IssueTerminationNoticeController } from './termination/issue-termination-notice/issue-termination-notice.controller';
import { WithdrawTerminationNoticeController } from './termination/withdraw-termination-notice/withdraw-termination-notice.controller';
import { TerminateContractController } from './termination/terminate-contract/terminate-contract.controller';
import { EndServicePeriodController } from './lifecycle/end-service-period/end-service-period.controller';
import { StartHoldoverController } from './lifecycle/start-holdover/start-holdover.controller';
import { EndHoldoverController } from './lifecycle/end-holdover/end-holdover.controller';
import { RecordHoldoverFeePaymentController } from './lifecycle/record-holdover-fee-payment/record-holdover-fee-payment.controller';
import { CloseContractController } from './lifecycle/close-contract/close-contract.controller';
import { DeclareForceMajeureController } from './force-majeure/declare-force-majeure/declare-force-majeure.controller';
import { EndForceMajeureController } from './force-majeure/end-force-majeure/end-force-majeure.controller';
import { SignAmendmentController } from './amendments/sign-amendment/sign-amendment.controller';
import { RecordCorrectionController } from './corrections/record-correction/record-correction.controller';

/**
 * The endpoint of every domain command, one per type: a command type without a controller does
 * not compile. Each controller is declared with `@ContractCommand('<Type>', Dto, { post, tag,
 * roles, summary, description })` (shared/contract-command.controller.ts; SignContract's is
 * written out, as it checks the terms first) and dispatches its command
 * (`this.commands.dispatch('<Type>', …)`) to the one handler, ContractCommandHandler
 * (shared/contract-command.handler.ts);
 * contract-use-cases.spec.ts checks that each dispatches the type it is listed under.
 * Listed in the order of the OpenAPI document.
 */
export const CONTRACT_COMMAND_CONTROLLERS: Record<ContractCommandType, Type<unknown>> = {
  SignContract: SignContractController,
  DepositBond: DepositBondController,
  DeductBond: DeductBondController,
  RefundBond: RefundBondController,
  RecordInvoice: RecordInvoiceController,
  RejectInvoice: RejectInvoiceController,
  ConfirmPaymentApplication: ConfirmPaymentApplicationController,
  RecordPayment: RecordPaymentController,
  RecordRefund: RecordRefundController,
  AdjustFinalPayment: AdjustFinalPaymentController,
  AcceptMilestone: AcceptMilestoneController,
  RejectAcceptance: RejectAcceptanceController,
  DeemAcceptance: DeemAcceptanceController,
  ApplyForAcceptance: ApplyForAcceptanceController,
  StartAcceptance: StartAcceptanceController,
  SubmitReviewReport: SubmitReviewReportController,
  ConcludeReview: ConcludeReviewController,
  NotifyStaffChange: NotifyStaffChangeController,
  ApproveStaffChange: ApproveStaffChangeController,
  RejectStaffChange: RejectStaffChangeController,
  AssessPenalty: AssessPenaltyController,
  WaivePenalty: WaivePenaltyController,
  RecordPenaltyPayment: RecordPenaltyPaymentController,
  RecordLateInterestPayment: RecordLateInterestPaymentController,
  WaiveLateInterest: WaiveLateInterestController,
  StartPaymentRestriction: StartPaymentRestrictionController,
  EndPaymentRestriction: EndPaymentRestrictionController,
  IssueBreachNotice: IssueBreachNoticeController,
  CureBreach: CureBreachController,
  WithdrawBreachNotice: WithdrawBreachNoticeController,
  IssueTerminationNotice: IssueTerminationNoticeController,
  WithdrawTerminationNotice: WithdrawTerminationNoticeController,
  TerminateContract: TerminateContractController,
  EndServicePeriod: EndServicePeriodController,
  StartHoldover: StartHoldoverController,
  EndHoldover: EndHoldoverController,
  RecordHoldoverFeePayment: RecordHoldoverFeePaymentController,
  CloseContract: CloseContractController,
  DeclareForceMajeure: DeclareForceMajeureController,
  EndForceMajeure: EndForceMajeureController,
  SignAmendment: SignAmendmentController,
  RecordCorrection: RecordCorrectionController,
};
