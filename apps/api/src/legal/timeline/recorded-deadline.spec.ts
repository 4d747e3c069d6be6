import type { DerivedFact } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { recordedDeadlineOf } from './recorded-deadline';

const fact = (over: Partial<DerivedFact>): DerivedFact => ({
  date: '2023-01-10',
  kind: 'installmentDue',
  subject: 'first',
  clause: '第三条 2(1)',
  outcome: 'missed',
  outcomeOn: '2023-01-11',
  amount: '1668000.00',
  calendarVersion: 'chinese-days@1.5.7',
  provisional: false,
  description: '',
  ...over,
});
const event = (type: string, data: Record<string, unknown>) =>
  ({
    eventId: `e-${type}`,
    type,
    data,
    occurredAt: '2023-01-11',
    recordedAt: '2023-01-11T01:00:00Z',
  }) as RecordedEvent;

describe('recordedDeadlineOf: the derived fact names the event that recorded it', () => {
  const overdue = event('InstallmentBecameOverdue', {
    installmentId: 'first',
    dueDate: '2023-01-10',
  });

  it('matches 003 第三条 2(1)’s missed installment with its InstallmentBecameOverdue', () => {
    expect(recordedDeadlineOf(fact({}), [overdue])).toEqual({
      eventId: 'e-InstallmentBecameOverdue',
      type: 'InstallmentBecameOverdue',
      occurredAt: '2023-01-11',
      recordedAt: '2023-01-11T01:00:00Z',
    });
  });

  it('does not match another installment, another due date, or a deadline still open or met', () => {
    expect(recordedDeadlineOf(fact({ subject: 'final' }), [overdue])).toBeNull();
    expect(recordedDeadlineOf(fact({ date: '2023-01-11' }), [overdue])).toBeNull();
    expect(recordedDeadlineOf(fact({ outcome: 'met' }), [overdue])).toBeNull();
  });

  it('matches reviews deemed passed, deemed acceptance and expired cure periods', () => {
    const review = event('ReviewDeemedPassed', { scheduleId: 'quarterly-report', periodIndex: 2 });
    expect(
      recordedDeadlineOf(
        fact({ kind: 'reviewWindow', subject: 'quarterly-report#2', outcome: 'deemed' }),
        [review],
      )?.type,
    ).toBe('ReviewDeemedPassed');
    const accepted = event('AcceptanceDeemed', { milestoneId: 'final' });
    expect(
      recordedDeadlineOf(fact({ kind: 'acceptanceDeemed', subject: 'final', outcome: 'deemed' }), [
        accepted,
      ])?.type,
    ).toBe('AcceptanceDeemed');
    const cure = event('CurePeriodExpired', { noticeId: 'bn-1', cureBy: '2022-04-10' });
    expect(
      recordedDeadlineOf(fact({ kind: 'breachCure', subject: 'bn-1', date: '2022-04-10' }), [cure])
        ?.type,
    ).toBe('CurePeriodExpired');
  });
});
