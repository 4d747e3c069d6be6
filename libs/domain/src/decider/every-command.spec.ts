import { CONTRACT_COMMAND_TYPES } from './contract.decide';
import { contractDecider } from './contract.decider';
import { given } from './testing/given-when-then';
import { ONE_OF_EACH } from './testing/one-of-each';

describe('every command', () => {
  it('refuses every command but SignContract before signing', () => {
    for (const [type, [, command]] of Object.entries(ONE_OF_EACH)) {
      if (type === 'SignContract') continue;
      const expected = type === 'RecordPayment' ? 'PAYMENT_BEFORE_SIGNING' : 'CONTRACT_NOT_SIGNED';
      expect(() => contractDecider.decide(command, { status: 'draft' })).toThrow(
        expect.objectContaining({ code: expected }),
      );
    }
  });
  it('has an example here', () => {
    expect(Object.keys(ONE_OF_EACH).sort()).toEqual([...CONTRACT_COMMAND_TYPES].sort());
  });

  it.each(Object.entries(ONE_OF_EACH))(
    '%s decides schema-valid events, and nothing when sent again',
    (_type, [history, command]) => {
      const events = given(...history)
        .when(command)
        .events();
      expect(events.length).toBeGreaterThan(0);
      given(...history, ...events)
        .when(command)
        .thenNothing();
    },
  );
});
