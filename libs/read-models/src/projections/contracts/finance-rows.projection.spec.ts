import { CONTRACT_001_TERMS, type ContractCommand } from '@app/domain';
import type { BondRow } from '../bonds/bond.row';
import type { TerminationRefundRow } from '../termination-refunds/termination-refund.row';
import {
  createProjectionTestDb,
  type ProjectionTestDb,
} from '../testing/projection-test-db.helpers';
import {
  decideAll,
  history000,
  history001,
  history002,
  signing,
} from '../testing/reference-histories.fixtures';
import type { ContractRow } from './contract.row';

const fm = (
  type: 'DeclareForceMajeure' | 'EndForceMajeure',
  occurredAt: string,
): ContractCommand =>
  type === 'DeclareForceMajeure'
    ? {
        type,
        data: {
          occurredAt,
          forceMajeureId: 'fm-1',
          by: 'supplier',
          notifiedOn: occurredAt,
          description: '机房所在区域封控',
        },
      }
    : { type, data: { occurredAt, forceMajeureId: 'fm-1' } };

/** contracts, bonds and termination_refunds: one row per contract each, from real decided events. */
describe('per-contract finance projections (real PostgreSQL)', () => {
  let t: ProjectionTestDb;
  const contract = (id: string) => t.row<ContractRow>('rm_contracts', 'contract_id', id);

  beforeAll(async () => {
    t = await createProjectionTestDb('contracts');
    await t.append('c-000', history000());
    const h001 = history001();
    await t.append('c-001', h001);
    await t.append(
      'c-001',
      decideAll(h001, fm('DeclareForceMajeure', '2022-11-01')).slice(h001.length),
    );
    await t.append('c-002', history002());
    const signed = signing(CONTRACT_001_TERMS, 'c-001n');
    const notice: ContractCommand = {
      type: 'IssueTerminationNotice',
      data: { occurredAt: '2022-10-01', noticeId: 'tn-1', by: 'client', rightId: 'convenience' },
    };
    await t.append('c-001n', decideAll(signed, notice));
    await t.catchUp(3);
  });

  afterAll(() => t.close());

  it('contracts: parties, totals and the status the decider would give', async () => {
    expect(await contract('c-000')).toMatchObject({
      status: 'active',
      client_name: '北京市经济信息中心',
      supplier_name: '北京博维思通科技有限公司',
      total: '1130000.00',
      signed_on: '2022-02-28',
      service_start: '2022-03-01',
      service_end: '2023-04-30',
      milestones: { phase: { acceptedOn: '2022-11-10' }, final: { acceptedOn: null } },
    });
    expect(await contract('c-001')).toMatchObject({
      status: 'suspended',
      resume_to: { status: 'active' },
      force_majeure: { startedOn: '2022-11-01' },
    });
    expect(await contract('c-002')).toMatchObject({
      status: 'terminated',
      terminated_on: '2022-04-15',
      breach_notices: { 'bn-1': { cureBy: '2022-03-31' } },
    });
    expect(await contract('c-001n')).toMatchObject({
      status: 'inNotice',
      notice: { noticeId: 'tn-1', effectiveOn: '2022-10-31' },
    });
  });

  it('ending the force majeure resumes the contract and 001 10.1 extends the service period', async () => {
    const h = decideAll(
      history001(),
      fm('DeclareForceMajeure', '2022-11-01'),
      fm('EndForceMajeure', '2022-11-20'),
    );
    await t.append('c-001', h.slice(-1));
    await t.catchUp();
    expect(await contract('c-001')).toMatchObject({
      status: 'active',
      force_majeure: null,
      service_end: '2023-07-26',
    });
  });

  it('bonds: 001 requires 117,350.00, deposited late, 5,867.50 deducted; contracts without a bond have no required amount', async () => {
    const bond = (await t.row<BondRow>('rm_bonds', 'contract_id', 'c-001'))!;
    expect(bond).toMatchObject({
      required: '117350.00',
      deposited: '117350.00',
      deducted: '5867.50',
      refunded: '0.00',
      held: '111482.50',
    });
    expect(bond.deposit).toMatchObject({
      depositedOn: '2022-07-22',
      dueBy: '2022-07-20',
      flags: ['late'],
    });
    expect(bond.deductions[0]).toMatchObject({
      ruleId: 'failed-assessment',
      amount: '5867.50',
      balanceAfter: '111482.50',
    });
    expect(await t.row<BondRow>('rm_bonds', 'contract_id', 'c-000')).toMatchObject({
      required: null,
    });
  });

  it('termination_refunds: 002 — 2,045,000.00 × 198 ÷ 365 earned, 322,157.53 to refund, 200,000.00 refunded', async () => {
    const row = (await t.row<TerminationRefundRow>(
      'rm_termination_refunds',
      'contract_id',
      'c-002',
    ))!;
    expect(row).toMatchObject({
      fees_received: '1431500.00',
      refund_due: '322157.53',
      refunded: '200000.00',
      annual_fee: '2045000.00',
    });
    expect(row.inputs).toMatchObject({
      divisor: 365,
      performedDays: 198,
      unperformedDays: 167,
      feesReceived: '1431500.00',
      feesEarned: '1109342.47',
      recomputedRefund: '322157.53',
      performedThrough: '2022-04-15',
    });
    expect(row.termination).toMatchObject({ refundBasis: 'proRata', refundDueBy: '2022-05-15' });
    expect(row.anomalies).toEqual([]);
  });
});
