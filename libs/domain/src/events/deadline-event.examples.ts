import type { ContractEventType, EventOf } from './contract-event';

type DeadlineType =
  | 'InstallmentBecameOverdue'
  | 'ReviewDeemedPassed'
  | 'BondRefundOverdue'
  | 'CurePeriodExpired'
  | 'DeadlineRescheduled';

/**
 * Deadline facts as the scheduler records them, with the reference contracts' figures
 * (deadlines/due-deadline-facts.spec.ts derives the same): 003 第三条 2(1) first installment
 * 1,668,000.00 due 10 working days after the invoice of 2022-12-26 → 2023-01-10, unpaid →
 * overdue from 2023-01-11; 001 6.3 quarterly report 2 received 2023-01-09, no objection within
 * 10 days → window ends 2023-01-19, passed from 01-20; 002 第十二条 2 breach notice of
 * 2022-03-11, 30 days to cure → 2022-04-10, uncured → expired 04-11. The bond refund deadline
 * (15 working days after final acceptance on 2023-07-20 → 2023-08-10) and the move of a 2027
 * deadline are hypothetical: no reference contract has either.
 */
export const DEADLINE_EXAMPLES: { [T in Extract<ContractEventType, DeadlineType>]: EventOf<T> } = {
  InstallmentBecameOverdue: {
    type: 'InstallmentBecameOverdue',
    data: {
      occurredAt: '2023-01-11',
      factId: '5d0f6c7e-2b7b-5a41-9d6e-0c1f2a3b4c5d',
      installmentId: 'first',
      dueDate: '2023-01-10',
      outstanding: '1668000.00',
      calendarVersion: 'chinese-days@1.5.7',
    },
  },
  ReviewDeemedPassed: {
    type: 'ReviewDeemedPassed',
    data: {
      occurredAt: '2023-01-20',
      factId: '8a1e2f3c-4d5b-5e6f-8a7b-9c0d1e2f3a4b',
      scheduleId: 'quarterly-report',
      periodIndex: 2,
      receivedOn: '2023-01-09',
      windowEnd: '2023-01-19',
      calendarVersion: null,
    },
  },
  BondRefundOverdue: {
    type: 'BondRefundOverdue',
    data: {
      occurredAt: '2023-08-11',
      factId: '0c9b8a7d-6e5f-5a4b-8c3d-2e1f0a9b8c7d',
      dueDate: '2023-08-10',
      refundable: '111482.50',
      calendarVersion: 'chinese-days@1.5.7',
    },
  },
  CurePeriodExpired: {
    type: 'CurePeriodExpired',
    data: {
      occurredAt: '2022-04-11',
      factId: '3f2e1d0c-9b8a-5f7e-9d6c-5b4a3f2e1d0c',
      noticeId: 'bn-002-1',
      cureBy: '2022-04-10',
      rightId: 'failed-monthly-assessment',
    },
  },
  DeadlineRescheduled: {
    type: 'DeadlineRescheduled',
    data: {
      occurredAt: '2026-12-15',
      factId: '7b6a5f4e-3d2c-5b1a-8f9e-8d7c6b5a4f3e',
      deadline: 'installmentDue',
      subject: 'second',
      from: '2027-02-19',
      to: '2027-02-22',
      fromCalendarVersion: 'provisional-2027@rules-2024',
      toCalendarVersion: 'chinese-days@1.5.7+cn-2027@1',
    },
  },
};
