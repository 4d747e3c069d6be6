import { chinaCalendar } from '../calendar';
import { CONTRACT_003_TERMS } from '../terms/examples/contract-003.terms';
import type { ContractFacts, InstallmentFacts } from './contract-facts';
import { scheduleAsOf } from './schedule.as-of';
import { installmentFacts, signedFacts } from './testing/facts.fixtures';

const calendar = chinaCalendar();

/** 003, signed 2022-12-20 (terms' assumption), 12 months of service → ends 2023-12-20. */
const contract003: ContractFacts = signedFacts(CONTRACT_003_TERMS, {
  serviceEndedOn: '2023-12-20',
});
const installment = (id: string, facts: Partial<InstallmentFacts> = {}): InstallmentFacts =>
  installmentFacts(CONTRACT_003_TERMS, id, facts);

// 第三条 2(1): invoice received 2022-12-22 → 10 working days (元旦 2023-01-02 off) → due 2023-01-06.
const first = (paidOn?: string) =>
  installment('first', {
    invoices: [{ amount: '1668000.00', receivedOn: '2022-12-22' }],
    settlements: paidOn ? [{ cash: '1668000.00', offsets: [], paidOn }] : [],
  });
// 第三条 2(2): service ends 2023-12-20 → 10 working days (元旦 2024-01-01 off) → due 2024-01-04.
const final = installment('final');

describe('scheduleAsOf: 003 第六条 2(2) "违约金总额不超过合同总金额的 5%" caps the whole contract', () => {
  it('given both installments unpaid for months, then the client owes 139,000.00 in all, not 278,000.00', () => {
    const s = scheduleAsOf(contract003, [first(), final], '2024-03-01', calendar);
    // each alone: 1 % a day of 1,668,000.00 / 1,112,000.00 long past 5 % × 2,780,000.00 = 139,000.00
    expect(s.installments.map((i) => i.lateInterest?.beforeContractCap)).toEqual([
      '139000.00',
      '139000.00',
    ]);
    expect(s.totals.lateInterest).toBe('139000.00');
    // the first reached the ceiling alone: 16,680.00 a day from 2023-01-07, 9th day 2023-01-15
    expect(s.lateInterestCap).toMatchObject({
      scope: 'contract',
      ceiling: '139000.00',
      accrued: '278000.00',
      amount: '139000.00',
      capped: true,
      reachedOn: '2023-01-15',
    });
    expect(s.installments.map((i) => i.lateInterest?.amount)).toEqual(['139000.00', '0.00']);
  });

  it('the ceiling is shared in the order it was reached: 83,400.00 on the first, 55,600.00 on the final', () => {
    // first paid 2023-01-12: 2023-01-07 … 01-11 = 5 days × 16,680.00 = 83,400.00
    // final unpaid from 2024-01-05: 11,120.00 a day; 83,400.00 + 5 × 11,120.00 = 139,000.00 on 2024-01-09
    const s = scheduleAsOf(contract003, [first('2023-01-12'), final], '2024-02-03', calendar);
    expect(s.installments.map((i) => i.lateInterest?.amount)).toEqual(['83400.00', '55600.00']);
    expect(s.installments[1].lateInterest?.beforeContractCap).toBe('139000.00'); // 30 days, its own cap
    expect(s.totals.lateInterest).toBe('139000.00'); // before: 83,400.00 + 139,000.00 = 222,400.00
    expect(s.lateInterestCap?.reachedOn).toBe('2024-01-09');
  });

  it('below the ceiling nothing changes: 83,400.00 + 3 × 11,120.00 = 116,760.00 as of 2024-01-07', () => {
    const s = scheduleAsOf(contract003, [first('2023-01-12'), final], '2024-01-07', calendar);
    expect(s.totals.lateInterest).toBe('116760.00');
    expect(s.lateInterestCap).toMatchObject({ capped: false, reachedOn: null });
  });
});
