import type { LocalDate } from '../shared/local-date';
import type { Sourced } from './common.terms';

/**
 * The service period as written.
 * - explicit: both ends stated (000 第三条 2022-03-01 → 2023-04-30).
 * - monthsFromSigning: "自合同签订之日起 12 个月" (001 2.3, 003 第一条 2). Civil Code art. 201–202
 *   by default: the signing day is not counted, the period ends on the same-numbered day N months
 *   later (or that month's last day). `startDayIncluded` counts the signing day itself.
 */
export type ServicePeriodTerms =
  | ({ kind: 'explicit'; start: LocalDate; end: LocalDate } & Sourced)
  | ({ kind: 'monthsFromSigning'; months: number; startDayIncluded?: boolean } & Sourced);
