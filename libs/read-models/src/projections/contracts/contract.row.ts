import { col, readModelTable, type RowOf } from '../../tables/read-model-table';
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
  contract_id: col.key(),
  stream_id: col.text(),
  contract_number: col.orNull(col.text()),
  project_name: col.orNull(col.text()),
  client_name: col.orNull(col.text()),
  supplier_name: col.orNull(col.text()),
  currency: col.orNull(col.text()),
  /** draft (an event before ContractSigned) | active | suspended | inNotice | terminated | expired | inHoldover | closed */
  status: col.text<string>('draft'),
  resume_to: col.jsonbOrNull<ResumeTo>(),
  signed_on: col.orNull(col.date()),
  service_start: col.orNull(col.date()),
  /** Current end of service: force majeure may extend it (001 10.1). */
  service_end: col.orNull(col.date()),
  service_ended_on: col.orNull(col.date()),
  signed_total: col.orNull(col.money()),
  /** Signed total + amendments ± budget adjustments (000 第五条 3, 7). */
  total: col.orNull(col.money()),
  terminated_on: col.orNull(col.date()),
  closed_on: col.orNull(col.date()),
  /** The running termination notice. */
  notice: col.jsonbOrNull<TerminationNotice>(),
  force_majeure: col.jsonbOrNull<{
    forceMajeureId: string;
    startedOn: string | null;
    source: EventRef;
  }>(),
  holdover: col.jsonbOrNull<{
    startedOn: string | null;
    endedOn: string | null;
    fee: string | null;
  }>(),
  /** Breach notices not yet cured, with their cure deadlines (issuedOn: absent on older rows). */
  breach_notices: col.jsonb<Record<string, BreachNoticeFacts>>({}),
  /** Migration 1763700000900: notices cured since, with the day of the cure (for ?asOf). */
  cured_breach_notices: col.jsonb<Record<string, CuredBreachNoticeFacts>>({}),
  milestones: col.jsonb<Record<string, MilestoneFacts>>({}),
  signed_source: col.jsonbOrNull<EventRef>(),
  last_position: col.bigint(),
  anomalies: col.jsonb<Anomaly[]>([]),
});

export type ContractRow = RowOf<typeof contractsTable.columns>;
