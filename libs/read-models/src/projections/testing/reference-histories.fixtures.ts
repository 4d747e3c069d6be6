import { randomUUID } from 'node:crypto';
import {
  CONTRACT_000_TERMS,
  CONTRACT_001_TERMS,
  CONTRACT_002_TERMS,
  EVENT_SCHEMA_VERSIONS,
  contractDecider,
  foldContract,
  type ContractCommand,
  type ContractEvent,
  type ContractTerms,
} from '@app/domain';
import type { EventToAppend } from '@app/event-store';

/** Runs commands through the real decider: fixtures are events the domain actually decides. */
export function decideAll(
  history: ContractEvent[],
  ...commands: ContractCommand[]
): ContractEvent[] {
  let state = foldContract(history);
  const stream = [...history];
  for (const command of commands) {
    const events = contractDecider.decide(command, state);
    state = events.reduce(contractDecider.evolve, state);
    stream.push(...events);
  }
  return stream;
}

export function signing(terms: ContractTerms, contractId: string): ContractEvent[] {
  return decideAll([], {
    type: 'SignContract',
    data: { occurredAt: terms.signingDate, contractId, terms },
  });
}

const pay = (installmentId: string, amount: string, occurredAt: string, paymentId: string) =>
  ({ type: 'RecordPayment', data: { occurredAt, paymentId, installmentId, amount } }) as const;
const invoice = (installmentId: string, amount: string, occurredAt: string, invoiceId: string) =>
  ({ type: 'RecordInvoice', data: { occurredAt, invoiceId, installmentId, amount } }) as const;

/** Late-payment facts as commands (001 4.2 treasury restriction; 5.2 interest paid or waived). */
export const lateInterestCommands = {
  startRestriction: (occurredAt: string, reason: string, restrictionId = 'pr-1') =>
    ({ type: 'StartPaymentRestriction', data: { occurredAt, restrictionId, reason } }) as const,
  endRestriction: (occurredAt: string, restrictionId = 'pr-1') =>
    ({ type: 'EndPaymentRestriction', data: { occurredAt, restrictionId } }) as const,
  payInterest: (installmentId: string, amount: string, occurredAt: string, id = 'lip-1') =>
    ({
      type: 'RecordLateInterestPayment',
      data: { occurredAt, lateInterestPaymentId: id, installmentId, amount },
    }) as const,
  /** A waiver of all that is owed, or of `amount`. */
  waiveInterest: (
    installmentId: string,
    occurredAt: string,
    reason: string,
    amount?: string,
    waiverId = 'liw-1',
  ) =>
    ({
      type: 'WaiveLateInterest',
      data: {
        occurredAt,
        waiverId,
        installmentId,
        ...(amount !== undefined ? { amount } : {}),
        reason,
      },
    }) as const,
};

/** 001 12.4: the client's breach notice of 2022-11-15 (an unauthorised staff change), cured 2022-11-22. */
export const breachNotice001 = {
  issue: {
    type: 'IssueBreachNotice',
    data: {
      occurredAt: '2022-11-15',
      noticeId: 'bn-1',
      by: 'client',
      breach: '擅自更换驻场服务工程师（12.4）',
      rightId: 'uncured-breach',
    },
  },
  cure: { type: 'CureBreach', data: { occurredAt: '2022-11-22', noticeId: 'bn-1' } },
} as const;

/**
 * 000 (第五条: 565,000.00 / 242,159.00 / 322,841.00): the first installment paid, a payment
 * recorded twice by mistake and reversed, an inspection penalty (第十二条 3) offset against the
 * interim payment (第十二条 8).
 */
export function history000(contractId = 'c-000'): ContractEvent[] {
  return decideAll(
    signing(CONTRACT_000_TERMS, contractId),
    invoice('first', '565000.00', '2022-05-10', 'inv-first'),
    pay('first', '565000.00', '2022-05-27', 'pay-first'),
    pay('first', '565000.00', '2022-05-28', 'pay-first-dup'),
    {
      type: 'RecordCorrection',
      data: {
        occurredAt: '2022-06-02',
        correctionId: 'cor-1',
        target: { type: 'PaymentRecorded', factId: 'pay-first-dup' },
        action: 'reverse',
        reason: '重复录入',
      },
    },
    {
      type: 'AssessPenalty',
      data: {
        occurredAt: '2022-08-15',
        penaltyId: 'pen-1',
        ruleId: 'inspection-violation',
        violations: 2,
        description: '巡检记录缺失',
      },
    },
    { type: 'AcceptMilestone', data: { occurredAt: '2022-11-10', milestoneId: 'phase' } },
    invoice('interim', '242159.00', '2022-11-11', 'inv-interim'),
    {
      type: 'RecordPayment',
      data: {
        occurredAt: '2022-11-28',
        paymentId: 'pay-interim',
        installmentId: 'interim',
        amount: '240159.00',
        penaltyOffsets: [{ penaltyId: 'pen-1', amount: '2000.00' }],
      },
    },
  );
}

/**
 * 001 (4.2): bond 117,350.00 deposited late (due 2022-07-20); the start installment
 * (1,408,200.00, due 10 working days after signing = 2022-07-20) is not paid; the first quarter
 * fails and 6.2 lets the client keep 5 % of the bond = 5,867.50.
 */
export function history001(contractId = 'c-001'): ContractEvent[] {
  return decideAll(
    signing(CONTRACT_001_TERMS, contractId),
    { type: 'DepositBond', data: { occurredAt: '2022-07-22', amount: '117350.00' } },
    invoice('start', '1408200.00', '2022-07-12', 'inv-start'),
    {
      type: 'SubmitReviewReport',
      data: { occurredAt: '2022-10-08', scheduleId: 'quarterly-report', periodIndex: 1 },
    },
    {
      type: 'ConcludeReview',
      data: {
        occurredAt: '2022-10-14',
        scheduleId: 'quarterly-report',
        periodIndex: 1,
        outcome: 'failed',
      },
    },
    {
      type: 'DeductBond',
      data: {
        occurredAt: '2022-10-20',
        deductionId: 'ded-q1',
        ruleId: 'failed-assessment',
        reason: '第一季度考核未通过',
        review: { scheduleId: 'quarterly-report', periodIndex: 1 },
      },
    },
  );
}

/**
 * 002 (第十二条 2): 70 % paid, the monthly assessment fails and stays uncured, the client
 * terminates on 2022-04-15: refund = 1,431,500.00 − 2,045,000.00 × 198 ÷ 365 = 322,157.53, due
 * within 30 days (2022-05-15); 200,000.00 of it paid back so far.
 */
export function history002(contractId = 'c-002'): ContractEvent[] {
  return decideAll(
    signing(CONTRACT_002_TERMS, contractId),
    invoice('first', '1431500.00', '2021-10-15', 'inv-first'),
    pay('first', '1431500.00', '2021-11-15', 'pay-first'),
    ...terminationBy002Client(),
  );
}

/** A decided event as the store takes it. */
export function toAppend(event: ContractEvent, actor = 'finance-test'): EventToAppend {
  return {
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
    data: event.data,
    occurredAt: event.data.occurredAt,
    metadata: { actor, correlationId: randomUUID(), causationId: null },
  };
}

/**
 * 002 第十二条: the client terminates on 2022-04-15 after a failed monthly assessment left uncured,
 * and the supplier starts refunding the fees for the unperformed days.
 */
export function terminationBy002Client(): ContractCommand[] {
  return [
    {
      type: 'IssueBreachNotice',
      data: {
        occurredAt: '2022-03-01',
        noticeId: 'bn-1',
        by: 'client',
        breach: '月度考核不合格',
        rightId: 'failed-monthly-assessment',
      },
    },
    {
      type: 'TerminateContract',
      data: {
        occurredAt: '2022-04-15',
        by: 'client',
        rightId: 'failed-monthly-assessment',
        breachNoticeId: 'bn-1',
      },
    },
    {
      type: 'RecordRefund',
      data: { occurredAt: '2022-05-10', refundId: 'ref-1', amount: '200000.00' },
    },
  ];
}
