import { computeHoldoverFee } from './holdover-fee.calc';

describe('holdover fee (service after expiry until the successor contract)', () => {
  it('002 第十三条: holdover time ÷ full-year time × total; 2022-09-30 … 2022-11-30 = 62 days → 347,369.86', () => {
    // 2,045,000.00 × 62 ÷ 365 = 347,369.863…
    expect(
      computeHoldoverFee({
        pricing: 'pro-rata',
        contractTotal: '2045000.00',
        from: '2022-09-30',
        to: '2022-11-30',
        fullYearDays: 365,
      }),
    ).toEqual({
      days: 62,
      fullYearDays: 365,
      uncapped: '347369.86',
      cap: null,
      capped: false,
      fee: '347369.86',
      formula: '2045000.00 × 62 ÷ 365 = 347369.86',
    });
  });

  it('001 2.3: holdover fees may not exceed 10% of the total 2,347,000.00 = 234,700.00', () => {
    const terms = {
      pricing: 'pro-rata',
      contractTotal: '2347000.00',
      fullYearDays: 365,
      capRate: '0.10',
    } as const;
    // one month: 2,347,000.00 × 31 ÷ 365 = 199,334.246… below the cap
    expect(computeHoldoverFee({ ...terms, from: '2023-07-07', to: '2023-08-06' })).toMatchObject({
      fee: '199334.25',
      capped: false,
    });
    // two months: 2,347,000.00 × 62 ÷ 365 = 398,668.49 → capped
    expect(computeHoldoverFee({ ...terms, from: '2023-07-07', to: '2023-09-06' })).toMatchObject({
      uncapped: '398668.49',
      cap: '234700.00',
      fee: '234700.00',
      capped: true,
    });
  });

  it('003 第二条2(8): free until the next contract', () => {
    expect(
      computeHoldoverFee({
        pricing: 'free',
        contractTotal: '2780000.00',
        from: '2023-07-01',
        to: '2023-09-30',
        fullYearDays: 365,
      }),
    ).toMatchObject({ days: 92, fee: '0.00' });
  });
});
