import { holdoverOwed } from './holdover.as-of';

describe('holdoverOwed: who owes the holdover fee, as of a day', () => {
  it('001 2.3: 25 days of holdover, 160,753.42, owed by the client and part of its expected fees', () => {
    const h = { endedOn: '2023-07-31', fee: '160753.42', paidBy: 'client' as const };
    expect(holdoverOwed(h, '2023-07-30')).toBeNull(); // not fixed before the holdover ended
    expect(holdoverOwed(h, '2023-08-01')).toEqual({
      amount: '160753.42',
      owedBy: 'client',
      inExpected: true,
    });
  });

  it('002 第十三条 "费用…由新服务商提供": owed by the successor contract, not in this contract\'s expected', () => {
    // e.g. 2022-09-30 … 2022-10-31 = 32 days ÷ 365 × 2,045,000.00 = 179,287.67
    const h = { endedOn: '2022-10-31', fee: '179287.67', paidBy: 'successor' as const };
    expect(holdoverOwed(h, '2022-11-01')).toMatchObject({ owedBy: 'successor', inExpected: false });
  });

  it('003 第二条 2(8) "免费运维": a free holdover owes nothing', () => {
    expect(
      holdoverOwed({ endedOn: '2024-01-31', fee: '0.00', paidBy: null }, '2024-02-01'),
    ).toBeNull();
  });
});
