import { DueTrigger, InstallmentSpec, planInstallments } from '../calc';
import { DomainError } from '../shared/decider';
import { compareDates } from '../shared/local-date';
import { PAYMENT_TRIGGER_KINDS } from './payment-schedule.terms';
import { Findings, has } from './violation';

const DUE_TRIGGERS: readonly DueTrigger[] = [
  'signing',
  'invoice',
  'acceptance',
  'service-end',
  'confirmation',
  'application',
];
const DUE_KINDS = ['fixed-date', 'after-event', 'after-service-months'] as const;

export interface ScheduleContext {
  total: string | null;
  signingDate: string | null;
  phaseMilestoneIds: Set<string>;
}

/** 第五条-style payment schedules: every installment well-formed, amounts summing to the total. */
export function validatePaymentSchedule(
  f: Findings,
  schedule: unknown,
  ctx: ScheduleContext,
): void {
  const path = 'paymentSchedule';
  if (!f.object(schedule, path)) return;
  if (f.object(schedule.invoice, `${path}.invoice`)) {
    f.boolean(schedule.invoice.required, `${path}.invoice.required`);
    if (has(schedule.invoice.leadDays))
      f.integer(schedule.invoice.leadDays, `${path}.invoice.leadDays`, 0);
  }
  f.boolean(schedule.fundingDelayExcused, `${path}.fundingDelayExcused`);
  if (!f.array(schedule.installments, `${path}.installments`)) return;
  const installments = schedule.installments;
  if (installments.length === 0) {
    f.error(`${path}.installments`, 'required', 'At least one installment is required');
    return;
  }
  f.uniqueIds(installments, `${path}.installments`);
  const before = f.list.length;
  const specs: InstallmentSpec[] = installments.map((item, i) =>
    validateInstallment(f, item, `${path}.installments[${i}]`, ctx),
  );
  if (f.list.length > before || ctx.total === null) return;
  checkSum(f, ctx.total, specs, `${path}.installments`);
}

function validateInstallment(
  f: Findings,
  item: unknown,
  path: string,
  ctx: ScheduleContext,
): InstallmentSpec {
  if (!f.object(item, path)) return {};
  f.text(item.label, `${path}.label`);
  const spec: InstallmentSpec = {};
  if (has(item.share) && f.rate(item.share, `${path}.share`)) spec.share = item.share as string;
  if (has(item.amount) && f.money(item.amount, `${path}.amount`))
    spec.amount = item.amount as string;
  if (!has(item.share) && !has(item.amount)) {
    f.error(`${path}.amount`, 'required', `${path} states neither a share nor an amount`);
  }
  if (has(item.adjustableToBudget))
    f.boolean(item.adjustableToBudget, `${path}.adjustableToBudget`);
  validateTrigger(f, item.trigger, `${path}.trigger`, ctx);
  if (has(item.due)) validateDue(f, item.due, `${path}.due`, ctx);
  return spec;
}

function validateTrigger(f: Findings, trigger: unknown, path: string, ctx: ScheduleContext): void {
  if (!f.object(trigger, path) || !f.oneOf(trigger.kind, PAYMENT_TRIGGER_KINDS, `${path}.kind`))
    return;
  switch (trigger.kind) {
    case 'byDate':
      if (f.date(trigger.date, `${path}.date`))
        notBeforeSigning(f, trigger.date as string, `${path}.date`, ctx);
      return;
    case 'afterServiceMonths':
      f.integer(trigger.months, `${path}.months`, 1);
      return;
    case 'onPhaseAcceptance':
      if (
        f.text(trigger.milestoneId, `${path}.milestoneId`) &&
        !ctx.phaseMilestoneIds.has(trigger.milestoneId)
      ) {
        f.error(
          `${path}.milestoneId`,
          'unknown-reference',
          `No phase milestone "${trigger.milestoneId}" in acceptance.milestones`,
        );
      }
      return;
    default:
      return; // onSigning, onFinalAcceptance, afterServiceEnds, onInvoice carry no data
  }
}

function validateDue(f: Findings, due: unknown, path: string, ctx: ScheduleContext): void {
  if (!f.object(due, path) || !f.oneOf(due.kind, DUE_KINDS, `${path}.kind`)) return;
  if (due.kind === 'fixed-date') {
    if (f.date(due.date, `${path}.date`))
      notBeforeSigning(f, due.date as string, `${path}.date`, ctx);
  } else if (due.kind === 'after-event') {
    f.oneOf(due.event, DUE_TRIGGERS, `${path}.event`);
    f.window(due.window, `${path}.window`);
  } else {
    f.integer(due.months, `${path}.months`, 1);
    if (has(due.window)) f.window(due.window, `${path}.window`);
  }
}

function notBeforeSigning(f: Findings, date: string, path: string, ctx: ScheduleContext): void {
  if (ctx.signingDate !== null && compareDates(date, ctx.signingDate) < 0) {
    f.error(path, 'date-order', `${path} (${date}) is before the signing date ${ctx.signingDate}`);
  }
}

/** Uses the calc module's installment plan: a stated amount wins, shares are only checked. */
function checkSum(f: Findings, total: string, specs: InstallmentSpec[], path: string): void {
  try {
    const plan = planInstallments(total, specs);
    for (const w of plan.warnings) {
      if (w.code === 'INSTALLMENT_SHARE_MISMATCH') {
        const index = Number((w.details as { index?: number } | undefined)?.index ?? 1) - 1;
        f.warn(`${path}[${index}].share`, 'share-amount-mismatch', w.message);
      } else if (w.code === 'INSTALLMENT_SHARES_NOT_100_PERCENT') {
        f.warn(path, 'shares-not-100-percent', w.message);
      }
    }
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    f.error(path, 'installments-sum', e.message);
  }
}
