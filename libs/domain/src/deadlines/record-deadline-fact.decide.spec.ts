import { chinaCalendar } from '../calendar';
import { cmd, SIGNED_003, SIGNED_004 } from '../decider/testing/fixtures';
import { expectValidEvent, play, stateAfter } from '../decider/testing/given-when-then';
import type { ContractEvent } from '../events/contract-event';
import { DomainError } from '../shared/decider';
import { createDeadlineDecider, type RecordDeadlineFact } from './record-deadline-fact.decide';

const decider = createDeadlineDecider({ calendar: chinaCalendar() });
const record = (key: string, until: string, factId = 'f-1'): RecordDeadlineFact => ({
  type: 'RecordDeadlineFact',
  data: { factId, key, until },
});
const decide = (history: ContractEvent[], c: RecordDeadlineFact) =>
  decider.decide(c, stateAfter(...history));
const refusal = (history: ContractEvent[], c: RecordDeadlineFact) => {
  try {
    decide(history, c);
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return null;
};

// 003 第三条 2(1): invoice 2022-12-26 + 10 working days → due 2023-01-10, overdue from 01-11.
const invoiced = play(SIGNED_003, cmd.invoice('first', '1668000.00', '2022-12-26'));
const KEY = 'c-003|installment:first|2023-01-10';

describe('RecordDeadlineFact: the scheduler records a due deadline fact once', () => {
  it('records the fact that is due, with the id it was given', () => {
    const events = decide(invoiced, record(KEY, '2023-01-11'));
    expect(events).toEqual([
      {
        type: 'InstallmentBecameOverdue',
        data: {
          occurredAt: '2023-01-11',
          factId: 'f-1',
          installmentId: 'first',
          dueDate: '2023-01-10',
          outstanding: '1668000.00',
          calendarVersion: 'chinese-days@1.5.7',
        },
      },
    ]);
    events.forEach(expectValidEvent);
  });

  it('decides nothing when the fact is already recorded (a retry, another scheduler instance)', () => {
    const once = [...invoiced, ...decide(invoiced, record(KEY, '2023-01-11'))];
    expect(decide(once, record(KEY, '2023-01-11'))).toEqual([]);
    // A later run (another `until`) names the same fact: still nothing.
    expect(decide(once, record(KEY, '2023-06-30'))).toEqual([]);
    // The same key with another id is another claim on the fact: refused.
    expect(refusal(once, record(KEY, '2023-01-11', 'f-2'))).toBe('DUPLICATE_FACT_ID');
  });

  it('refuses a fact that is not due by the date given, or that the facts do not imply', () => {
    expect(refusal(invoiced, record(KEY, '2023-01-10'))).toBe('DEADLINE_FACT_NOT_DUE');
    const paid = play(invoiced, cmd.pay('first', '1668000.00', '2023-01-09'));
    expect(refusal(paid, record(KEY, '2023-02-01'))).toBe('DEADLINE_FACT_NOT_DUE');
    expect(refusal(invoiced, record('c-003|installment:nope|2023-01-10', '2023-02-01'))).toBe(
      'DEADLINE_FACT_NOT_DUE',
    );
  });

  it('004 第七条 3: a deemed acceptance a person already recorded is not recorded again', () => {
    const ended = play(SIGNED_004, cmd.endService('2023-05-31'));
    const byHand = play(ended, {
      type: 'DeemAcceptance',
      data: { occurredAt: '2023-08-01', milestoneId: 'final' },
    });
    // The person's AcceptanceDeemed carries the same deemedOn (2023-07-28), hence the same key.
    expect(decide(byHand, record('c-004|acceptance:final|2023-07-28', '2023-08-31'))).toEqual([]);
    const bySchedule = decide(ended, record('c-004|acceptance:final|2023-07-28', '2023-07-28'));
    expect(bySchedule).toEqual([
      {
        type: 'AcceptanceDeemed',
        data: {
          occurredAt: '2023-07-28',
          milestoneId: 'final',
          deemedOn: '2023-07-28',
          calendarVersion: 'chinese-days@1.5.7',
        },
      },
    ]);
    // It releases what waits for the final acceptance (004 第五条 3): the milestone counts as accepted.
    const state = stateAfter(...ended, ...bySchedule);
    expect(state.status !== 'draft' && state.file.milestones.final).toMatchObject({
      status: 'deemed',
      acceptedOn: '2023-07-28',
    });
  });
});
