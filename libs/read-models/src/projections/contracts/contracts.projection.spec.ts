import { financeHistories, forceMajeure, then } from '../testing/finance-histories.fixtures';
import { given } from '../testing/given-events.helpers';
import { history001, history002 } from '../testing/reference-histories.fixtures';
import { contractsProjection } from './contracts.projection';

/** contracts: one row per contract, from real decided events. */
describe('contracts projection', () => {
  const contracts = given(...financeHistories()).then(contractsProjection);

  it('contracts: parties, totals and the status the decider would give', () => {
    expect(contracts.row('c-000')).toMatchObject({
      status: 'active',
      client_name: '北京市经济信息中心',
      supplier_name: '北京博维思通科技有限公司',
      total: '1130000.00',
      signed_on: '2022-02-28',
      service_start: '2022-03-01',
      service_end: '2023-04-30',
      milestones: { phase: { acceptedOn: '2022-11-10' }, final: { acceptedOn: null } },
    });
    expect(contracts.row('c-001')).toMatchObject({
      status: 'suspended',
      resume_to: { status: 'active' },
      force_majeure: { startedOn: '2022-11-01' },
    });
    expect(contracts.row('c-002')).toMatchObject({
      status: 'terminated',
      terminated_on: '2022-04-15',
      breach_notices: { 'bn-1': { cureBy: '2022-03-31' } },
    });
    expect(contracts.row('c-001n')).toMatchObject({
      status: 'inNotice',
      notice: { noticeId: 'tn-1', effectiveOn: '2022-10-31' },
    });
  });

  it('ending the force majeure resumes the contract and 001 10.1 extends the service period', () => {
    const suspended = [
      ...history001(),
      ...then(history001(), forceMajeure('DeclareForceMajeure', '2022-11-01')),
    ];
    const row = given(
      ['c-001', suspended],
      ['c-001', then(suspended, forceMajeure('EndForceMajeure', '2022-11-20'))],
    )
      .then(contractsProjection)
      .row('c-001');
    expect(row).toMatchObject({
      status: 'active',
      force_majeure: null,
      service_end: '2023-07-26',
    });
  });

  it('an event before ContractSigned is applied to a draft row and flagged', () => {
    const [signed, ...rest] = history002();
    const breach = rest.find((e) => e.type === 'BreachNoticeIssued')!;
    const row = given(['c-x', [breach, signed]])
      .then(contractsProjection)
      .row('c-x')!;
    expect(row).toMatchObject({
      status: 'active',
      client_name: expect.any(String),
      breach_notices: { 'bn-1': { cureBy: '2022-03-31' } },
    });
    expect(row.anomalies.map((a) => [a.type, a.problem])).toEqual([
      ['BreachNoticeIssued', 'before ContractSigned'],
    ]);
  });

  it('events that move no status, party, total or deadline write no row', () => {
    const [, ...rest] = history001();
    const ignored = rest.filter((e) => e.type === 'BondDeposited' || e.type === 'InvoiceReceived');
    expect(ignored).toHaveLength(2);
    expect(given(['c-y', ignored]).then(contractsProjection).rows()).toEqual([]);
  });
});
