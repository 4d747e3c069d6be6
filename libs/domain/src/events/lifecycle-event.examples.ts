import type { ContractEventType, EventOf } from './contract-event';

type LifecycleType =
  | 'PenaltyAssessed'
  | 'PenaltyWaived'
  | 'PenaltyPaid'
  | 'BreachNoticeIssued'
  | 'BreachNoticeWithdrawn'
  | 'BreachCured'
  | 'TerminationNoticeIssued'
  | 'TerminationNoticeWithdrawn'
  | 'ContractTerminated'
  | 'RefundPaid'
  | 'ServicePeriodEnded'
  | 'HoldoverStarted'
  | 'HoldoverEnded'
  | 'ForceMajeureDeclared'
  | 'ForceMajeureEnded'
  | 'AmendmentSigned'
  | 'FinalPaymentAdjusted'
  | 'CorrectionRecorded'
  | 'ContractClosed';

/** Examples of the penalty, termination, holdover, force-majeure, amendment and correction events (001 unless noted). */
export const LIFECYCLE_EXAMPLES: { [T in Extract<ContractEventType, LifecycleType>]: EventOf<T> } =
  {
    PenaltyAssessed: {
      type: 'PenaltyAssessed',
      data: {
        occurredAt: '2022-09-01',
        penaltyId: 'pen-1',
        ruleId: 'other-breach',
        amount: '23470.00',
        basis: { days: null, violations: null, occurrences: 1 },
        formula: '2347000.00 × 0.01 × 1 = 23470.00',
        description: '违反其他约定义务',
        flags: [],
      },
    },
    PenaltyWaived: {
      type: 'PenaltyWaived',
      data: {
        occurredAt: '2022-09-10',
        penaltyId: 'pen-1',
        amount: '23470.00',
        reason: '协商免除',
      },
    },
    PenaltyPaid: {
      type: 'PenaltyPaid',
      data: {
        occurredAt: '2022-09-10',
        penaltyPaymentId: 'pp-1',
        penaltyId: 'pen-1',
        amount: '23470.00',
        flags: [],
      },
    },
    BreachNoticeIssued: {
      type: 'BreachNoticeIssued',
      data: {
        occurredAt: '2022-09-01',
        noticeId: 'bn-1',
        by: 'client',
        breach: '擅自更换人员',
        rightId: 'uncured-breach',
        cureBy: '2022-09-11',
      },
    },
    BreachNoticeWithdrawn: {
      type: 'BreachNoticeWithdrawn',
      data: { occurredAt: '2022-09-03', noticeId: 'bn-2', reason: '通知对象有误' },
    },
    BreachCured: {
      type: 'BreachCured',
      data: { occurredAt: '2022-09-12', noticeId: 'bn-1', flags: ['late'] },
    },
    TerminationNoticeIssued: {
      type: 'TerminationNoticeIssued',
      data: {
        occurredAt: '2022-10-01',
        noticeId: 'tn-1',
        by: 'client',
        rightId: 'convenience',
        ground: 'convenience',
        breachNoticeId: null,
        effectiveOn: '2022-10-31',
        flags: [],
      },
    },
    TerminationNoticeWithdrawn: {
      type: 'TerminationNoticeWithdrawn',
      data: { occurredAt: '2022-10-10', noticeId: 'tn-1', reason: '继续履行' },
    },
    ContractTerminated: {
      type: 'ContractTerminated',
      data: {
        occurredAt: '2022-10-31',
        by: 'client',
        rightId: 'convenience',
        ground: 'convenience',
        noticeId: 'tn-1',
        performedThrough: '2022-10-31',
        refundBasis: 'proRata',
        refundDue: '655873.97',
        refundDueBy: null,
        formula:
          'min(max(0, 1408200.00 − 2347000.00 × 117 ÷ 365), 2347000.00 × 248 ÷ 365) = 655873.97',
      },
    },
    RefundPaid: {
      type: 'RefundPaid',
      data: { occurredAt: '2022-11-10', refundId: 'rf-1', amount: '655873.97', flags: [] },
    },
    ServicePeriodEnded: {
      type: 'ServicePeriodEnded',
      data: { occurredAt: '2023-07-06', serviceEnd: '2023-07-06' },
    },
    HoldoverStarted: { type: 'HoldoverStarted', data: { occurredAt: '2023-07-07' } },
    HoldoverEnded: {
      type: 'HoldoverEnded',
      data: {
        occurredAt: '2023-12-31',
        days: 178,
        fee: '234700.00',
        capped: true,
        paidBy: 'client',
        formula: '2347000.00 × 178 ÷ 365, capped at 234700.00 = 234700.00',
      },
    },
    ForceMajeureDeclared: {
      type: 'ForceMajeureDeclared',
      data: {
        occurredAt: '2022-08-01',
        forceMajeureId: 'fm-1',
        by: 'supplier',
        notifiedOn: '2022-08-01',
        description: '暴雨致机房断电',
        flags: [],
      },
    },
    ForceMajeureEnded: {
      type: 'ForceMajeureEnded',
      data: {
        occurredAt: '2022-08-10',
        forceMajeureId: 'fm-1',
        suspendedDays: 10,
        feeDeduction: '0.00',
        extendedServiceEnd: '2023-07-16',
        flags: [],
      },
    },
    AmendmentSigned: {
      type: 'AmendmentSigned',
      data: {
        occurredAt: '2022-12-01',
        amendmentId: 'sa-1',
        description: '追加运维内容',
        addedAmount: '200000.00',
        newTotal: '2547000.00',
        installment: { id: 'sa-1-payment', label: '补充协议款', amount: '200000.00', dueBy: null },
      },
    },
    FinalPaymentAdjusted: {
      type: 'FinalPaymentAdjusted',
      data: {
        occurredAt: '2023-03-01',
        installmentId: 'final',
        previousAmount: '322841.00',
        newAmount: '300000.00',
        budgetYear: 2023,
        reason: '2023 年预算',
      },
    },
    CorrectionRecorded: {
      type: 'CorrectionRecorded',
      data: {
        occurredAt: '2022-07-16',
        correctionId: 'cor-1',
        target: { type: 'PaymentRecorded', factId: 'pay-1' },
        action: 'amend',
        amended: { amount: '1408200.00', occurredAt: null },
        reason: '录入错误',
        flags: [],
      },
    },
    ContractClosed: { type: 'ContractClosed', data: { occurredAt: '2024-01-31', from: 'expired' } },
  };
