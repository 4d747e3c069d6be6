import type { Money } from '../../shared/money';
import type { LocalDate } from '../../shared/local-date';
import type { AcceptanceTerms } from '../acceptance.terms';
import type { ContractTerms, PartyTerms } from '../contract.terms';
import type { StaffTerms } from '../staff.terms';
import type { ForceMajeureTerms } from '../continuity.terms';
import type { Rate } from '../common.terms';
import type { PaymentScheduleTerms } from '../payment-schedule.terms';
import type { PenaltyRule } from '../penalty.terms';
import type { ReviewScheduleTerms } from '../review.terms';
import type { TerminationRight } from '../termination.terms';

/**
 * The template 000 and 004 share: 北京市经济信息中心 (client) and 北京博维思通科技有限公司 (supplier),
 * the same government O&M form, the same clause numbers. What the form prints the same in both
 * contracts is written here once; each contract file keeps its own figures, dates and whatever
 * its clause says differently (000 第七条 3 failed acceptance, 004 第九条 15 procurement fraud,
 * 004 第七条 3 deemed acceptance, 004 附件二 roster).
 */

const BEIC_PARTIES: { client: PartyTerms; supplier: PartyTerms } = {
  client: { name: '北京市经济信息中心', source: '合同首页 甲方' },
  supplier: { name: '北京博维思通科技有限公司', source: '合同首页 乙方' },
};

/** 第五条 1–3: the installment's share, amount and fixed due date are the contract's own. */
interface BeicInstallmentFigures {
  share: Rate;
  amount: Money;
  dueDate: LocalDate;
}

/** 第五条: 首款 on signing, 中期款 on the phase acceptance, 尾款 on the final acceptance; 4, 8 invoice. */
function beicPaymentSchedule(figures: {
  first: BeicInstallmentFigures;
  interim: BeicInstallmentFigures;
  final: BeicInstallmentFigures;
}): PaymentScheduleTerms {
  const { first, interim, final } = figures;
  return {
    source: '第五条',
    installments: [
      {
        id: 'first',
        label: '首款',
        share: first.share,
        amount: first.amount,
        trigger: { kind: 'onSigning' },
        due: { kind: 'fixed-date', date: first.dueDate },
        conditions: ['本合同签署生效且财政资金拨付到位'],
        source: '第五条 1',
      },
      {
        id: 'interim',
        label: '中期款',
        share: interim.share,
        amount: interim.amount,
        trigger: { kind: 'onPhaseAcceptance', milestoneId: 'phase' },
        due: { kind: 'fixed-date', date: interim.dueDate },
        source: '第五条 2',
      },
      {
        id: 'final',
        label: '尾款',
        share: final.share,
        amount: final.amount,
        trigger: { kind: 'onFinalAcceptance' },
        due: { kind: 'fixed-date', date: final.dueDate },
        adjustableToBudget: true,
        source: '第五条 3, 7',
      },
    ],
    invoice: { required: true, leadDays: 15, source: '第五条 4, 8' },
    // 第五条 5: "财政国库支付受限，支付期限顺延，不承担违约责任".
    fundingDelayExcused: true,
  };
}

/** 第六条 1: the monthly report. */
const BEIC_MONTHLY_REPORT: ReviewScheduleTerms = {
  id: 'monthly-report',
  label: '月报',
  cadence: 'monthly',
  deemedPassedOnSilence: false,
  onFailure: [],
  source: '第六条 1',
};

/**
 * 第十二条: the form's penalty rules. `terminationForCauseSource` is where each contract's text
 * sends the 20 % termination penalty from (000 also cites 第七条 3, its failed-acceptance ground).
 */
function beicPenaltyRules(terminationForCauseSource: string): PenaltyRule[] {
  return [
    {
      kind: 'perDay',
      id: 'late-delivery',
      breach: '逾期交付工作成果或提供服务',
      dailyRate: '0.005',
      terminationAfterDays: { count: 15, comparison: 'more-than' },
      source: '第十二条 1',
    },
    {
      kind: 'perViolation',
      id: 'inspection-violation',
      breach: '检查发现工作不符合合同约定',
      amount: '1000.00',
      terminationThreshold: { count: 10, comparison: 'at-least' },
      source: '第十二条 3',
    },
    {
      kind: 'percentOfTotal',
      id: 'confidentiality-ip',
      breach: '违反保密或知识产权保护条款',
      rate: '0.2',
      terminationRight: true,
      refundAllPaid: true,
      source: '第十二条 4',
    },
    {
      kind: 'percentOfTotal',
      id: 'third-party-infringement',
      breach: '第三方提出侵权请求',
      rate: '0.2',
      terminationRight: true,
      source: '第十二条 9',
    },
    {
      kind: 'percentOfTotal',
      id: 'malware',
      breach: '交付软件含有计算机病毒等',
      rate: '0.2',
      terminationRight: true,
      refundAllPaid: true,
      source: '第十二条 10',
    },
    {
      kind: 'percentOfTotal',
      id: 'termination-for-cause',
      breach: '甲方依约定或法律规定解除合同',
      rate: '0.2',
      onTermination: true,
      refundAllPaid: true,
      source: terminationForCauseSource,
    },
  ];
}

/** The client's termination rights the form prints in both contracts (第十二条, 第二十条). */
export const BEIC_TERMINATION_RIGHTS = {
  lateDelivery: {
    id: 'late-delivery',
    holder: 'client',
    ground: 'cause',
    refundAllPaid: true,
    source: '第十二条 1（延期超过 15 日）',
  },
  inspectionViolations: {
    id: 'inspection-violations',
    holder: 'client',
    ground: 'cause',
    refundAllPaid: true,
    source: '第十二条 3（满 10 次以上）',
  },
  confidentialityIp: {
    id: 'confidentiality-ip',
    holder: 'client',
    ground: 'cause',
    refundAllPaid: true,
    source: '第十二条 4',
  },
  uncuredBreach: {
    id: 'uncured-breach',
    holder: 'client',
    ground: 'uncuredBreach',
    cureDays: 30,
    refundAllPaid: true,
    source: '第十二条 2, 5',
  },
  forceMajeure: {
    id: 'force-majeure',
    holder: 'either',
    ground: 'forceMajeure',
    source: '第二十条',
  },
} as const satisfies Record<string, TerminationRight>;

/** 第十七条–第二十条: force majeure; 第十九条 "24 小时内" is encoded as 1 calendar day. */
const BEIC_FORCE_MAJEURE: ForceMajeureTerms = {
  source: '第十七条–第二十条',
  noticeWithin: { days: 1, unit: 'calendar' },
  proofWithin: { days: 2, unit: 'calendar' },
  feeDeductionForSuspendedPeriod: true,
  extendsServicePeriod: false,
  renegotiateAfter: { count: 45, comparison: 'at-least' },
  terminationAfter: { count: 60, comparison: 'more-than' },
};

/** What a contract on the form writes for itself; `beicOmTerms` fills in what the form prints. */
export interface BeicOwnTerms {
  contractNumber: string;
  projectName: string;
  signingDate: LocalDate;
  /** 第四条: the tax-inclusive total. */
  total: Money;
  /** 第三条: the service period, both ends stated. */
  servicePeriod: { start: LocalDate; end: LocalDate };
  /** 第五条 1–3. */
  installments: Parameters<typeof beicPaymentSchedule>[0];
  /** 第七条: the milestones and windows differ from contract to contract. */
  acceptance: AcceptanceTerms;
  staff: StaffTerms | null;
  /** 第十二条 6: where the 20 % termination penalty points to. */
  terminationForCauseSource: string;
  /** 第十二条; 第二十条: in the contract's order (the shared ones from BEIC_TERMINATION_RIGHTS). */
  terminationRights: TerminationRight[];
  notes: string[];
}

/** A contract on the 北京市经济信息中心 O&M form: its own terms completed with the form's. */
export function beicOmTerms(own: BeicOwnTerms): ContractTerms {
  return {
    contractNumber: own.contractNumber,
    projectName: own.projectName,
    parties: BEIC_PARTIES,
    signingDate: own.signingDate,
    currency: 'CNY',
    total: { taxInclusive: own.total, source: '第四条' },
    servicePeriod: { kind: 'explicit', ...own.servicePeriod, source: '第三条' },
    paymentSchedule: beicPaymentSchedule(own.installments),
    acceptance: own.acceptance,
    bond: null,
    reviews: [BEIC_MONTHLY_REPORT],
    staff: own.staff,
    penalties: {
      source: '第十二条',
      offsetAgainstPayments: true,
      rules: beicPenaltyRules(own.terminationForCauseSource),
    },
    latePayment: null,
    termination: {
      source: '第十二条; 第二十条',
      rights: own.terminationRights,
      // No pro-rata clause: a termination that does not refund everything settles by actual days.
      refund: { divisor: 'period-days' },
      terminationDayPerformed: true,
    },
    holdover: null,
    forceMajeure: BEIC_FORCE_MAJEURE,
    amendments: { source: '第十六条' },
    notes: own.notes,
  };
}
