import { SignContractController } from './signing/sign-contract/sign-contract.controller';
import { SignContractHandler } from './signing/sign-contract/sign-contract.handler';
import { DepositBondController } from './bond/deposit-bond/deposit-bond.controller';
import { DepositBondHandler } from './bond/deposit-bond/deposit-bond.handler';
import { DeductBondController } from './bond/deduct-bond/deduct-bond.controller';
import { DeductBondHandler } from './bond/deduct-bond/deduct-bond.handler';
import { RefundBondController } from './bond/refund-bond/refund-bond.controller';
import { RefundBondHandler } from './bond/refund-bond/refund-bond.handler';
import { RecordInvoiceController } from './payments/record-invoice/record-invoice.controller';
import { RecordInvoiceHandler } from './payments/record-invoice/record-invoice.handler';
import { RecordPaymentController } from './payments/record-payment/record-payment.controller';
import { RecordPaymentHandler } from './payments/record-payment/record-payment.handler';
import { RecordRefundController } from './payments/record-refund/record-refund.controller';
import { RecordRefundHandler } from './payments/record-refund/record-refund.handler';
import { AdjustFinalPaymentController } from './payments/adjust-final-payment/adjust-final-payment.controller';
import { AdjustFinalPaymentHandler } from './payments/adjust-final-payment/adjust-final-payment.handler';
import { ConfirmPaymentApplicationController } from './payments/confirm-payment-application/confirm-payment-application.controller';
import { ConfirmPaymentApplicationHandler } from './payments/confirm-payment-application/confirm-payment-application.handler';
import { AcceptMilestoneController } from './acceptance/accept-milestone/accept-milestone.controller';
import { AcceptMilestoneHandler } from './acceptance/accept-milestone/accept-milestone.handler';
import { RejectAcceptanceController } from './acceptance/reject-acceptance/reject-acceptance.controller';
import { RejectAcceptanceHandler } from './acceptance/reject-acceptance/reject-acceptance.handler';
import { DeemAcceptanceController } from './acceptance/deem-acceptance/deem-acceptance.controller';
import { DeemAcceptanceHandler } from './acceptance/deem-acceptance/deem-acceptance.handler';
import { SubmitReviewReportController } from './reviews/submit-review-report/submit-review-report.controller';
import { SubmitReviewReportHandler } from './reviews/submit-review-report/submit-review-report.handler';
import { ConcludeReviewController } from './reviews/conclude-review/conclude-review.controller';
import { ConcludeReviewHandler } from './reviews/conclude-review/conclude-review.handler';
import { NotifyStaffChangeController } from './staff/notify-staff-change/notify-staff-change.controller';
import { NotifyStaffChangeHandler } from './staff/notify-staff-change/notify-staff-change.handler';
import { ApproveStaffChangeController } from './staff/approve-staff-change/approve-staff-change.controller';
import { ApproveStaffChangeHandler } from './staff/approve-staff-change/approve-staff-change.handler';
import { RejectStaffChangeController } from './staff/reject-staff-change/reject-staff-change.controller';
import { RejectStaffChangeHandler } from './staff/reject-staff-change/reject-staff-change.handler';
import { AssessPenaltyController } from './penalties/assess-penalty/assess-penalty.controller';
import { AssessPenaltyHandler } from './penalties/assess-penalty/assess-penalty.handler';
import { WaivePenaltyController } from './penalties/waive-penalty/waive-penalty.controller';
import { WaivePenaltyHandler } from './penalties/waive-penalty/waive-penalty.handler';
import { RecordPenaltyPaymentController } from './penalties/record-penalty-payment/record-penalty-payment.controller';
import { RecordPenaltyPaymentHandler } from './penalties/record-penalty-payment/record-penalty-payment.handler';
import { IssueBreachNoticeController } from './breach/issue-breach-notice/issue-breach-notice.controller';
import { IssueBreachNoticeHandler } from './breach/issue-breach-notice/issue-breach-notice.handler';
import { CureBreachController } from './breach/cure-breach/cure-breach.controller';
import { CureBreachHandler } from './breach/cure-breach/cure-breach.handler';
import { IssueTerminationNoticeController } from './termination/issue-termination-notice/issue-termination-notice.controller';
import { IssueTerminationNoticeHandler } from './termination/issue-termination-notice/issue-termination-notice.handler';
import { WithdrawTerminationNoticeController } from './termination/withdraw-termination-notice/withdraw-termination-notice.controller';
import { WithdrawTerminationNoticeHandler } from './termination/withdraw-termination-notice/withdraw-termination-notice.handler';
import { TerminateContractController } from './termination/terminate-contract/terminate-contract.controller';
import { TerminateContractHandler } from './termination/terminate-contract/terminate-contract.handler';
import { EndServicePeriodController } from './lifecycle/end-service-period/end-service-period.controller';
import { EndServicePeriodHandler } from './lifecycle/end-service-period/end-service-period.handler';
import { StartHoldoverController } from './lifecycle/start-holdover/start-holdover.controller';
import { StartHoldoverHandler } from './lifecycle/start-holdover/start-holdover.handler';
import { EndHoldoverController } from './lifecycle/end-holdover/end-holdover.controller';
import { EndHoldoverHandler } from './lifecycle/end-holdover/end-holdover.handler';
import { CloseContractController } from './lifecycle/close-contract/close-contract.controller';
import { CloseContractHandler } from './lifecycle/close-contract/close-contract.handler';
import { DeclareForceMajeureController } from './force-majeure/declare-force-majeure/declare-force-majeure.controller';
import { DeclareForceMajeureHandler } from './force-majeure/declare-force-majeure/declare-force-majeure.handler';
import { EndForceMajeureController } from './force-majeure/end-force-majeure/end-force-majeure.controller';
import { EndForceMajeureHandler } from './force-majeure/end-force-majeure/end-force-majeure.handler';
import { SignAmendmentController } from './amendments/sign-amendment/sign-amendment.controller';
import { SignAmendmentHandler } from './amendments/sign-amendment/sign-amendment.handler';
import { RecordCorrectionController } from './corrections/record-correction/record-correction.controller';
import { RecordCorrectionHandler } from './corrections/record-correction/record-correction.handler';

/** One entry per domain command: its endpoint and its (generic) handler. */
export const CONTRACT_COMMAND_CONTROLLERS = [
  SignContractController,
  DepositBondController,
  DeductBondController,
  RefundBondController,
  RecordInvoiceController,
  ConfirmPaymentApplicationController,
  RecordPaymentController,
  RecordRefundController,
  AdjustFinalPaymentController,
  AcceptMilestoneController,
  RejectAcceptanceController,
  DeemAcceptanceController,
  SubmitReviewReportController,
  ConcludeReviewController,
  NotifyStaffChangeController,
  ApproveStaffChangeController,
  RejectStaffChangeController,
  AssessPenaltyController,
  WaivePenaltyController,
  RecordPenaltyPaymentController,
  IssueBreachNoticeController,
  CureBreachController,
  IssueTerminationNoticeController,
  WithdrawTerminationNoticeController,
  TerminateContractController,
  EndServicePeriodController,
  StartHoldoverController,
  EndHoldoverController,
  CloseContractController,
  DeclareForceMajeureController,
  EndForceMajeureController,
  SignAmendmentController,
  RecordCorrectionController,
];

export const CONTRACT_COMMAND_HANDLERS = [
  SignContractHandler,
  DepositBondHandler,
  DeductBondHandler,
  RefundBondHandler,
  RecordInvoiceHandler,
  ConfirmPaymentApplicationHandler,
  RecordPaymentHandler,
  RecordRefundHandler,
  AdjustFinalPaymentHandler,
  AcceptMilestoneHandler,
  RejectAcceptanceHandler,
  DeemAcceptanceHandler,
  SubmitReviewReportHandler,
  ConcludeReviewHandler,
  NotifyStaffChangeHandler,
  ApproveStaffChangeHandler,
  RejectStaffChangeHandler,
  AssessPenaltyHandler,
  WaivePenaltyHandler,
  RecordPenaltyPaymentHandler,
  IssueBreachNoticeHandler,
  CureBreachHandler,
  IssueTerminationNoticeHandler,
  WithdrawTerminationNoticeHandler,
  TerminateContractHandler,
  EndServicePeriodHandler,
  StartHoldoverHandler,
  EndHoldoverHandler,
  CloseContractHandler,
  DeclareForceMajeureHandler,
  EndForceMajeureHandler,
  SignAmendmentHandler,
  RecordCorrectionHandler,
];
