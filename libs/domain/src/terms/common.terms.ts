import type { CountThreshold, DayCountDivisor, DayUnit, DayWindow, Rate } from '../calc/calc.types';

/**
 * Vocabulary shared by every term. Rates, windows and thresholds are the calc module's own types
 * so that a term can be handed to a calculation unchanged:
 * - `Rate`: a decimal FRACTION string ("0.05" = 5 %, "0.0005" = 0.05 % per day), never a number;
 * - `DayWindow`: "within N (working) days after X" — X itself not counted (Civil Code art. 201);
 * - `CountThreshold`: "满 10 次以上" (at-least) vs "超过 15 日" (more-than), Civil Code art. 1259.
 */
export type { CountThreshold, DayCountDivisor, DayUnit, DayWindow, Rate };

/** Every term may say which clause it comes from, e.g. "第五条 2" or "4.2". */
export interface Sourced {
  source?: string;
}

/** 甲方 = client (the purchasing authority), 乙方 = supplier. */
export type PartyRole = 'client' | 'supplier';

/** A notice period: "提前 30 日书面通知" (days) or "提前一个月通知" (months, 003 第二条 2(7)). */
export interface NoticePeriod {
  count: number;
  unit: 'days' | 'months';
}
