/**
 * What the offline verification reports: one finding per check, each failure naming what and where
 * (revision, event id, leaf index, tree size).
 */
export interface VerifyOptions {
  /** The verifier key the reader trusts; without it the export's own key is used (and said so). */
  trustedKey?: string;
  /** A checkpoint (signed note) the reader obtained earlier, e.g. from GET /checkpoints. */
  heldCheckpoint?: string;
  /** Receipts (signed notes) the reader kept from command responses. */
  receipts?: string[];
}

export type CheckName =
  | 'format'
  | 'manifest'
  | 'key'
  | 'checkpoint'
  | 'chain'
  | 'revisions'
  | 'inclusion'
  | 'absent'
  | 'consistency'
  | 'held-checkpoint'
  | 'receipt'
  | 'timeline'
  | 'report';

export interface Finding {
  check: CheckName;
  ok: boolean;
  /** warning: passes but weakens what the verification proves. */
  severity: 'ok' | 'warning' | 'failure';
  message: string;
  where?: { revision?: number; eventId?: string; leafIndex?: number; treeSize?: number };
}

export interface VerificationReport {
  ok: boolean;
  contractId: string | null;
  eventsChecked: number;
  treeSize: number | null;
  findings: Finding[];
}

/** The findings of one verification, in the order the checks ran. */
export class Findings {
  readonly list: Finding[] = [];

  pass(check: CheckName, message: string): void {
    this.list.push({ check, ok: true, severity: 'ok', message });
  }

  warn(check: CheckName, message: string): void {
    this.list.push({ check, ok: true, severity: 'warning', message });
  }

  fail(check: CheckName, message: string, where?: Finding['where']): void {
    this.list.push({ check, ok: false, severity: 'failure', message, where });
  }

  get ok(): boolean {
    return this.list.every((f) => f.ok);
  }
}
