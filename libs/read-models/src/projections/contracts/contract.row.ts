import {
  bigint,
  date,
  jsonb,
  jsonbOrNull,
  key,
  money,
  orNull,
  readModelTable,
  text,
  type RowOf,
} from '../../tables/read-model-table';
import type { Anomaly, EventRef } from '../shared';

/** A milestone of the acceptance terms and when it was accepted (or deemed accepted). */
export interface MilestoneFacts {
  kind: string;
  acceptedOn: string | null;
  source: EventRef | null;
}

/** Where a suspension returns to when force majeure ends (libs/domain ResumeTarget). */
/** A breach notice (BreachNoticeIssued, its source): the day it was issued and its cure deadline. */
export interface BreachNoticeFacts {
  cureBy: string | null;
  by: string;
  issuedOn?: string | null;
  source: EventRef;
}

/** A breach notice the breaching party cured (BreachCured, `curedBy`). */
export interface CuredBreachNoticeFacts extends BreachNoticeFacts {
  curedOn: string | null;
  curedBy: EventRef;
}

export type ResumeTo = { status: 'active' } | { status: 'inNotice' } | { status: 'inHoldover' };

export interface TerminationNotice {
  noticeId: string;
  by: string;
  rightId: string | null;
  issuedOn: string | null;
  effectiveOn: string | null;
  source: EventRef;
}

/** rm_contracts (migration 1763700000200): one row per contract: identity, parties, lifecycle status and the dates deadlines hang on. */
export const contractsTable = readModelTable('rm_contracts', {
  contract_id: key(),
  stream_id: text(),
  contract_number: orNull(text()),
  project_name: orNull(text()),
  client_name: orNull(text()),
  supplier_name: orNull(text()),
  currency: orNull(text()),
  /** draft (an event before ContractSigned) | active | suspended | inNotice | terminated | expired | inHoldover | closed */
  status: text<string>('draft'),
  resume_to: jsonbOrNull<ResumeTo>(),
  signed_on: orNull(date()),
  service_start: orNull(date()),
  /** Current end of service: force majeure may extend it (001 10.1). */
  service_end: orNull(date()),
  service_ended_on: orNull(date()),
  signed_total: orNull(money()),
  /** Signed total + amendments ± budget adjustments (000 第五条 3, 7). */
  total: orNull(money()),
  terminated_on: orNull(date()),
  closed_on: orNull(date()),
  /** The running termination notice. */
  notice: jsonbOrNull<TerminationNotice>(),
  force_majeure: jsonbOrNull<{
    forceMajeureId: string;
    startedOn: string | null;
    source: EventRef;
  }>(),
  holdover: jsonbOrNull<{ startedOn: string | null; endedOn: string | null; fee: string | null }>(),
  /** Breach notices not yet cured, with their cure deadlines (issuedOn: absent on older rows). */
  breach_notices: jsonb<Record<string, BreachNoticeFacts>>({}),
  /** Migration 1763700000900: notices cured since, with the day of the cure (for ?asOf). */
  cured_breach_notices: jsonb<Record<string, CuredBreachNoticeFacts>>({}),
  milestones: jsonb<Record<string, MilestoneFacts>>({}),
  signed_source: jsonbOrNull<EventRef>(),
  last_position: bigint(),
  anomalies: jsonb<Anomaly[]>([]),
});

export type ContractRow = RowOf<typeof contractsTable.columns>;
