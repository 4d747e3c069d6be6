import { foldContract } from './contract.decider';
import { restrictedDays } from '../as-of/payment-restriction.as-of';
import { lateInterestFactsOf, lateInterestRoom } from './late-interest.facts';
import { SIGNED_001, SIGNED_003 } from './testing/fixtures';
import { play } from './testing/given-when-then';

/** 001 4.2: a treasury restriction 2022-12-20 … 2023-01-08 (lifted 2023-01-09). */
const RESTRICTIONS = [{ from: '2022-12-20', until: '2023-01-09' }];

describe('restrictedDays: the days late-payment interest does not accrue', () => {
  it('counts the restricted days inside the accrual window, both ends included', () => {
    expect(restrictedDays(RESTRICTIONS, '2022-12-01', '2023-01-31')).toBe(20);
    expect(restrictedDays(RESTRICTIONS, '2022-12-25', '2023-01-31')).toBe(15);
    expect(restrictedDays(RESTRICTIONS, '2022-12-01', '2022-12-20')).toBe(1);
    expect(restrictedDays(RESTRICTIONS, '2023-01-09', '2023-01-31')).toBe(0);
  });

  it('a restriction still running restricts every day up to the end of the window', () => {
    expect(restrictedDays([{ from: '2022-12-20', until: null }], '2022-12-01', '2022-12-31')).toBe(
      12,
    );
  });

  it('no window, no days', () => {
    expect(restrictedDays(RESTRICTIONS, '2023-01-31', '2023-01-01')).toBe(0);
  });
});

describe('lateInterestFactsOf / lateInterestRoom', () => {
  it("gives the restrictions, payments and waivers of an installment from the decider's state", () => {
    const file = fileOf(
      play(
        SIGNED_001,
        {
          type: 'StartPaymentRestriction',
          data: { occurredAt: '2022-12-20', restrictionId: 'pr-1', reason: '国库结账' },
        },
        {
          type: 'EndPaymentRestriction',
          data: { occurredAt: '2023-01-09', restrictionId: 'pr-1' },
        },
        {
          type: 'RecordLateInterestPayment',
          data: {
            occurredAt: '2023-06-20',
            lateInterestPaymentId: 'lip-1',
            installmentId: 'second',
            amount: '3520.50',
          },
        },
        {
          type: 'WaiveLateInterest',
          data: {
            occurredAt: '2023-06-21',
            waiverId: 'liw-1',
            installmentId: 'final',
            reason: '放弃',
          },
        },
      ),
    );
    expect(lateInterestFactsOf(file, 'second')).toEqual({
      restrictions: RESTRICTIONS,
      paid: [{ amount: '3520.50', on: '2023-06-20' }],
      waived: [],
    });
    expect(lateInterestFactsOf(file, 'final').waived).toEqual([{ amount: null, on: '2023-06-21' }]);
    // 001 5.2: 5 % of 704,100.00 = 35,205.00, less 3,520.50 paid; all of the final's interest waived.
    expect(lateInterestRoom(file, 'second')).toBe('31684.50');
    expect(lateInterestRoom(file, 'final')).toBe('0.00');
  });

  it('003 第六条 2(2): the room is 5 % of the contract total, shared by both installments', () => {
    const file = fileOf(
      play(SIGNED_003, {
        type: 'RecordLateInterestPayment',
        data: {
          occurredAt: '2023-02-01',
          lateInterestPaymentId: 'lip-1',
          installmentId: 'first',
          amount: '33360.00',
        },
      }),
    );
    expect(lateInterestRoom(file, 'final')).toBe('105640.00');
  });
});

function fileOf(events: Parameters<typeof foldContract>[0]) {
  const state = foldContract(events);
  if (state.status === 'draft') throw new Error('unsigned');
  return state.file;
}
