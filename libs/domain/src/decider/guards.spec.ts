import { DomainError } from '../shared/decider';
import { fail } from './domain-errors';
import { recordedOnce } from './guards';

/** "A fact is recorded once": the rule every decide function applies to the id its command chose. */
describe('recordedOnce', () => {
  // 000 第五条 1: the first installment, 565,000.00, paid on 2022-05-20 as pay-1.
  const paid = { amount: '565000.00', paidOn: '2022-05-20', reversed: false };
  const as = (p: typeof paid) => ({ amount: p.amount, on: p.paidOn, reversed: p.reversed });
  const id = { field: 'data.paymentId', id: 'pay-1' };

  it('nothing recorded under the id: the fact is new (decide it)', () => {
    expect(recordedOnce(undefined, as, { amount: '565000.00' }, id)).toBe(false);
    expect(recordedOnce(null, as, { amount: '565000.00' }, id)).toBe(false);
  });

  it('the same fact resent: already recorded (decide nothing), whatever the key order', () => {
    const sent = { reversed: false, on: '2022-05-20', amount: '565000.00' };
    expect(recordedOnce(paid, as, sent, id)).toBe(true);
  });

  it('the id reused with other data: DUPLICATE_FACT_ID naming the id field', () => {
    const sent = { amount: '56500.00', on: '2022-05-20', reversed: false };
    expect(() => recordedOnce(paid, as, sent, id)).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_FACT_ID', field: 'data.paymentId' }),
    );
  });

  it('a reversed fact is never the same as a new one sent under its id', () => {
    const sent = { amount: '565000.00', on: '2022-05-20', reversed: false };
    expect(() => recordedOnce({ ...paid, reversed: true }, as, sent, id)).toThrow(DomainError);
  });

  it("a fact recorded by its place (the bond deposit) refuses with the command's own code", () => {
    // 001 4.2: the bond of 117,350.00 is deposited once.
    const deposit = { amount: '117350.00', depositedOn: '2022-07-18' };
    const asDeposit = (d: typeof deposit) => ({ amount: d.amount, on: d.depositedOn });
    const conflict = (d: typeof deposit): never =>
      fail('BOND_ALREADY_DEPOSITED', `deposited on ${d.depositedOn}`, 'data.amount');
    expect(
      recordedOnce(deposit, asDeposit, { amount: '117350.00', on: '2022-07-18' }, conflict),
    ).toBe(true);
    expect(() =>
      recordedOnce(deposit, asDeposit, { amount: '117350.00', on: '2022-07-19' }, conflict),
    ).toThrow(expect.objectContaining({ code: 'BOND_ALREADY_DEPOSITED' }));
  });
});
