import type { Anomaly, EventRef } from '../shared';

/** Where a suspension returns to when force majeure ends (libs/domain ResumeTarget). */
export type ResumeTo = { status: 'active' } | { status: 'inNotice' } | { status: 'inHoldover' };

/** One row per contract: identity, parties, lifecycle status and the dates deadlines hang on. */
export interface ContractRow extends Record<string, unknown> {
  contract_id: string;
  stream_id: string;
  contract_number: string | null;
  project_name: string | null;
  client_name: string | null;
  supplier_name: string | null;
  currency: string | null;
  /** draft (an event before ContractSigned) | active | suspended | inNotice | terminated | expired | inHoldover | closed */
  status: string;
  resume_to: ResumeTo | null;
  signed_on: string | null;
  service_start: string | null;
  /** Current end of service: force majeure may extend it (001 10.1). */
  service_end: string | null;
  service_ended_on: string | null;
  signed_total: string | null;
  /** Signed total + amendments ± budget adjustments (000 第五条 3, 7). */
  total: string | null;
  terminated_on: string | null;
  closed_on: string | null;
  /** The running termination notice. */
  notice: {
    noticeId: string;
    by: string;
    rightId: string | null;
    issuedOn: string | null;
    effectiveOn: string | null;
    source: EventRef;
  } | null;
  force_majeure: { forceMajeureId: string; startedOn: string | null; source: EventRef } | null;
  holdover: { startedOn: string | null; endedOn: string | null; fee: string | null } | null;
  /** Breach notices not yet cured, with their cure deadlines. */
  breach_notices: Record<string, { cureBy: string | null; by: string; source: EventRef }>;
  milestones: Record<string, { kind: string; acceptedOn: string | null; source: EventRef | null }>;
  signed_source: EventRef | null;
  last_position: string;
  anomalies: Anomaly[];
}
