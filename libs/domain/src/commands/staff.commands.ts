import type { LocalDate } from '../shared/local-date';

/** The supplier announces a staff change taking effect on `effectiveOn` (001 12.4). */
export interface NotifyStaffChange {
  type: 'NotifyStaffChange';
  data: {
    occurredAt: LocalDate;
    changeId: string;
    role: string;
    leaving?: string;
    joining?: string;
    effectiveOn: LocalDate;
  };
}

export interface ApproveStaffChange {
  type: 'ApproveStaffChange';
  data: { occurredAt: LocalDate; changeId: string };
}

export interface RejectStaffChange {
  type: 'RejectStaffChange';
  data: { occurredAt: LocalDate; changeId: string; reason: string };
}

/** The staff commands; commands/index.ts unions the areas, so a command added here needs no other line there. */
export type StaffCommand = NotifyStaffChange | ApproveStaffChange | RejectStaffChange;
