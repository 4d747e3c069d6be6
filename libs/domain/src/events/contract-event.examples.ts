import { CONTRACT_001_TERMS } from '../terms/examples/contract-001.terms';
import type { ContractEventType, EventOf } from './contract-event';
import { DEADLINE_EXAMPLES } from './deadline-event.examples';
import { DEFERRAL_EXAMPLES } from './deferral-event.examples';
import { LIFECYCLE_EXAMPLES } from './lifecycle-event.examples';

type Examples = { [T in ContractEventType]: EventOf<T> };

/**
 * One example of every event type, as it would sit in a stream (001 unless noted). The mapped type
 * makes the compiler insist on an example for each type; specs validate them against the schemas.
 */
const MONEY_AND_PERFORMANCE = {
  ContractSigned: {
    type: 'ContractSigned',
    data: {
      occurredAt: '2022-07-06',
      contractId: 'c-001',
      terms: CONTRACT_001_TERMS,
      servicePeriod: {
        start: '2022-07-07',
        end: '2023-07-06',
        days: 365,
        basis: 'civil-code',
        from: '2022-07-06',
        months: 12,
      },
      installments: [
        { id: 'start', amount: '1408200.00' },
        { id: 'second', amount: '704100.00' },
        { id: 'final', amount: '234700.00' },
      ],
      bondAmount: '117350.00',
      warnings: [],
    },
  },
  BondDeposited: {
    type: 'BondDeposited',
    data: {
      occurredAt: '2022-07-21',
      amount: '117350.00',
      required: '117350.00',
      dueBy: '2022-07-20',
      calendarVersion: 'chinese-days@1.5.7',
      instrument: 'bankGuarantee',
      flags: ['late'],
    },
  },
  BondDeducted: {
    type: 'BondDeducted',
    data: {
      occurredAt: '2022-10-20',
      deductionId: 'ded-1',
      ruleId: 'failed-assessment',
      amount: '5867.50',
      reason: '季度考核未通过',
      review: { scheduleId: 'quarterly-report', periodIndex: 1 },
      balanceAfter: '111482.50',
    },
  },
  BondRefunded: {
    type: 'BondRefunded',
    data: { occurredAt: '2023-07-25', amount: '111482.50', flags: [] },
  },
  InvoiceReceived: {
    type: 'InvoiceReceived',
    data: {
      occurredAt: '2022-07-08',
      invoiceId: 'inv-1',
      installmentId: 'start',
      amount: '1408200.00',
      invoiceNumber: 'No.00112233',
      flags: [],
    },
  },
  PaymentApplicationConfirmed: {
    type: 'PaymentApplicationConfirmed',
    data: {
      occurredAt: '2023-03-10',
      installmentId: 'second',
      dueDate: '2023-04-23',
      calendarVersion: 'chinese-days@1.5.7',
    },
  },
  PaymentRecorded: {
    type: 'PaymentRecorded',
    data: {
      occurredAt: '2022-07-15',
      paymentId: 'pay-1',
      installmentId: 'start',
      amount: '1408200.00',
      penaltyOffsets: [{ penaltyId: 'pen-1', amount: '1000.00' }],
      dueDate: '2022-07-20',
      flags: ['overpayment'],
    },
  },
  MilestoneAccepted: {
    type: 'MilestoneAccepted',
    data: { occurredAt: '2023-07-20', milestoneId: 'final', kind: 'final' },
  },
  AcceptanceRejected: {
    type: 'AcceptanceRejected',
    data: {
      occurredAt: '2023-07-20',
      milestoneId: 'final',
      reason: '资料不全',
      reworkBy: '2023-07-23',
      failures: 2,
      flags: ['terminationRightOpened'],
    },
  },
  AcceptanceDeemed: {
    type: 'AcceptanceDeemed',
    data: {
      occurredAt: '2023-07-28',
      milestoneId: 'final',
      deemedOn: '2023-07-28',
      calendarVersion: 'chinese-days@1.5.7',
    },
  },
  ReviewReportSubmitted: {
    type: 'ReviewReportSubmitted',
    data: {
      occurredAt: '2022-10-10',
      scheduleId: 'quarterly-report',
      periodIndex: 1,
      periodStart: '2022-07-07',
      periodEnd: '2022-10-06',
      dueBy: null,
      calendarVersion: null,
      flags: [],
    },
  },
  ReviewConcluded: {
    type: 'ReviewConcluded',
    data: {
      occurredAt: '2022-10-21',
      scheduleId: 'quarterly-report',
      periodIndex: 1,
      outcome: 'deemedPassed',
      findings: null,
      flags: [],
    },
  },
  StaffChangeNotified: {
    type: 'StaffChangeNotified',
    data: {
      occurredAt: '2022-08-01',
      changeId: 'sc-1',
      role: '服务工程师',
      leaving: '张三',
      joining: null,
      effectiveOn: '2022-08-03',
      flags: ['shortNotice'],
    },
  },
  StaffChangeApproved: {
    type: 'StaffChangeApproved',
    data: { occurredAt: '2022-08-02', changeId: 'sc-1' },
  },
  StaffChangeRejected: {
    type: 'StaffChangeRejected',
    data: { occurredAt: '2022-08-02', changeId: 'sc-1', reason: '资质不相当' },
  },
} satisfies Partial<Examples>;

export const EVENT_EXAMPLES: Examples = {
  ...MONEY_AND_PERFORMANCE,
  ...LIFECYCLE_EXAMPLES,
  ...DEFERRAL_EXAMPLES,
  ...DEADLINE_EXAMPLES,
};
