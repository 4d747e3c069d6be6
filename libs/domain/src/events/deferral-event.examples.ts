import type { ContractEventType, EventOf } from './contract-event';

type DeferralType =
  | 'InvoiceRejected'
  | 'HoldoverFeePaid'
  | 'LateInterestPaid'
  | 'LateInterestWaived'
  | 'PaymentRestrictionStarted'
  | 'PaymentRestrictionEnded'
  | 'AcceptanceApplied'
  | 'AcceptanceStarted';

/**
 * Examples of late-payment interest paid or waived (001 5.2: 0.05 % a day of the 704,100.00 second
 * installment = 352.05 a day), a treasury restriction (001 4.2) and the acceptance application and
 * start of 000 第七条 1 (service to 2023-04-30; application within 30 working days, start within 5).
 */
export const DEFERRAL_EXAMPLES: { [T in Extract<ContractEventType, DeferralType>]: EventOf<T> } = {
  // 001 2.3: the client pays the holdover fee 2,347,000.00 × 25 ÷ 365 = 160,753.42.
  HoldoverFeePaid: {
    type: 'HoldoverFeePaid',
    data: {
      occurredAt: '2023-09-20',
      paymentId: 'hop-1',
      amount: '160753.42',
      payer: 'client',
      owedBy: 'client',
      flags: [],
    },
  },
  // 001 4.2 "提供发票不符合本合同要求的": the client returns the start payment's invoice.
  InvoiceRejected: {
    type: 'InvoiceRejected',
    data: {
      occurredAt: '2022-07-14',
      invoiceId: 'inv-start',
      installmentId: 'start',
      receivedOn: '2022-07-12',
      reason: '发票抬头与合同甲方名称不一致',
    },
  },
  LateInterestPaid: {
    type: 'LateInterestPaid',
    data: {
      occurredAt: '2023-06-20',
      lateInterestPaymentId: 'lip-1',
      installmentId: 'second',
      amount: '3520.50',
      dueDate: '2023-04-26',
      flags: [],
    },
  },
  LateInterestWaived: {
    type: 'LateInterestWaived',
    data: {
      occurredAt: '2023-06-20',
      waiverId: 'liw-1',
      installmentId: 'second',
      amount: null,
      reason: '乙方书面放弃逾期付款违约金',
    },
  },
  PaymentRestrictionStarted: {
    type: 'PaymentRestrictionStarted',
    data: { occurredAt: '2022-12-20', restrictionId: 'pr-1', reason: '市财政国库年终结账' },
  },
  PaymentRestrictionEnded: {
    type: 'PaymentRestrictionEnded',
    data: { occurredAt: '2023-01-09', restrictionId: 'pr-1', startedOn: '2022-12-20', days: 20 },
  },
  AcceptanceApplied: {
    type: 'AcceptanceApplied',
    data: {
      occurredAt: '2023-05-15',
      milestoneId: 'final',
      applicationDueBy: '2023-06-13',
      startDueBy: '2023-05-22',
      calendarVersion: 'chinese-days@1.5.7',
      flags: [],
    },
  },
  AcceptanceStarted: {
    type: 'AcceptanceStarted',
    data: { occurredAt: '2023-05-19', milestoneId: 'final', startDueBy: '2023-05-22', flags: [] },
  },
};
