import type { DueRule } from '../calc/due-date.calc';
import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import type { Rate, Sourced } from './common.terms';

/**
 * What must have happened before an installment may be paid (the contract's condition, not its
 * deadline — the deadline is `InstallmentTerms.due`).
 * - onSigning: "本合同签署生效…后" (000/004 第五条 1, 001 4.2 first payment);
 * - byDate: unconditional, by a stated date;
 * - afterServiceMonths: "开展项目技术服务 8 个月后" (001 4.2 second payment);
 * - onPhaseAcceptance / onFinalAcceptance: "经甲方验收通过后" (000/004 第五条 2, 3);
 * - afterServiceEnds: "在本合同期结束后" (003 第三条 2(2));
 * - onInvoice: "甲方收到乙方提供的发票后" (002 第四条 1, 003 第三条 2(1)).
 */
export type PaymentTrigger =
  | { kind: 'onSigning' }
  | { kind: 'byDate'; date: LocalDate }
  | { kind: 'afterServiceMonths'; months: number }
  | { kind: 'onPhaseAcceptance'; milestoneId: string }
  | { kind: 'onFinalAcceptance' }
  | { kind: 'afterServiceEnds' }
  | { kind: 'onInvoice' };

export type PaymentTriggerKind = PaymentTrigger['kind'];

export const PAYMENT_TRIGGER_KINDS: readonly PaymentTriggerKind[] = [
  'onSigning',
  'byDate',
  'afterServiceMonths',
  'onPhaseAcceptance',
  'onFinalAcceptance',
  'afterServiceEnds',
  'onInvoice',
];

export interface InstallmentTerms extends Sourced {
  /** Stable id chosen when the terms are written ("first", "interim", "final"); commands name it. */
  id: string;
  label: string;
  /** Share of the total as a fraction ("0.2143" = 21.43 %). Checked against `amount` when both are given. */
  share?: Rate;
  /** Stated amount (tax-inclusive). A stated amount wins over the share. */
  amount?: Money;
  trigger: PaymentTrigger;
  /**
   * When the payment falls due, in the calc module's vocabulary: a fixed date (000 第五条 1
   * "于 2022 年 5 月 31 日前"), a window after an event (003 第三条 2(1) "10 个工作日内"), or after
   * N months of service. Absent when the contract states no deadline (002 第四条 2 "验收…当年内").
   */
  due?: DueRule;
  /** "此项金额有可能根据 2023 年财政预算下达情况进行调整" (000 第五条 3, 7). */
  adjustableToBudget?: boolean;
  /** Free-text preconditions the ledger records but cannot check, e.g. "财政资金拨付到位". */
  conditions?: string[];
}

export interface InvoiceTerms extends Sourced {
  /** The supplier must invoice before being paid ("乙方需提供法定的同等金额发票"). */
  required: boolean;
  /** Calendar days before the payment the invoice must arrive (000 第五条 8: 【15】日). */
  leadDays?: number;
}

export interface PaymentScheduleTerms extends Sourced {
  installments: InstallmentTerms[];
  invoice: InvoiceTerms;
  /**
   * Payment is conditional on fiscal funds; a treasury restriction defers it without default
   * (000 第五条 5, 001 4.2, 002 第四条 3, 003 第三条 4).
   */
  fundingDelayExcused: boolean;
}
