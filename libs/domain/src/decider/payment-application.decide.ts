import type { DecideTable } from './decide-table';
import { dueDateAfter, windowCalendarVersion } from '../calc';
import type { ConfirmPaymentApplication } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { ContractState } from './contract.state';
import { confirmedDueDate, DecideContext, installmentById } from './contract.queries';
import { fail } from './domain-errors';
import { OPEN_STATUSES, recordedOnce, admit } from './guards';

/**
 * 001 4.2: the client confirmed the payment application of an installment whose due rule waits for
 * that confirmation ("paid within 30 working days of confirmation"). The due date is fixed now, on
 * the working-day calendar. Refused: unknown installment, a rule not waiting for a confirmation, a
 * second confirmation on another date (the same one again decides nothing).
 */
export function decideConfirmPaymentApplication(
  command: ConfirmPaymentApplication,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, OPEN_STATUSES);
  const { data } = command;
  const inst = installmentById(s.file, data.installmentId);
  const rule = inst.due;
  if (!rule || rule.kind !== 'after-event' || rule.event !== 'confirmation') {
    return fail(
      'INSTALLMENT_NOT_AWAITING_CONFIRMATION',
      `Installment ${inst.id} does not fall due on a confirmed payment application`,
      'data.installmentId',
    );
  }
  const resent = recordedOnce(
    s.file.applicationConfirmations[inst.id],
    (confirmedOn) => confirmedOn,
    occurredAt,
    (confirmedOn) =>
      fail(
        'APPLICATION_ALREADY_CONFIRMED',
        `The payment application of ${inst.id} was already confirmed on ${confirmedOn}`,
        'data.occurredAt',
        { confirmedOn },
      ),
  );
  if (resent) return [];
  // A confirmation before the condition is met (001 4.2 "8个月后申请") is the client's act, recorded;
  // its 30 working days count from the day the condition is met (as-of confirmationOf).
  const due = confirmedDueDate(s.file, inst, occurredAt, ctx);
  const dueDate = due.dueDate ?? dueDateAfter(occurredAt, rule.window, ctx.calendar);
  return [
    {
      type: 'PaymentApplicationConfirmed',
      data: {
        occurredAt,
        installmentId: inst.id,
        dueDate: dueDate,
        calendarVersion:
          due.calendarVersion ??
          windowCalendarVersion(rule.window, ctx.calendar, occurredAt, dueDate),
      },
    },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const PAYMENT_APPLICATION_DECIDE = {
  ConfirmPaymentApplication: decideConfirmPaymentApplication,
} satisfies Partial<DecideTable>;
