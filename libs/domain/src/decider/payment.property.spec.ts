import fc from 'fast-check';
import { dec, toMoney } from '../shared/money';
import { contractDecider, foldContract } from './contract.decider';
import { settledOn } from './contract.queries';
import { cmd, SIGNED_000 } from './testing/fixtures';
import { play } from './testing/given-when-then';

describe('properties', () => {
  const cents = fc
    .integer({ min: 1, max: 30_000_000 })
    .map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);

  it('000 first installment: any payments settle their exact sum; "overpayment" appears exactly once the 565,000.00 is passed; resends decide nothing', () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 6 }), (amounts) => {
        const commands = amounts.map((a, i) => cmd.pay('first', a, '2022-05-20', `p-${i}`));
        const stream = play(SIGNED_000, ...commands);
        const state = foldContract(stream);
        if (state.status === 'draft') return false;
        let running = dec(0);
        stream.slice(1).forEach((e, i) => {
          running = running.plus(dec(amounts[i]));
          expect(e.type === 'PaymentRecorded' && e.data.flags.includes('overpayment')).toBe(
            running.greaterThan(dec('565000.00')),
          );
        });
        expect(settledOn(state.file, 'first')).toBe(toMoney(running));
        for (const c of commands) expect(contractDecider.decide(c, state)).toEqual([]);
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
