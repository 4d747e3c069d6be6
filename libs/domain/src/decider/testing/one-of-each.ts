import type { ContractCommand, ContractCommandType } from '../../commands';
import type { ContractEvent } from '../../events/contract-event';
import { foldContract } from '../contract.decider';
import { cmd, SIGNED_000, SIGNED_001, SIGNED_002, SIGNED_004 } from './fixtures';
import { play } from './given-when-then';
import {
  SUSPENDED_000,
  EXPIRED_002,
  DEPOSITED_001,
  FAILED_001,
  PENALISED_000,
  NOTICED_001,
  BREACHED_001,
  STAFF_001,
  TERMINATED_000,
  SETTLED_004,
} from './histories';

/** One accepted command of every type, with the history it applies to: every command decides something. */
export const ONE_OF_EACH: Record<ContractCommandType, [ContractEvent[], ContractCommand]> = {
  SignContract: [
    [],
    {
      type: 'SignContract',
      data: { occurredAt: '2022-07-06', contractId: 'c', terms: foldTerms(SIGNED_001) },
    },
  ],
  DepositBond: [SIGNED_001, cmd.deposit('117350.00', '2022-07-18')],
  DeductBond: [
    FAILED_001,
    {
      type: 'DeductBond',
      data: {
        occurredAt: '2022-10-20',
        deductionId: 'd',
        ruleId: 'failed-assessment',
        reason: '考核',
        review: { scheduleId: 'quarterly-report', periodIndex: 1 },
      },
    },
  ],
  RefundBond: [DEPOSITED_001, { type: 'RefundBond', data: { occurredAt: '2023-08-01' } }],
  RecordInvoice: [SIGNED_000, cmd.invoice('first', '565000.00', '2022-05-10')],
  RejectInvoice: [
    play(SIGNED_001, cmd.invoice('start', '1408200.00', '2022-07-12')),
    {
      type: 'RejectInvoice',
      data: { occurredAt: '2022-07-14', invoiceId: 'inv-start', reason: '发票抬头不符' },
    },
  ],
  RecordPayment: [SIGNED_000, cmd.pay('first', '565000.00', '2022-05-20')],
  AcceptMilestone: [SIGNED_004, cmd.accept('phase', '2022-11-15')],
  RejectAcceptance: [
    SIGNED_004,
    {
      type: 'RejectAcceptance',
      data: { occurredAt: '2022-11-15', milestoneId: 'phase', reason: '文档不全' },
    },
  ],
  DeemAcceptance: [
    SETTLED_004,
    { type: 'DeemAcceptance', data: { occurredAt: '2023-08-01', milestoneId: 'final' } },
  ],
  ApplyForAcceptance: [
    play(SIGNED_000, cmd.endService('2023-04-30')),
    { type: 'ApplyForAcceptance', data: { occurredAt: '2023-05-15', milestoneId: 'final' } },
  ],
  StartAcceptance: [
    play(SIGNED_000, cmd.endService('2023-04-30'), {
      type: 'ApplyForAcceptance',
      data: { occurredAt: '2023-05-15', milestoneId: 'final' },
    }),
    { type: 'StartAcceptance', data: { occurredAt: '2023-05-19', milestoneId: 'final' } },
  ],
  SubmitReviewReport: [SIGNED_001, cmd.report('quarterly-report', 1, '2022-10-08')],
  ConcludeReview: [
    play(SIGNED_001, cmd.report('quarterly-report', 1, '2022-10-08')),
    cmd.conclude('quarterly-report', 1, 'passed', '2022-10-09'),
  ],
  NotifyStaffChange: [
    SIGNED_001,
    {
      type: 'NotifyStaffChange',
      data: {
        occurredAt: '2022-08-01',
        changeId: 'sc-1',
        role: '服务工程师',
        joining: '李四',
        effectiveOn: '2022-08-08',
      },
    },
  ],
  ApproveStaffChange: [
    STAFF_001,
    { type: 'ApproveStaffChange', data: { occurredAt: '2022-08-02', changeId: 'sc-1' } },
  ],
  RejectStaffChange: [
    STAFF_001,
    {
      type: 'RejectStaffChange',
      data: { occurredAt: '2022-08-02', changeId: 'sc-1', reason: '不同意' },
    },
  ],
  AssessPenalty: [
    SIGNED_000,
    {
      type: 'AssessPenalty',
      data: { occurredAt: '2022-06-01', penaltyId: 'pen-1', ruleId: 'late-delivery', days: 1 },
    },
  ],
  WaivePenalty: [
    PENALISED_000,
    {
      type: 'WaivePenalty',
      data: { occurredAt: '2022-06-02', penaltyId: 'pen-1', reason: '免除' },
    },
  ],
  RecordPenaltyPayment: [
    PENALISED_000,
    {
      type: 'RecordPenaltyPayment',
      data: {
        occurredAt: '2022-06-02',
        penaltyPaymentId: 'pp-1',
        penaltyId: 'pen-1',
        amount: '2000.00',
      },
    },
  ],
  RecordLateInterestPayment: [
    SIGNED_001,
    {
      type: 'RecordLateInterestPayment',
      data: {
        occurredAt: '2023-06-20',
        lateInterestPaymentId: 'lip-1',
        installmentId: 'second',
        amount: '3520.50',
      },
    },
  ],
  WaiveLateInterest: [
    SIGNED_001,
    {
      type: 'WaiveLateInterest',
      data: {
        occurredAt: '2023-06-20',
        waiverId: 'liw-1',
        installmentId: 'second',
        reason: '放弃',
      },
    },
  ],
  StartPaymentRestriction: [
    SIGNED_001,
    {
      type: 'StartPaymentRestriction',
      data: { occurredAt: '2022-12-20', restrictionId: 'pr-1', reason: '国库结账' },
    },
  ],
  EndPaymentRestriction: [
    play(SIGNED_001, {
      type: 'StartPaymentRestriction',
      data: { occurredAt: '2022-12-20', restrictionId: 'pr-1', reason: '国库结账' },
    }),
    { type: 'EndPaymentRestriction', data: { occurredAt: '2023-01-09', restrictionId: 'pr-1' } },
  ],
  IssueBreachNotice: [
    SIGNED_001,
    {
      type: 'IssueBreachNotice',
      data: { occurredAt: '2022-09-01', noticeId: 'bn-1', by: 'client', breach: '服务不达标' },
    },
  ],
  WithdrawBreachNotice: [
    BREACHED_001,
    {
      type: 'WithdrawBreachNotice',
      data: { occurredAt: '2022-09-03', noticeId: 'bn-1', reason: '通知对象有误' },
    },
  ],
  CureBreach: [
    BREACHED_001,
    { type: 'CureBreach', data: { occurredAt: '2022-09-05', noticeId: 'bn-1' } },
  ],
  IssueTerminationNotice: [
    SIGNED_001,
    {
      type: 'IssueTerminationNotice',
      data: { occurredAt: '2022-10-01', noticeId: 'tn-1', by: 'client', rightId: 'convenience' },
    },
  ],
  WithdrawTerminationNotice: [
    NOTICED_001,
    {
      type: 'WithdrawTerminationNotice',
      data: { occurredAt: '2022-10-05', noticeId: 'tn-1', reason: '继续' },
    },
  ],
  TerminateContract: [
    NOTICED_001,
    {
      type: 'TerminateContract',
      data: { occurredAt: '2022-10-31', by: 'client', noticeId: 'tn-1' },
    },
  ],
  RecordRefund: [
    TERMINATED_000,
    {
      type: 'RecordRefund',
      data: { occurredAt: '2022-08-10', refundId: 'rf-1', amount: '565000.00' },
    },
  ],
  EndServicePeriod: [SIGNED_002, cmd.endService('2022-09-29')],
  StartHoldover: [EXPIRED_002, { type: 'StartHoldover', data: { occurredAt: '2022-09-30' } }],
  EndHoldover: [
    play(EXPIRED_002, { type: 'StartHoldover', data: { occurredAt: '2022-09-30' } }),
    { type: 'EndHoldover', data: { occurredAt: '2022-10-30' } },
  ],
  // 002 第十三条 "由新服务商提供": the new service provider pays the fee of the 31 holdover days.
  RecordHoldoverFeePayment: [
    play(
      EXPIRED_002,
      { type: 'StartHoldover', data: { occurredAt: '2022-09-30' } },
      { type: 'EndHoldover', data: { occurredAt: '2022-10-30' } },
    ),
    {
      type: 'RecordHoldoverFeePayment',
      data: { occurredAt: '2022-11-15', paymentId: 'hop-1', amount: '1000.00', payer: 'successor' },
    },
  ],
  DeclareForceMajeure: [SIGNED_000, cmd.declareForceMajeure('2022-06-01', '封控')],
  EndForceMajeure: [
    SUSPENDED_000,
    { type: 'EndForceMajeure', data: { occurredAt: '2022-06-05', forceMajeureId: 'fm-1' } },
  ],
  SignAmendment: [
    SIGNED_001,
    {
      type: 'SignAmendment',
      data: {
        occurredAt: '2022-12-01',
        amendmentId: 'sa-1',
        description: '追加',
        addedAmount: '1000.00',
      },
    },
  ],
  ConfirmPaymentApplication: [
    SIGNED_001,
    {
      type: 'ConfirmPaymentApplication',
      data: { occurredAt: '2023-03-10', installmentId: 'second' },
    },
  ],
  AdjustFinalPayment: [
    SIGNED_000,
    {
      type: 'AdjustFinalPayment',
      data: {
        occurredAt: '2023-03-01',
        installmentId: 'final',
        newAmount: '300000.00',
        reason: '预算',
      },
    },
  ],
  RecordCorrection: [
    play(SIGNED_000, cmd.pay('first', '56500.00', '2022-05-20', 'pay-1')),
    {
      type: 'RecordCorrection',
      data: {
        occurredAt: '2022-05-21',
        correctionId: 'c-1',
        target: { type: 'PaymentRecorded', factId: 'pay-1' },
        action: 'amend',
        amended: { amount: '565000.00' },
        reason: '录入错误',
      },
    },
  ],
  CloseContract: [
    play(SETTLED_004, cmd.accept('final', '2023-06-15')),
    { type: 'CloseContract', data: { occurredAt: '2023-07-01' } },
  ],
};

function foldTerms(events: ContractEvent[]) {
  const state = foldContract(events);
  if (state.status === 'draft') throw new Error('unsigned');
  return state.file.terms;
}
