import type { DerivedFact, LocalDate } from '@app/domain';
import type { Basis } from '../../read-models/basis/contract-basis.reader';
import type { RecordedDeadline } from './recorded-deadline';
import type { MoneyPosition } from './money-position';

/** Who corrected a fact, when, how and why (a CorrectionRecorded naming it). */
export interface CorrectionRef {
  eventId: string;
  correctionId: string;
  action: string;
  reason: string;
  actor: string;
  occurredAt: string;
  recordedAt: string;
}

export interface TimelineEventEntry {
  entry: 'event';
  date: LocalDate;
  eventId: string;
  type: string;
  revision: number;
  position: string;
  occurredAt: string;
  recordedAt: string;
  actor: string;
  correlationId: string;
  causationId: string | null;
  clause: string | null;
  data: unknown;
  /** On a correction: the fact it corrects (eventId null when that fact is not in the stream). */
  corrects: { type: string; factId: string; eventId: string | null } | null;
  /** On a corrected fact: the corrections recorded (as known at the basis). */
  correctedBy: CorrectionRef[];
  /** Every ledger balance after this event, in business order. */
  money: MoneyPosition;
}

/** A derived fact; `recordedAs` names the deadline fact event that recorded it, if any. */
export type TimelineDerivedEntry = { entry: 'derived' } & DerivedFact & {
    recordedAs: RecordedDeadline | null;
  };
export type TimelineEntry = TimelineEventEntry | TimelineDerivedEntry;

export interface Timeline {
  contractId: string;
  asOf: LocalDate;
  basis: Basis;
  /** The kinds asked for (event types and derived-fact kinds); null for all. */
  kinds: string[] | null;
  entries: TimelineEntry[];
}
