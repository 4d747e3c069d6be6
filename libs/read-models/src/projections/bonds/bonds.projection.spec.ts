import { financeHistories } from '../testing/finance-histories.fixtures';
import { given } from '../testing/given-events.helpers';
import { bondsProjection } from './bonds.projection';

/** bonds: the performance bond (履约保证金) of each contract, from real decided events. */
describe('bonds projection', () => {
  const bonds = given(...financeHistories()).then(bondsProjection);

  it('bonds: 001 requires 117,350.00, deposited late, 5,867.50 deducted; contracts without a bond have no required amount', () => {
    const bond = bonds.row('c-001')!;
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
    expect(bonds.row('c-000')).toMatchObject({ required: null });
  });
});
