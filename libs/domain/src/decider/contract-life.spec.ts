import type { ContractCommand } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import { contractDecider, foldContract } from './contract.decider';
import type { ContractState } from './contract.state';
import { cmd, SIGNED_000, SIGNED_001 } from './testing/fixtures';
import { expectValidEvent } from './testing/given-when-then';

/** Runs a life story command by command, checking each event against its schema. */
function live(
  history: ContractEvent[],
  commands: ContractCommand[],
): { stream: ContractEvent[]; state: ContractState } {
  let state = foldContract(history);
  const stream = [...history];
  for (const command of commands) {
    const events = contractDecider.decide(command, state);
    events.forEach(expectValidEvent);
    stream.push(...events);
    state = events.reduce(contractDecider.evolve, state);
  }
  return { stream, state };
}

describe('the life of contract 000 (2022 市投资项目在线审批监管平台运维)', () => {
  const { stream, state } = live(SIGNED_000, [
    cmd.invoice('first', '565000.00', '2022-05-10'),
    cmd.pay('first', '565000.00', '2022-05-27'),
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
    cmd.accept('phase', '2022-11-10'),
    cmd.invoice('interim', '242159.00', '2022-11-11'),
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
    cmd.endService('2023-04-30'),
    cmd.accept('final', '2023-05-18'),
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
    cmd.invoice('final', '320000.00', '2023-05-19'),
    cmd.pay('final', '320000.00', '2023-05-30'),
    { type: 'CloseContract', data: { occurredAt: '2023-06-30' } },
  ]);

  it('records every fact without a single flag', () => {
    const flagged = stream.filter(
      (e) => 'flags' in e.data && (e.data as { flags: string[] }).flags.length > 0,
    );
    expect(flagged).toEqual([]);
  });

  it('ends closed, with 1,127,159.00 paid in cash and 2,000.00 of penalties offset', () => {
    expect(state.status).toBe('closed');
    const payments = stream.filter(
      (e): e is Extract<ContractEvent, { type: 'PaymentRecorded' }> => e.type === 'PaymentRecorded',
    );
    expect(payments.map((p) => p.data.amount)).toEqual(['565000.00', '240159.00', '320000.00']);
    expect(state.status !== 'draft' && state.file.total).toBe('1127159.00');
  });
});

describe('the life of contract 001 (2022 信息化基础软硬件环境运维)', () => {
  const { stream, state } = live(SIGNED_001, [
    cmd.deposit('117350.00', '2022-07-22'),
    cmd.invoice('start', '1408200.00', '2022-07-12'),
    cmd.pay('start', '1408200.00', '2022-07-19'),
    cmd.report('quarterly-report', 1, '2022-10-08'),
    cmd.conclude('quarterly-report', 1, 'failed', '2022-10-14'),
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
    cmd.report('quarterly-report', 2, '2023-01-09'),
    cmd.conclude('quarterly-report', 2, 'deemedPassed', '2023-01-20'),
  ]);

  it('flags the late bond (due 2022-07-20) and keeps 5,867.50 of it after the failed quarter', () => {
    expect(stream.find((e) => e.type === 'BondDeposited')).toMatchObject({
      data: { dueBy: '2022-07-20', flags: ['late'] },
    });
    expect(stream.find((e) => e.type === 'BondDeducted')).toMatchObject({
      data: { amount: '5867.50', balanceAfter: '111482.50' },
    });
    expect(state.status).toBe('active');
  });
});
