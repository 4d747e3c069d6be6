/**
 * Conventions shared by every calculation in this folder.
 *
 * - Money: `Money` decimal strings with two decimals at the boundary ("242159.00"), `Dec` inside;
 *   rounded half-up to the fen ONCE, at the end of a computation (`toMoney`).
 * - Rates: `Rate` = a decimal FRACTION as a string, never a percentage and never a JS number:
 *   "0.05" is 5 %, "0.0005" is 0.05 % per day, "0.2143" is 21.43 %.
 * - Dates: `LocalDate` 'YYYY-MM-DD' strings. Day counts inside a period are inclusive of both ends.
 * - Warnings are findings for a human (a share that does not match its stated amount, a bond
 *   above the legal 10 %, a penalty more than 30 % above the loss); they never change a figure.
 */
export type Rate = string;

export interface CalcWarning {
  code: string;
  message: string;
  /** The clause or law the finding rests on, e.g. "政府采购法实施条例 第48条". */
  basis?: string;
  details?: Record<string, unknown>;
}

export type DayUnit = 'calendar' | 'working';

/**
 * "Within N (working) days after X". The deadline is X + N calendar days, or the N-th working
 * day after X; X itself is never counted (Civil Code art. 201).
 * `rollForwardToWorkingDay` applies Civil Code art. 203 to calendar-day windows (a deadline
 * falling on a statutory day off moves to the next working day); off unless a term asks for it.
 */
export interface DayWindow {
  days: number;
  unit: DayUnit;
  rollForwardToWorkingDay?: boolean;
}

/**
 * A count that opens a right. Civil Code art. 1259: "以上/以下/以内/届满" include the number
 * itself → 'at-least'; "超过/不满/以外" exclude it → 'more-than' (for 超过).
 * e.g. 000 第十二条3 "违反满 10 次以上" → { count: 10, comparison: 'at-least' };
 * 000 第十二条1 "延期超过 15 日" → { count: 15, comparison: 'more-than' }.
 */
export interface CountThreshold {
  count: number;
  comparison: 'at-least' | 'more-than';
}

export function meetsThreshold(value: number, threshold: CountThreshold): boolean {
  return threshold.comparison === 'at-least' ? value >= threshold.count : value > threshold.count;
}

/** Divisor of a day-based pro rata: a fixed number of days (002 第十二条: 365) or the period's actual days. */
export type DayCountDivisor = number | 'period-days';
