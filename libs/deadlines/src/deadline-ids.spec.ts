import { FixedClock, chinaDateOf } from './clock';
import { deadlineEventId, deadlineFactId, deadlineRunId } from './deadline-ids';

describe('deadline ids', () => {
  const key = '6bab8d44-7a4f-522c-9218-eb835bcec374|installment:first|2023-01-10';

  it('are uuid v5 of the key under a namespace fixed forever (a change would record facts twice)', () => {
    // Pinned: every store already holds these ids for 003's overdue first installment.
    expect(deadlineFactId(key)).toBe(deadlineFactId(key));
    expect(deadlineFactId(key)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(deadlineEventId(key)).toBe('169698bd-0feb-530d-9747-913965ac8b7b');
    expect(deadlineRunId('2023-12-31')).toBe('82ade1c7-0704-5650-a521-db1e07e70750');
    expect(deadlineEventId(key)).not.toBe(deadlineFactId(key));
    expect(deadlineEventId(key.replace('2023-01-10', '2023-01-11'))).not.toBe(deadlineEventId(key));
  });
});

describe('clock', () => {
  it("says today in China, whatever the server's zone", () => {
    expect(chinaDateOf(new Date('2023-01-10T15:59:59Z'))).toBe('2023-01-10');
    expect(chinaDateOf(new Date('2023-01-10T16:00:00Z'))).toBe('2023-01-11');
    const clock = new FixedClock('2023-01-10T16:00:00Z');
    expect(clock.today()).toBe('2023-01-11');
    clock.set('2023-06-30T00:00:00Z');
    expect(clock.today()).toBe('2023-06-30');
  });
});
