import type { EventOf } from '../events/contract-event';
import { CONTRACT_000_TERMS } from '../terms/examples/contract-000.terms';
import { CONTRACT_001_TERMS } from '../terms/examples/contract-001.terms';
import { CONTRACT_002_TERMS } from '../terms/examples/contract-002.terms';
import { CONTRACT_003_TERMS } from '../terms/examples/contract-003.terms';
import { CONTRACT_004_TERMS } from '../terms/examples/contract-004.terms';
import type { ContractTerms } from '../terms/contract.terms';
import { SIGNED_000, SIGNED_001 } from './testing/fixtures';
import { given, refusals, stateAfter } from './testing/given-when-then';

const sign = (terms: ContractTerms, contractId = 'c-x') => ({
  type: 'SignContract' as const,
  data: { occurredAt: terms.signingDate, contractId, terms },
});

function signedData(terms: ContractTerms): EventOf<'ContractSigned'>['data'] {
  return (given().when(sign(terms)).events()[0] as EventOf<'ContractSigned'>).data;
}

describe('SignContract', () => {
  it('000: resolves the installments of 第五条 — 565,000.00 / 242,159.00 / 322,841.00', () => {
    const data = signedData(CONTRACT_000_TERMS);
    expect(data.installments).toEqual([
      { id: 'first', amount: '565000.00' },
      { id: 'interim', amount: '242159.00' },
      { id: 'final', amount: '322841.00' },
    ]);
    expect(data.servicePeriod).toEqual({
      start: '2022-03-01',
      end: '2023-04-30',
      days: 426,
      basis: 'explicit',
      from: '2022-03-01',
      months: null,
    });
    expect(data.bondAmount).toBeNull();
    expect(data.warnings).toEqual([]);
  });

  it('004: 407,483.40 / 174,650.00 / 415,866.60 (第五条)', () => {
    expect(signedData(CONTRACT_004_TERMS).installments.map((i) => i.amount)).toEqual([
      '407483.40',
      '174650.00',
      '415866.60',
    ]);
  });

  it('001: a 5 % bond of 117,350.00 (4.2) and 12 months from signing under Civil Code art. 201–202', () => {
    const data = signedData(CONTRACT_001_TERMS);
    expect(data.bondAmount).toBe('117350.00');
    expect(data.installments.map((i) => i.amount)).toEqual([
      '1408200.00',
      '704100.00',
      '234700.00',
    ]);
    expect(data.servicePeriod).toMatchObject({
      start: '2022-07-07',
      end: '2023-07-06',
      days: 365,
      basis: 'civil-code',
    });
  });

  it('001 with "start day included": 2022-07-06 … 2023-07-05', () => {
    const terms: ContractTerms = {
      ...CONTRACT_001_TERMS,
      servicePeriod: { kind: 'monthsFromSigning', months: 12, startDayIncluded: true },
    };
    expect(signedData(terms).servicePeriod).toMatchObject({
      start: '2022-07-06',
      end: '2023-07-05',
      basis: 'start-day-included',
    });
  });

  it('002: 1,431,500.00 + 613,500.00 of the 2,045,000.00 annual fee', () => {
    expect(signedData(CONTRACT_002_TERMS).installments.map((i) => i.amount)).toEqual([
      '1431500.00',
      '613500.00',
    ]);
  });

  it('003: the assumed signing date 2022-12-20 gives service 2022-12-21 … 2023-12-20', () => {
    expect(signedData(CONTRACT_003_TERMS).servicePeriod).toMatchObject({
      start: '2022-12-21',
      end: '2023-12-20',
      days: 365,
    });
  });

  it('opens an active contract', () => {
    const state = stateAfter(...SIGNED_000);
    expect(state.status).toBe('active');
  });

  it('records warnings the terms carry (a 12 % bond) without refusing', () => {
    const terms: ContractTerms = {
      ...CONTRACT_001_TERMS,
      bond: { ...CONTRACT_001_TERMS.bond!, rate: '0.12', amount: '281640.00' },
    };
    const data = signedData(terms);
    expect(data.bondAmount).toBe('281640.00');
    expect(data.warnings).toEqual(['bond-above-10-percent']);
  });

  it('refuses terms with errors, listing the violations', () => {
    const terms = { ...CONTRACT_000_TERMS, total: { taxInclusive: '0.00' } };
    const error = given()
      .when(sign(terms))
      .thenRefuses('INVALID_TERMS', 'data.terms.total.taxInclusive');
    expect(error.details?.violations).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'amount-not-positive' })]),
    );
  });

  it('refuses a business date that is not the signing date of the terms', () => {
    given()
      .when({
        type: 'SignContract',
        data: { occurredAt: '2022-03-01', contractId: 'c-000', terms: CONTRACT_000_TERMS },
      })
      .thenRefuses('SIGNING_DATE_MISMATCH', 'data.occurredAt');
  });

  it('refuses an empty contract id', () => {
    refusals([[], sign(CONTRACT_000_TERMS, ' '), 'FIELD_REQUIRED', 'data.contractId']);
  });

  it('decides nothing when the same signing is sent again', () => {
    given(...SIGNED_000)
      .when(sign(CONTRACT_000_TERMS, 'c-000'))
      .thenNothing();
  });

  it('refuses to sign again with other terms', () => {
    refusals([SIGNED_001, sign(CONTRACT_000_TERMS, 'c-001'), 'CONTRACT_ALREADY_SIGNED']);
  });
});
