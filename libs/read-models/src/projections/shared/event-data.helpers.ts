import type { RecordedEvent } from '@app/event-store';
import type { ContractEventType, EventOf } from '@app/domain';

/**
 * The data of a recorded event, typed by its type. Recorded facts are read defensively: a field
 * that is not what its schema says is caught by neverThrow (anomalies.ts) or sanitised.
 */
export function dataAs<T extends ContractEventType>(
  event: RecordedEvent,
  _type: T,
): EventOf<T>['data'] {
  return event.data as EventOf<T>['data'];
}

/** When a milestone was accepted: the acceptance day, or the first day silence counted as it. */
export function acceptanceOf(
  event: RecordedEvent,
): { milestoneId: string; acceptedOn: string } | null {
  if (event.type === 'MilestoneAccepted') {
    const d = dataAs(event, 'MilestoneAccepted');
    return { milestoneId: d.milestoneId, acceptedOn: d.occurredAt };
  }
  if (event.type === 'AcceptanceDeemed') {
    const d = dataAs(event, 'AcceptanceDeemed');
    return { milestoneId: d.milestoneId, acceptedOn: d.deemedOn };
  }
  return null;
}
