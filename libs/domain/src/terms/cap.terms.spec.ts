import { capReadings } from './cap-readings';
import { CONTRACT_000_TERMS } from './examples/contract-000.terms';
import { CONTRACT_001_TERMS } from './examples/contract-001.terms';
import { CONTRACT_002_TERMS } from './examples/contract-002.terms';
import { CONTRACT_003_TERMS } from './examples/contract-003.terms';
import { CONTRACT_004_TERMS } from './examples/contract-004.terms';
import type { ContractTerms } from './contract.terms';

const scopes = (t: ContractTerms) =>
  Object.fromEntries(capReadings(t).map((r) => [r.liability, r.scope]));

describe('what each late-payment and penalty cap of the five contracts applies to', () => {
  it('003 第六条: 2(2) late payment is capped for the whole contract, 2(1) per rule, 2(3) per occurrence', () => {
    // 2(2) "违约金总额不超过合同总金额的 5%" — the client's late-payment liability in all: 139,000.00
    // 2(1) "违约金总额不超过合同总金额的 5%" — every service-failure assessment together: 139,000.00
    // 2(3) "违约赔偿金额不超过合同总金额的 5%" — the amount assessed for the breach: ≤ 139,000.00
    expect(scopes(CONTRACT_003_TERMS)).toEqual({
      latePayment: 'contract',
      'service-failure': 'rule',
      'performance-impossible': 'occurrence',
    });
    expect(capReadings(CONTRACT_003_TERMS)[0]).toMatchObject({ rate: '0.05', base: 'total' });
  });

  it('001 5.2 and 002 第五条 2: "不超过延迟支付价款的5%" — each delayed sum carries its own 5 %', () => {
    for (const t of [CONTRACT_001_TERMS, CONTRACT_002_TERMS]) {
      expect(capReadings(t)[0]).toMatchObject({
        liability: 'latePayment',
        scope: 'eachDelayedSum',
        rate: '0.05',
        base: 'overdueAmount',
      });
    }
  });

  it("000/004 第十二条, 001 5.1 and 002 第五条 1 write no ceiling on the supplier's penalties", () => {
    // "违约金不足以弥补甲方损失的，乙方还应予以补足": the penalty is a floor for damages, not capped.
    for (const t of [
      CONTRACT_000_TERMS,
      CONTRACT_001_TERMS,
      CONTRACT_002_TERMS,
      CONTRACT_004_TERMS,
    ]) {
      const penalties = capReadings(t).filter((r) => r.liability !== 'latePayment');
      expect(penalties.length).toBe(t.penalties.rules.length);
      expect(penalties.filter((r) => r.scope !== null)).toEqual([]);
    }
    // 000 and 004 have no late-payment clause for the client at all.
    expect(scopes(CONTRACT_000_TERMS).latePayment).toBeUndefined();
    expect(scopes(CONTRACT_004_TERMS).latePayment).toBeUndefined();
  });
});
