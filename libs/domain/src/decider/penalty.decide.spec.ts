import type { ContractCommand } from '../commands';
import { SIGNED_000, SIGNED_001, SIGNED_003 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

type AssessData = Extract<ContractCommand, { type: 'AssessPenalty' }>['data'];
const assess = (
  penaltyId: string,
  ruleId: string,
  q: Partial<AssessData> = {},
  occurredAt = '2022-10-10',
): ContractCommand => ({
  type: 'AssessPenalty',
  data: { occurredAt, penaltyId, ruleId, ...q },
});

describe('AssessPenalty', () => {
  it('000 第十二条 1: 0.5 % of 1,130,000.00 a day — 3 days late = 16,950.00', () => {
    given(...SIGNED_000)
      .when(assess('pen-1', 'late-delivery', { days: 3 }))
      .then({
        type: 'PenaltyAssessed',
        data: {
          occurredAt: '2022-10-10',
          penaltyId: 'pen-1',
          ruleId: 'late-delivery',
          amount: '16950.00',
          basis: { days: 3, violations: null, occurrences: null },
          formula: '1130000.00 × 0.005 × 3 = 16950.00',
          description: '逾期交付工作成果或提供服务',
          flags: [],
        },
      });
  });

  it('000 第十二条 1: more than 15 days late opens the termination right', () => {
    given(...SIGNED_000)
      .when(assess('pen-1', 'late-delivery', { days: 15 }))
      .thenOne({ type: 'PenaltyAssessed', data: { amount: '84750.00', flags: [] } });
    given(...SIGNED_000)
      .when(assess('pen-1', 'late-delivery', { days: 16 }))
      .thenOne({
        type: 'PenaltyAssessed',
        data: { amount: '90400.00', flags: ['terminationRightOpened'] },
      });
  });

  it('003 第六条 2(1): 1 % of 2,780,000.00 a day, all assessments together capped at 5 % = 139,000.00', () => {
    const first = play(SIGNED_003, assess('pen-1', 'service-failure', { days: 4 }, '2023-02-01'));
    given(...SIGNED_003)
      .when(assess('pen-1', 'service-failure', { days: 4 }, '2023-02-01'))
      .thenOne({ type: 'PenaltyAssessed', data: { amount: '111200.00', flags: [] } });
    given(...first)
      .when(assess('pen-2', 'service-failure', { days: 2 }, '2023-03-01'))
      .thenOne({ type: 'PenaltyAssessed', data: { amount: '27800.00', flags: ['capped'] } });
    const capped = play(first, assess('pen-2', 'service-failure', { days: 2 }, '2023-03-01'));
    given(...capped)
      .when(assess('pen-3', 'service-failure', { days: 1 }, '2023-04-01'))
      .thenRefuses('PENALTY_CAP_REACHED', 'data.days');
  });

  it('000 第十二条 3: 1,000.00 per violation; the 10th violation opens the termination right', () => {
    given(...SIGNED_000)
      .when(assess('pen-1', 'inspection-violation', { violations: 3 }))
      .thenOne({ type: 'PenaltyAssessed', data: { amount: '3000.00', flags: [] } });
    const nine = play(SIGNED_000, assess('pen-1', 'inspection-violation', { violations: 9 }));
    given(...nine)
      .when(assess('pen-2', 'inspection-violation', { violations: 1 }, '2022-11-10'))
      .thenOne({
        type: 'PenaltyAssessed',
        data: { amount: '1000.00', flags: ['terminationRightOpened'] },
      });
  });

  it('001 5.1: 1 % of 2,347,000.00 for an IP breach (23,470.00), 1 % each time for other breaches', () => {
    given(...SIGNED_001)
      .when(assess('pen-1', 'intellectual-property'))
      .thenOne({
        type: 'PenaltyAssessed',
        data: {
          amount: '23470.00',
          basis: { days: null, violations: null, occurrences: 1 },
          flags: ['terminationRightOpened'],
        },
      });
    given(...SIGNED_001)
      .when(assess('pen-1', 'other-breach', { occurrences: 2 }))
      .thenOne({ type: 'PenaltyAssessed', data: { amount: '46940.00' } });
  });

  it('000 第十二条 6: termination for cause costs 20 % of the total = 226,000.00', () => {
    given(...SIGNED_000)
      .when(assess('pen-t', 'termination-for-cause'))
      .thenOne({ type: 'PenaltyAssessed', data: { amount: '226000.00' } });
  });

  it('003 第六条 2(3): an assessed amount up to 5 % of the total', () => {
    given(...SIGNED_003)
      .when(assess('pen-1', 'performance-impossible', { amount: '100000.00' }, '2023-02-01'))
      .thenOne({ type: 'PenaltyAssessed', data: { amount: '100000.00' } });
    given(...SIGNED_003)
      .when(assess('pen-1', 'performance-impossible', { amount: '139000.01' }, '2023-02-01'))
      .thenRefuses('PENALTY_ABOVE_MAXIMUM', 'data.amount');
  });

  it('refuses an unknown rule, a missing quantity and a quantity that does not apply', () => {
    refusals(
      [SIGNED_000, assess('pen-1', 'nope', { days: 1 }), 'UNKNOWN_PENALTY_RULE', 'data.ruleId'],
      [SIGNED_000, assess('pen-1', 'late-delivery'), 'PENALTY_QUANTITY_REQUIRED', 'data.days'],
    );
    given(...SIGNED_000)
      .when(assess('pen-1', 'inspection-violation', { days: 2 }))
      .thenRefuses('INVALID_VALUE', 'data.days');
    given(...SIGNED_000)
      .when(assess('pen-1', 'late-delivery', { days: 0 }))
      .thenRefuses('INVALID_VALUE', 'data.days');
  });

  it('decides nothing on a resend, even once the cap is reached', () => {
    const capped = play(SIGNED_003, assess('pen-1', 'service-failure', { days: 5 }, '2023-02-01'));
    given(...capped)
      .when(assess('pen-1', 'service-failure', { days: 5 }, '2023-02-01'))
      .thenNothing();
  });
});

describe('WaivePenalty', () => {
  const ASSESSED = play(SIGNED_000, assess('pen-1', 'late-delivery', { days: 2 }));
  const waive = (penaltyId = 'pen-1'): ContractCommand => ({
    type: 'WaivePenalty',
    data: { occurredAt: '2022-10-20', penaltyId, reason: '协商免除' },
  });

  it('waives what is outstanding', () => {
    given(...ASSESSED)
      .when(waive())
      .then({
        type: 'PenaltyWaived',
        data: {
          occurredAt: '2022-10-20',
          penaltyId: 'pen-1',
          amount: '11300.00',
          reason: '协商免除',
        },
      });
  });

  it('waives only the part not yet offset against a payment', () => {
    const offset = play(ASSESSED, {
      type: 'RecordPayment',
      data: {
        occurredAt: '2022-10-15',
        paymentId: 'p-1',
        installmentId: 'first',
        amount: '555000.00',
        penaltyOffsets: [{ penaltyId: 'pen-1', amount: '10000.00' }],
      },
    });
    given(...offset)
      .when(waive())
      .thenOne({ type: 'PenaltyWaived', data: { amount: '1300.00' } });
  });

  it('refuses an unknown penalty and one that is fully settled; decides nothing on a resend', () => {
    refusals([ASSESSED, waive('pen-9'), 'UNKNOWN_PENALTY', 'data.penaltyId']);
    const settled = play(ASSESSED, {
      type: 'RecordPayment',
      data: {
        occurredAt: '2022-10-15',
        paymentId: 'p-1',
        installmentId: 'first',
        amount: '553700.00',
        penaltyOffsets: [{ penaltyId: 'pen-1', amount: '11300.00' }],
      },
    });
    refusals([settled, waive(), 'PENALTY_NOT_OUTSTANDING', 'data.penaltyId']);
    given(...play(ASSESSED, waive()))
      .when(waive())
      .thenNothing();
  });

  it('refuses before signing', () => {
    refusals([[], waive(), 'CONTRACT_NOT_SIGNED']);
  });
});
