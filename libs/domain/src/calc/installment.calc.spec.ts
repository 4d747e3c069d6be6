import fc from 'fast-check';
import { dec } from '../shared/money';
import { planInstallments, splitByShares, splitEvenly } from './installment.calc';

const amounts = (plan: ReturnType<typeof planInstallments>) =>
  plan.installments.map((i) => i.amount);

describe('installments: a stated amount wins, shares are checked, the parts sum to the total', () => {
  it('000 第五条: 1,130,000.00 = 50% 565,000.00 + 21.43% 242,159.00 + 28.57% 322,841.00, no warnings', () => {
    const plan = planInstallments('1130000.00', [
      { share: '0.5', amount: '565000.00' },
      { share: '0.2143', amount: '242159.00' }, // 0.2143 × 1,130,000 = 242,159.00 exactly
      { share: '0.2857', amount: '322841.00' },
    ]);
    expect(amounts(plan)).toEqual(['565000.00', '242159.00', '322841.00']);
    expect(plan.installments.every((i) => i.basis === 'stated-amount')).toBe(true);
    expect(plan.warnings).toEqual([]);
  });

  it('004 第五条: 998,000.00 = 40.83% 407,483.40 + 17.5% 174,650.00 + 41.67% 415,866.60', () => {
    const specs = [
      { share: '0.4083', amount: '407483.40' },
      { share: '0.175', amount: '174650.00' },
      { share: '0.4167', amount: '415866.60' },
    ];
    expect(amounts(planInstallments('998000.00', specs))).toEqual([
      '407483.40',
      '174650.00',
      '415866.60',
    ]);
    // the same from shares alone: the last share absorbs the (here zero) rounding difference
    const byShares = planInstallments(
      '998000.00',
      specs.map(({ share }) => ({ share })),
    );
    expect(amounts(byShares)).toEqual(['407483.40', '174650.00', '415866.60']);
    expect(byShares.installments.map((i) => i.basis)).toEqual([
      'share',
      'share',
      'share-remainder',
    ]);
  });

  it.each([
    ['001 4.2', '2347000.00', ['0.6', '0.3', '0.1'], ['1408200.00', '704100.00', '234700.00']],
    ['002 第四条', '2045000.00', ['0.7', '0.3'], ['1431500.00', '613500.00']],
    ['003 第三条', '2780000.00', ['0.6', '0.4'], ['1668000.00', '1112000.00']],
  ])('%s: %s split %j → %j', (_clause, total, shares, expected) => {
    expect(splitByShares(total, shares)).toEqual(expected);
  });

  it('a share that does not match its stated amount is a warning; the stated amount still wins', () => {
    const plan = planInstallments('1130000.00', [
      { share: '0.5', amount: '565000.00' },
      { share: '0.2134', amount: '242159.00' }, // digits swapped: 21.34% would be 241,142.00
      { share: '0.2857', amount: '322841.00' },
    ]);
    expect(amounts(plan)).toEqual(['565000.00', '242159.00', '322841.00']);
    expect(plan.warnings.map((w) => w.code)).toEqual([
      'INSTALLMENT_SHARE_MISMATCH',
      'INSTALLMENT_SHARES_NOT_100_PERCENT',
    ]);
    expect(plan.warnings[0].details).toMatchObject({
      index: 2,
      expected: '241142.00',
      stated: '242159.00',
    });
  });

  it('a share is accepted when it is the stated amount’s share rounded as written (333.33 of 1,000.00 is 33.33%)', () => {
    expect(
      planInstallments('1000.00', [{ share: '0.3333', amount: '333.33' }, { amount: '666.67' }])
        .warnings,
    ).toEqual([]);
    // 333.40 is 33.34%, not 33.33%
    expect(
      planInstallments('1000.00', [{ share: '0.3333', amount: '333.40' }, { amount: '666.60' }])
        .warnings,
    ).toHaveLength(1);
  });

  it('when only shares are given the last one absorbs the rounding: 100.00 by thirds → 33.33 + 33.33 + 33.34', () => {
    const plan = planInstallments('100.00', [
      { share: '0.3333' },
      { share: '0.3333' },
      { share: '0.3333' },
    ]);
    expect(amounts(plan)).toEqual(['33.33', '33.33', '33.34']);
    expect(plan.warnings.map((w) => w.code)).toEqual(['INSTALLMENT_SHARES_NOT_100_PERCENT']);
  });

  it('tiny totals never overshoot: 0.02 split 30/30/30/10 → 0.01 + 0.00 + 0.01 + 0.00 (cumulative rounding fallback)', () => {
    expect(splitByShares('0.02', ['0.3', '0.3', '0.3', '0.1'])).toEqual([
      '0.01',
      '0.00',
      '0.01',
      '0.00',
    ]);
  });

  it('stated amounts that do not add up, or exceed the total, are errors', () => {
    expect(() => planInstallments('100.00', [{ amount: '60.00' }, { amount: '30.00' }])).toThrow(
      expect.objectContaining({ code: 'INSTALLMENTS_DO_NOT_SUM_TO_TOTAL' }),
    );
    expect(() => planInstallments('100.00', [{ amount: '120.00' }, { share: '0.2' }])).toThrow(
      expect.objectContaining({ code: 'INSTALLMENTS_EXCEED_TOTAL' }),
    );
    expect(() => planInstallments('100.00', [{}])).toThrow(
      expect.objectContaining({ code: 'INSTALLMENT_WITHOUT_AMOUNT' }),
    );
    expect(() => planInstallments('100.00', [{ share: '50%' }])).toThrow(
      expect.objectContaining({ code: 'INVALID_RATE' }),
    );
  });

  it('splits evenly to the fen: 100.00 in 3 → 33.33 + 33.33 + 33.34', () => {
    expect(splitEvenly('100.00', 3)).toEqual(['33.33', '33.33', '33.34']);
  });

  const money = fc
    .integer({ min: 0, max: 1_000_000_000_00 })
    .map((fen) => dec(fen).dividedBy(100).toFixed(2));
  // shares in basis points that add up to 100 %: "0.2143"-style fractions, as contracts write them
  const shareLists = fc
    .array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 8 })
    .map((ws) => {
      const weight = ws.reduce((a, b) => a + b, 0);
      const bp = ws.map((w) => Math.floor((w * 10_000) / weight));
      bp[bp.length - 1] += 10_000 - bp.reduce((a, b) => a + b, 0);
      return bp.map((b) => dec(b).dividedBy(10_000).toString());
    });

  it('property: split amounts always sum exactly to the whole, whatever the shares', () => {
    fc.assert(
      fc.property(money, shareLists, (total, shares) => {
        const parts = splitByShares(total, shares);
        return (
          parts.reduce((acc, p) => acc.plus(p), dec(0)).equals(dec(total)) &&
          parts.length === shares.length
        );
      }),
    );
  });

  it('property: an even split sums exactly to the whole and its parts differ by less than a cent from each other', () => {
    fc.assert(
      fc.property(money, fc.integer({ min: 1, max: 24 }), (total, n) => {
        const parts = splitEvenly(total, n).map((p) => dec(p));
        return (
          parts.reduce((a, b) => a.plus(b), dec(0)).equals(dec(total)) &&
          parts[n - 1].minus(parts[0]).lessThan(dec('0.24'))
        );
      }),
    );
  });
});
