import {
  daysLate,
  excessivePenaltyWarning,
  perDayPenalty,
  perViolationPenalty,
  ratePenalty,
  terminationForCause,
} from './penalty.calc';

describe('supplier penalties (违约金)', () => {
  describe('per day late, on the contract total', () => {
    /** 000 第十二条1: 0.5% of the total per day; "延期超过 15 日" → termination right (超过 excludes 15). */
    const late000 = {
      base: '1130000.00',
      dailyRate: '0.005',
      terminationAfterDays: { count: 15, comparison: 'more-than' },
    } as const;

    it('000 第十二条1: 0.5% of 1,130,000.00 = 5,650.00 per day; 15 days = 84,750.00 without a termination right', () => {
      expect(perDayPenalty({ ...late000, days: 15 })).toMatchObject({
        perDay: '5650.00',
        penalty: '84750.00',
        terminationRight: false,
      });
    });

    it('000 第十二条1: the 16th day late opens the termination right', () => {
      expect(
        perDayPenalty({ ...late000, days: daysLate('2022-05-31', '2022-06-16') }),
      ).toMatchObject({
        days: 16,
        penalty: '90400.00',
        terminationRight: true,
        cap: null,
        capped: false,
      });
    });

    it('004 第十二条1: 0.5% of 998,000.00 = 4,990.00 per day', () => {
      expect(perDayPenalty({ base: '998000.00', dailyRate: '0.005', days: 3 })).toMatchObject({
        perDay: '4990.00',
        penalty: '14970.00',
      });
    });

    it('003 第六条(1): 1% of 2,780,000.00 = 27,800.00 per day, capped at 5% of the total = 139,000.00', () => {
      const terms = {
        base: '2780000.00',
        dailyRate: '0.01',
        cap: { rate: '0.05', base: '2780000.00' },
      };
      expect(perDayPenalty({ ...terms, days: 5 })).toMatchObject({
        perDay: '27800.00',
        penalty: '139000.00',
        capped: false,
      });
      expect(perDayPenalty({ ...terms, days: 6 })).toMatchObject({
        uncapped: '166800.00',
        cap: '139000.00',
        penalty: '139000.00',
        capped: true,
        formula: '2780000.00 × 0.01 × 6, capped at 139000.00 = 139000.00',
      });
    });

    it('days late: calendar days after the due date, 0 when on time', () => {
      expect(daysLate('2022-05-31', '2022-05-31')).toBe(0);
      expect(daysLate('2022-05-31', '2022-05-20')).toBe(0);
      expect(daysLate('2022-05-31', '2022-06-01')).toBe(1);
    });
  });

  describe('per violation', () => {
    /** 000/004 第十二条3 "违反满 10 次以上": Civil Code art. 1259 — "以上" includes the number → at least 10. */
    const terms = {
      amountPerViolation: '1000.00',
      terminationAt: { count: 10, comparison: 'at-least' },
    } as const;

    it('1,000.00 per inspected violation; 9 violations = 9,000.00, no termination right', () => {
      expect(perViolationPenalty({ ...terms, violations: 9 })).toMatchObject({
        penalty: '9000.00',
        terminationRight: false,
      });
    });

    it('the 10th violation opens the termination right (written "满10次以上")', () => {
      expect(perViolationPenalty({ ...terms, violations: 10 })).toMatchObject({
        penalty: '10000.00',
        terminationRight: true,
      });
    });

    it('a contract reading "more than 10" is expressible too', () => {
      const moreThan = { ...terms, terminationAt: { count: 10, comparison: 'more-than' } } as const;
      expect(perViolationPenalty({ ...moreThan, violations: 10 }).terminationRight).toBe(false);
      expect(perViolationPenalty({ ...moreThan, violations: 11 }).terminationRight).toBe(true);
    });
  });

  describe('a share of the total per breach', () => {
    it.each([
      ['001 5.1 IP infringement 1%', '0.01', 1, '23470.00'],
      ['001 5.1 subcontracting 5%', '0.05', 1, '117350.00'],
      ['001 5.1 security remediation 5%', '0.05', 1, '117350.00'],
      ['001 5.1 any other breach 1% each time, twice', '0.01', 2, '46940.00'],
    ])('%s of 2,347,000.00 → %s', (_clause, rate, occurrences, penalty) => {
      expect(ratePenalty({ base: '2347000.00', rate, occurrences }).penalty).toBe(penalty);
    });

    it('002 第五条: failed annual quality acceptance, 3% of the annual fee 2,045,000.00 = 61,350.00', () => {
      expect(ratePenalty({ base: '2045000.00', rate: '0.03' }).penalty).toBe('61350.00');
    });
  });

  describe('termination for cause: refund everything paid plus a share of the total', () => {
    it('000 第十二条6: 20% of 1,130,000.00 = 226,000.00, plus the 565,000.00 paid = 791,000.00', () => {
      expect(
        terminationForCause({
          contractTotal: '1130000.00',
          penaltyRate: '0.20',
          paidSoFar: '565000.00',
        }),
      ).toEqual({
        penalty: '226000.00',
        refundOfPaid: '565000.00',
        totalOwedBySupplier: '791000.00',
        warnings: [],
        formula: '1130000.00 × 0.20 + 565000.00 = 791000.00',
      });
    });

    it('004 第十二条6: 20% of 998,000.00 = 199,600.00', () => {
      expect(
        terminationForCause({
          contractTotal: '998000.00',
          penaltyRate: '0.20',
          paidSoFar: '407483.40',
        }),
      ).toMatchObject({
        penalty: '199600.00',
        totalOwedBySupplier: '607083.40',
      });
    });

    it('001 5.1: 5% of 2,347,000.00 = 117,350.00, refund of the 60% start payment 1,408,200.00', () => {
      expect(
        terminationForCause({
          contractTotal: '2347000.00',
          penaltyRate: '0.05',
          paidSoFar: '1408200.00',
        }),
      ).toMatchObject({
        penalty: '117350.00',
        totalOwedBySupplier: '1525550.00',
      });
    });
  });

  describe('法释〔2023〕13号 第65条: a penalty more than 30% above the loss is flagged, never clamped', () => {
    it('226,000.00 against a stated loss of 100,000.00 (threshold 130,000.00) is flagged, the figure unchanged', () => {
      const r = terminationForCause({
        contractTotal: '1130000.00',
        penaltyRate: '0.20',
        paidSoFar: '0.00',
        actualLoss: '100000.00',
      });
      expect(r.penalty).toBe('226000.00');
      expect(r.warnings).toEqual([
        expect.objectContaining({
          code: 'PENALTY_EXCEEDS_LOSS_BY_30_PERCENT',
          details: expect.objectContaining({ threshold: '130000.00' }),
        }),
      ]);
    });

    it('exactly 130% of the loss is not flagged; no stated loss, no flag', () => {
      expect(excessivePenaltyWarning('130000.00', '100000.00')).toBeNull();
      expect(excessivePenaltyWarning('130000.01', '100000.00')).not.toBeNull();
      expect(excessivePenaltyWarning('130000.01')).toBeNull();
    });
  });
});
