import type { RecordedEvent } from '@app/event-store';
import { contractFactOf } from './contract-fact';

/** When a milestone was accepted: the acceptance day, or the first day silence counted as it. */
export function acceptanceOf(
  event: RecordedEvent,
): { milestoneId: string; acceptedOn: string } | null {
  const fact = contractFactOf(event);
  if (fact?.type === 'MilestoneAccepted') {
    return { milestoneId: fact.data.milestoneId, acceptedOn: fact.data.occurredAt };
  }
  if (fact?.type === 'AcceptanceDeemed') {
    return { milestoneId: fact.data.milestoneId, acceptedOn: fact.data.deemedOn };
  }
  return null;
}
