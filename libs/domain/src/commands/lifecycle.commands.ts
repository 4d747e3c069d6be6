import type { Money } from '../shared/money';
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

/**
 * The holdover fee fixed by HoldoverEnded was paid (001 2.3: by the client; 002 第十三条: by the new
 * service provider, "由新服务商提供"); `paymentId` chosen by the caller, so a resend is harmless.
 */
export interface RecordHoldoverFeePayment {
  type: 'RecordHoldoverFeePayment';
  data: {
    occurredAt: LocalDate;
    paymentId: string;
    amount: Money;
    /** Who paid; default the client. */
    payer?: 'client' | 'successor';
  };
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

/** The lifecycle commands; commands/index.ts unions the areas, so a command added here needs no other line there. */
export type LifecycleCommand =
  | EndServicePeriod
  | StartHoldover
  | EndHoldover
  | RecordHoldoverFeePayment
  | DeclareForceMajeure
  | EndForceMajeure
  | CloseContract;
