import type { LocalDate } from '../shared/local-date';

/** Record that the service period has run out (on or after its last day). */
export interface EndServicePeriod {
  type: 'EndServicePeriod';
  data: { occurredAt: LocalDate };
}

/** The supplier keeps serving after expiry until a successor takes over; `occurredAt` = first holdover day. */
export interface StartHoldover {
  type: 'StartHoldover';
  data: { occurredAt: LocalDate };
}

/** `occurredAt` = last holdover day. */
export interface EndHoldover {
  type: 'EndHoldover';
  data: { occurredAt: LocalDate };
}

/** `occurredAt` = first day of the event; `notifiedOn` = when the other party was told. */
export interface DeclareForceMajeure {
  type: 'DeclareForceMajeure';
  data: {
    occurredAt: LocalDate;
    forceMajeureId: string;
    by: 'client' | 'supplier';
    notifiedOn: LocalDate;
    description: string;
  };
}

/** `occurredAt` = last suspended day. */
export interface EndForceMajeure {
  type: 'EndForceMajeure';
  data: { occurredAt: LocalDate; forceMajeureId: string };
}

/** Close an expired or terminated contract with nothing left open. */
export interface CloseContract {
  type: 'CloseContract';
  data: { occurredAt: LocalDate };
}
