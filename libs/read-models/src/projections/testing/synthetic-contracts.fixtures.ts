import {
  CONTRACT_000_TERMS,
  CONTRACT_001_TERMS,
  CONTRACT_002_TERMS,
  addDays,
  addMonths,
  splitEvenly,
  type Money,
  type ContractCommand,
  type ContractEvent,
} from '@app/domain';
import { decideAll, signing, terminationBy002Client } from './reference-histories.fixtures';

/**
 * Realistic contract lives for benchmarks: each template is decided once by the real decider
 * (payments in parts with invoices, monthly or quarterly reviews, penalties offset and waived,
 * staff changes, a corrected double entry, bond movements, a termination with refunds), then
 * copied for each synthetic contract with its own contract id. Templates average ~100 events.
 */
const pay = (installmentId: string, amount: string, occurredAt: string, paymentId: string) =>
  ({ type: 'RecordPayment', data: { occurredAt, paymentId, installmentId, amount } }) as const;
const invoice = (installmentId: string, amount: string, occurredAt: string, invoiceId: string) =>
  ({ type: 'RecordInvoice', data: { occurredAt, invoiceId, installmentId, amount } }) as const;

function reviews(scheduleId: string, first: string, months: number, count: number, fail = 0) {
  const commands: ContractCommand[] = [];
  for (let n = 1; n <= count; n++) {
    const reported = addDays(addMonths(first, n * months), 3);
    commands.push(
      { type: 'SubmitReviewReport', data: { occurredAt: reported, scheduleId, periodIndex: n } },
      {
        type: 'ConcludeReview',
        data: {
          occurredAt: addDays(reported, 4),
          scheduleId,
          periodIndex: n,
          outcome: n === fail ? 'failed' : 'passed',
        },
      },
    );
  }
  return commands;
}

function inParts(id: string, total: Money, parts: number, from: string): ContractCommand[] {
  return splitEvenly(total, parts)
    .map((amount, i) => {
      const on = addDays(from, i * 9);
      return [
        invoice(id, amount, on, `inv-${id}-${i}`),
        pay(id, amount, addDays(on, 5), `pay-${id}-${i}`),
      ];
    })
    .flat();
}

/** 000: monthly reports, 20 inspection penalties (some waived, one offset), a reversed double entry. */
function template000(): ContractEvent[] {
  const penalties: ContractCommand[] = Array.from({ length: 30 }, (_, i) => ({
    type: 'AssessPenalty',
    data: {
      occurredAt: addDays('2022-04-01', i * 7),
      penaltyId: `pen-${i}`,
      ruleId: 'inspection-violation',
      violations: 1,
    },
  }));
  const waive = (ids: number[], occurredAt: string): ContractCommand[] =>
    ids.map((i) => ({
      type: 'WaivePenalty',
      data: { occurredAt, penaltyId: `pen-${i}`, reason: '整改完成' },
    }));
  const waivers = waive([3, 5, 7], '2022-10-20');
  return decideAll(
    signing(CONTRACT_000_TERMS, 'template-000'),
    ...inParts('first', '565000.00', 5, '2022-03-10'),
    pay('first', '1000.00', '2022-05-20', 'pay-typo'),
    {
      type: 'RecordCorrection',
      data: {
        occurredAt: '2022-05-22',
        correctionId: 'cor-typo',
        target: { type: 'PaymentRecorded', factId: 'pay-typo' },
        action: 'reverse',
        reason: '误录',
      },
    },
    ...penalties.slice(0, 9),
    ...reviews('monthly-report', '2022-03-01', 1, 14),
    ...penalties.slice(9),
    ...waivers,
    { type: 'AcceptMilestone', data: { occurredAt: '2022-11-10', milestoneId: 'phase' } },
    invoice('interim', '242159.00', '2022-11-11', 'inv-interim'),
    {
      type: 'RecordPayment',
      data: {
        occurredAt: '2022-11-28',
        paymentId: 'pay-interim',
        installmentId: 'interim',
        amount: '241159.00',
        penaltyOffsets: [{ penaltyId: 'pen-0', amount: '1000.00' }],
      },
    },
    { type: 'EndServicePeriod', data: { occurredAt: '2023-04-30' } },
    { type: 'AcceptMilestone', data: { occurredAt: '2023-05-18', milestoneId: 'final' } },
    {
      type: 'AdjustFinalPayment',
      data: {
        occurredAt: '2023-05-19',
        installmentId: 'final',
        newAmount: '320000.00',
        budgetYear: 2023,
        reason: '2023 年财政预算下达',
      },
    },
    ...inParts('final', '320000.00', 4, '2023-05-20'),
    ...waive([1, 2, 4, 6, 8, 9, ...Array.from({ length: 20 }, (_, i) => 10 + i)], '2023-08-01'),
    { type: 'CloseContract', data: { occurredAt: '2023-08-30' } },
  );
}

/** 001: bond, quarterly and semi-annual reviews (one failed → 5 % of the bond kept), staff changes. */
function template001(): ContractEvent[] {
  const staff: ContractCommand[] = Array.from({ length: 35 }, (_, i) => [
    {
      type: 'NotifyStaffChange' as const,
      data: {
        occurredAt: addDays('2022-07-20', i * 9),
        changeId: `sc-${i}`,
        role: '服务工程师',
        joining: `工程师${i}`,
        effectiveOn: addDays('2022-07-27', i * 9),
      },
    },
    {
      type: 'ApproveStaffChange' as const,
      data: { occurredAt: addDays('2022-07-22', i * 9), changeId: `sc-${i}` },
    },
  ]).flat();
  return decideAll(
    signing(CONTRACT_001_TERMS, 'template-001'),
    { type: 'DepositBond', data: { occurredAt: '2022-07-15', amount: '117350.00' } },
    ...inParts('start', '1408200.00', 3, '2022-07-08'),
    ...staff.slice(0, 24),
    ...reviews('quarterly-report', '2022-07-07', 3, 4, 1),
    {
      type: 'DeductBond',
      data: {
        occurredAt: '2022-10-25',
        deductionId: 'ded-q1',
        ruleId: 'failed-assessment',
        reason: '第一季度考核未通过',
        review: { scheduleId: 'quarterly-report', periodIndex: 1 },
      },
    },
    ...reviews('semi-annual-briefing', '2022-07-07', 6, 2),
    ...staff.slice(24),
    ...inParts('second', '704100.00', 2, '2023-03-20'),
    { type: 'EndServicePeriod', data: { occurredAt: '2023-07-06' } },
    { type: 'AcceptMilestone', data: { occurredAt: '2023-07-20', milestoneId: 'final' } },
    ...inParts('final', '234700.00', 1, '2023-07-25'),
    { type: 'RefundBond', data: { occurredAt: '2023-08-10' } },
    { type: 'CloseContract', data: { occurredAt: '2023-08-31' } },
  );
}

/** 002: monthly reports, then a failed assessment left uncured and a pro-rata termination. */
function template002(): ContractEvent[] {
  return decideAll(
    signing(CONTRACT_002_TERMS, 'template-002'),
    ...inParts('first', '1431500.00', 2, '2021-10-15'),
    ...reviews('monthly-report', '2021-09-30', 1, 5),
    ...terminationBy002Client(),
    {
      type: 'RecordRefund',
      data: { occurredAt: '2022-05-14', refundId: 'ref-2', amount: '122157.53' },
    },
    { type: 'CloseContract', data: { occurredAt: '2022-06-30' } },
  );
}

let templates: ContractEvent[][] | null = null;

/** The templates (built once): 000-like, 001-like, 002-like lives. */
export function contractTemplates(): ContractEvent[][] {
  templates ??= [template000(), template001(), template002()];
  return templates;
}

/** The life of synthetic contract number `n`: a template with its own contract id. */
export function syntheticContract(n: number): { contractId: string; events: ContractEvent[] } {
  const all = contractTemplates();
  const template = all[n % 50 < 23 ? 0 : n % 50 < 46 ? 1 : 2];
  const contractId = `bench-${n.toString().padStart(6, '0')}`;
  const events = template.map((e) =>
    e.type === 'ContractSigned' ? ({ ...e, data: { ...e.data, contractId } } as ContractEvent) : e,
  );
  return { contractId, events };
}
