import type { ContractTerms } from './contract.terms';
import {
  CONTRACT_000_TERMS,
  CONTRACT_001_TERMS,
  CONTRACT_002_TERMS,
  CONTRACT_003_TERMS,
  CONTRACT_004_TERMS,
  TERMS_RULES,
  isValidTerms,
  validateTerms,
} from './index';

/** A deep copy to break on purpose. */
function edit(terms: ContractTerms, change: (t: ContractTerms) => void): unknown {
  const copy = JSON.parse(JSON.stringify(terms)) as ContractTerms;
  change(copy);
  return copy;
}

function rulesAt(terms: unknown): string[] {
  return validateTerms(terms).map((v) => `${v.severity} ${v.rule} ${v.path}`);
}

describe('validateTerms', () => {
  describe.each([
    ['000', CONTRACT_000_TERMS],
    ['001', CONTRACT_001_TERMS],
    ['002', CONTRACT_002_TERMS],
    ['003', CONTRACT_003_TERMS],
    ['004', CONTRACT_004_TERMS],
  ])('the example terms of contract %s', (_name, terms) => {
    it('are valid, with no warnings', () => {
      expect(validateTerms(terms)).toEqual([]);
      expect(isValidTerms(terms)).toBe(true);
    });

    it('survive a JSON round trip unchanged (plain data)', () => {
      expect(JSON.parse(JSON.stringify(terms))).toEqual(terms);
    });

    it('cite a clause for the total, the period and every installment', () => {
      expect(terms.total.source).toBeTruthy();
      expect(terms.servicePeriod.source).toBeTruthy();
      for (const i of terms.paymentSchedule.installments) expect(i.source).toBeTruthy();
    });
  });

  it('refuses something that is not an object at all', () => {
    expect(rulesAt(null)).toEqual(['error required terms']);
    expect(rulesAt('terms')).toEqual(['error required terms']);
  });

  it('refuses a total of zero or below', () => {
    const terms = edit(CONTRACT_000_TERMS, (t) => (t.total.taxInclusive = '0.00'));
    expect(rulesAt(terms)).toContain('error amount-not-positive total.taxInclusive');
  });

  it('refuses money written as a JavaScript number', () => {
    const terms = edit(
      CONTRACT_000_TERMS,
      (t) => ((t.total as { taxInclusive: unknown }).taxInclusive = 1130000),
    );
    expect(rulesAt(terms)).toContain('error money-format total.taxInclusive');
  });

  it('refuses installments that do not sum to the total (000 with a mistyped interim payment)', () => {
    const terms = edit(CONTRACT_000_TERMS, (t) => {
      t.paymentSchedule.installments[1].amount = '24215.90';
      delete t.paymentSchedule.installments[1].share;
    });
    const found = validateTerms(terms);
    expect(found).toContainEqual(
      expect.objectContaining({
        path: 'paymentSchedule.installments',
        rule: 'installments-sum',
        severity: 'error',
      }),
    );
  });

  it('warns, but accepts, a share that does not match its stated amount (the amount wins)', () => {
    const terms = edit(CONTRACT_000_TERMS, (t) => {
      t.paymentSchedule.installments[1].share = '0.2000';
      t.paymentSchedule.installments[2].share = '0.3000';
    });
    expect(rulesAt(terms)).toEqual([
      'warning share-amount-mismatch paymentSchedule.installments[1].share',
      'warning share-amount-mismatch paymentSchedule.installments[2].share',
    ]);
    expect(isValidTerms(terms)).toBe(true);
  });

  it('refuses a service period that ends before it starts', () => {
    const terms = edit(
      CONTRACT_000_TERMS,
      (t) => (t.servicePeriod = { kind: 'explicit', start: '2023-04-30', end: '2022-03-01' }),
    );
    expect(rulesAt(terms)).toContain('error date-order servicePeriod.end');
  });

  it('refuses a signing date after the service period ended', () => {
    const terms = edit(CONTRACT_004_TERMS, (t) => (t.signingDate = '2023-06-01'));
    expect(rulesAt(terms)).toContain('error date-order signingDate');
  });

  it('refuses an impossible date', () => {
    const terms = edit(CONTRACT_004_TERMS, (t) => (t.signingDate = '2022-02-30'));
    expect(rulesAt(terms)).toContain('error date-format signingDate');
  });

  it('refuses an unknown trigger kind', () => {
    const terms = edit(CONTRACT_001_TERMS, (t) => {
      (t.paymentSchedule.installments[0].trigger as { kind: string }).kind = 'onFullMoon';
    });
    expect(rulesAt(terms)).toEqual([
      'error unknown-kind paymentSchedule.installments[0].trigger.kind',
    ]);
  });

  it('refuses a phase-acceptance trigger naming a milestone that does not exist', () => {
    const terms = edit(
      CONTRACT_000_TERMS,
      (t) =>
        (t.paymentSchedule.installments[1].trigger = {
          kind: 'onPhaseAcceptance',
          milestoneId: 'midterm',
        }),
    );
    expect(rulesAt(terms)).toEqual([
      'error unknown-reference paymentSchedule.installments[1].trigger.milestoneId',
    ]);
  });

  it('refuses duplicate installment ids', () => {
    const terms = edit(CONTRACT_000_TERMS, (t) => (t.paymentSchedule.installments[1].id = 'first'));
    expect(rulesAt(terms)).toContain('error duplicate-id paymentSchedule.installments[1].id');
  });

  it('refuses acceptance without a final milestone', () => {
    const terms = edit(CONTRACT_002_TERMS, (t) => (t.acceptance.milestones = []));
    expect(rulesAt(terms)).toContain('error final-milestone acceptance.milestones');
  });

  it('warns about a bond above 10 % of the contract amount (001 with a 12 % bond)', () => {
    const terms = edit(CONTRACT_001_TERMS, (t) => {
      t.bond!.rate = '0.12';
      t.bond!.amount = '281640.00';
    });
    expect(rulesAt(terms)).toEqual(['warning bond-above-10-percent bond.amount']);
  });

  it('warns about a bond rate that does not match the stated amount', () => {
    const terms = edit(CONTRACT_001_TERMS, (t) => (t.bond!.amount = '117000.00'));
    expect(rulesAt(terms)).toEqual(['warning bond-rate-mismatch bond.rate']);
  });

  it('refuses a review failure naming a bond deduction that does not exist', () => {
    const terms = edit(
      CONTRACT_001_TERMS,
      (t) => (t.reviews[0].onFailure = [{ kind: 'bondDeduction', deductionId: 'nope' }]),
    );
    expect(rulesAt(terms)).toEqual(['error unknown-reference reviews[0].onFailure[0].deductionId']);
  });

  it('refuses a missing nullable section (it must be null, not absent)', () => {
    const terms = edit(CONTRACT_003_TERMS, (t) => delete (t as Partial<ContractTerms>).bond);
    expect(rulesAt(terms)).toEqual(['error required bond']);
  });

  it('refuses a rate written as a percentage above 100 %', () => {
    const terms = edit(CONTRACT_003_TERMS, (t) => (t.latePayment!.dailyRate = '1.5'));
    expect(rulesAt(terms)).toEqual(['error rate-range latePayment.dailyRate']);
  });

  it('explains every rule it can report', () => {
    for (const meaning of Object.values(TERMS_RULES)) expect(meaning.length).toBeGreaterThan(10);
  });
});
