import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import type { AcceptanceTerms } from './acceptance.terms';
import type { BondTerms } from './bond.terms';
import type { Sourced } from './common.terms';
import type { AmendmentTerms, ForceMajeureTerms, HoldoverTerms } from './continuity.terms';
import type { LatePaymentTerms } from './late-payment.terms';
import type { PaymentScheduleTerms } from './payment-schedule.terms';
import type { PenaltyTerms } from './penalty.terms';
import type { ReviewScheduleTerms } from './review.terms';
import type { ServicePeriodTerms } from './service-period.terms';
import type { StaffTerms } from './staff.terms';
import type { TerminationTerms } from './termination.terms';

export interface PartyTerms extends Sourced {
  name: string;
}

export interface TotalTerms extends Sourced {
  /** Tax-inclusive contract total (合同总价, 含税). */
  taxInclusive: Money;
  /** Where the contract states it (002 header: ¥1,912,500.00 不含税). */
  taxExclusive?: Money;
  /** "本项目最终合同金额以财政资金实际情况为准" (002 第三条). */
  subjectToFunding?: boolean;
}

/**
 * Everything the ledger needs to know about one contract, as data. Plain JSON: it travels inside
 * the ContractSigned event and is validated by `validateTerms`.
 * Nullable sections are those a contract may simply not have (003 has no bond).
 */
export interface ContractTerms {
  /** Contract number where one is written (甲方合同编号); null when the form is blank. */
  contractNumber: string | null;
  projectName: string;
  parties: { client: PartyTerms; supplier: PartyTerms };
  signingDate: LocalDate;
  currency: 'CNY';
  total: TotalTerms;
  servicePeriod: ServicePeriodTerms;
  paymentSchedule: PaymentScheduleTerms;
  acceptance: AcceptanceTerms;
  bond: BondTerms | null;
  reviews: ReviewScheduleTerms[];
  staff: StaffTerms | null;
  penalties: PenaltyTerms;
  latePayment: LatePaymentTerms | null;
  termination: TerminationTerms;
  holdover: HoldoverTerms | null;
  forceMajeure: ForceMajeureTerms | null;
  amendments: AmendmentTerms | null;
  /** Remarks for humans: assumptions made while encoding, inconsistencies in the text. */
  notes?: string[];
}
