import type { ContractTerms } from '../contract.terms';

/**
 * 001 — 信息化基础运维服务项目--2022 年信息化基础软硬件环境运维项目
 * (shared/contracts/001_555d730d39ba466d.txt). Signed 2022-07-06 (签订日期; 签约日期 2022.7.6).
 * Clause numbers are the contract's own decimal numbering (4.2, 6.3 …).
 */
export const CONTRACT_001_TERMS: ContractTerms = {
  contractNumber: null,
  projectName: '信息化基础运维服务项目--2022 年信息化基础软硬件环境运维项目',
  parties: {
    client: { name: '北京市应急指挥保障中心', source: '首页 甲方' },
    supplier: { name: '太极计算机股份有限公司', source: '首页 乙方' },
  },
  signingDate: '2022-07-06',
  currency: 'CNY',
  total: { taxInclusive: '2347000.00', source: '3' },
  // "签订本合同之日起 12 个月" — Civil Code art. 201–202: 2022-07-07 … 2023-07-06.
  servicePeriod: { kind: 'monthsFromSigning', months: 12, source: '2.3' },
  paymentSchedule: {
    source: '4.2',
    installments: [
      {
        id: 'start',
        label: '项目启动款',
        share: '0.6',
        amount: '1408200.00',
        trigger: { kind: 'onSigning' },
        // "在双方签署合同后10个工作日内…甲方支付…60%" — read as the same 10-working-day window as the bond.
        due: { kind: 'after-event', event: 'signing', window: { days: 10, unit: 'working' } },
        source: '4.2 第一段',
      },
      {
        id: 'second',
        label: '第 2 笔支付款',
        share: '0.3',
        amount: '704100.00',
        trigger: { kind: 'afterServiceMonths', months: 8 },
        due: { kind: 'after-event', event: 'confirmation', window: { days: 30, unit: 'working' } },
        conditions: ['乙方申请，甲方确认满足支付条件'],
        source: '4.2 第二段',
      },
      {
        id: 'final',
        label: '第 3 笔支付款',
        share: '0.1',
        amount: '234700.00',
        trigger: { kind: 'onFinalAcceptance' },
        due: { kind: 'after-event', event: 'confirmation', window: { days: 30, unit: 'working' } },
        conditions: ['项目验收合格后乙方申请，甲方确认满足支付条件'],
        source: '4.2 第三段',
      },
    ],
    invoice: { required: true, source: '4.2 末段' },
    fundingDelayExcused: true,
  },
  acceptance: {
    source: '7',
    milestones: [
      { id: 'final', kind: 'final', label: '项目验收（服务 12 个月后）', source: '7.3, 7.4' },
    ],
    reworkWithin: { days: 3, unit: 'calendar' },
    failuresOpeningTermination: { count: 2, comparison: 'at-least' },
  },
  bond: {
    source: '4.2',
    rate: '0.05',
    amount: '117350.00',
    depositWithin: { days: 10, unit: 'working' },
    deductions: [
      { id: 'failed-assessment', reason: 'failedAssessment', rateOfBond: '0.05', source: '6.2' },
    ],
    refund: { trigger: 'finalAcceptanceAndAssessment', source: '4.2 第四段' },
  },
  reviews: [
    {
      id: 'quarterly-report',
      label: '季度服务工作总结报告',
      cadence: 'quarterly',
      reviewWindow: { days: 10, unit: 'calendar' },
      deemedPassedOnSilence: true,
      onFailure: [
        { kind: 'bondDeduction', deductionId: 'failed-assessment' },
        { kind: 'terminationRight', cureDays: 30 },
      ],
      source: '6.3; 6.2; 15.2',
    },
    {
      id: 'semi-annual-briefing',
      label: '半年专题汇报',
      cadence: 'semiAnnual',
      deemedPassedOnSilence: false,
      onFailure: [],
      source: '6.1',
    },
  ],
  staff: {
    source: '12',
    roster: [
      { role: '服务经理', count: 1, name: '朱鹏飞', source: '12.2' },
      { role: '服务工程师（5*8 驻场、7*24 应急）', count: 8, onSite: true, source: '12.3' },
    ],
    changeNoticeDays: 5,
    clientApprovalRequired: true,
    replacementOnDemandDays: 10,
    unauthorizedChange: {
      cureDays: 10,
      terminationThreshold: { count: 3, comparison: 'at-least' },
      penaltyId: 'termination-for-cause',
      source: '5.1 第二段',
    },
  },
  penalties: {
    source: '5.1',
    // 001 has no express set-off clause; 13.1.7 only lets the client withhold the affected fees.
    offsetAgainstPayments: false,
    rules: [
      {
        kind: 'percentOfTotal',
        id: 'intellectual-property',
        breach: '侵犯第三方知识产权',
        rate: '0.01',
        terminationRight: true,
        refundAllPaid: true,
        source: '5.1 第三段',
      },
      {
        kind: 'percentOfTotal',
        id: 'subcontracting',
        breach: '擅自转包或分包',
        rate: '0.05',
        terminationRight: true,
        refundAllPaid: true,
        source: '5.1 第四段',
      },
      {
        kind: 'percentOfTotal',
        id: 'security-remediation',
        breach: '未按时完成整改、漏洞修复和安全加固',
        rate: '0.05',
        source: '5.1 第五段',
      },
      {
        kind: 'percentOfTotal',
        id: 'other-breach',
        breach: '违反其他约定义务（每次）',
        rate: '0.01',
        source: '5.1 第六段',
      },
      {
        kind: 'percentOfTotal',
        id: 'termination-for-cause',
        breach: '二次验收未通过、擅自更换人员、其他违约 2 次以上等致甲方解除合同',
        rate: '0.05',
        onTermination: true,
        refundAllPaid: true,
        source: '5.1 第一、二、六段',
      },
    ],
  },
  latePayment: {
    accruesFromOverdueDay: { day: 30, unit: 'working' },
    dailyRate: '0.0005',
    cap: {
      rate: '0.05',
      of: 'overdueAmount',
      scope: 'eachDelayedSum',
      source: '5.2 此项违约金总额不超过延迟支付价款的5%',
    },
    excusedWithoutInvoice: {
      source: '4.2 乙方逾期提供发票的，或提供发票不符合本合同要求的，甲方不承担逾期付款违约责任',
    },
    source: '5.2',
  },
  termination: {
    source: '15; 5.1; 11.2',
    rights: [
      {
        id: 'uncured-breach',
        holder: 'either',
        ground: 'uncuredBreach',
        cureDays: 10,
        notice: { count: 10, unit: 'days' },
        source: '15.2 第一段',
      },
      {
        id: 'failed-quarterly-review',
        holder: 'client',
        ground: 'uncuredBreach',
        cureDays: 30,
        source: '15.2 第二段',
      },
      { id: 'major-security-incident', holder: 'client', ground: 'cause', source: '15.2 第三段' },
      {
        id: 'convenience',
        holder: 'client',
        ground: 'convenience',
        notice: { count: 30, unit: 'days' },
        source: '15.2 第四段',
      },
      {
        id: 'failed-rework',
        holder: 'client',
        ground: 'cause',
        refundAllPaid: true,
        source: '5.1 第一段',
      },
      {
        id: 'unauthorized-staff-change',
        holder: 'client',
        ground: 'cause',
        refundAllPaid: true,
        source: '5.1 第二段',
      },
      {
        id: 'repeated-breach',
        holder: 'client',
        ground: 'cause',
        refundAllPaid: true,
        source: '5.1 第六段',
      },
      {
        id: 'fee-dispute',
        holder: 'supplier',
        ground: 'feeDispute',
        notice: { count: 6, unit: 'months' },
        source: '11.2',
      },
    ],
    // 15.2: work done before the stop date is paid "参照本合同约定的费用标准" → by actual days.
    refund: { divisor: 'period-days', source: '15.2 第四段' },
    terminationDayPerformed: true,
  },
  holdover: {
    kind: 'proRata',
    divisor: 'period-days',
    cap: '0.1',
    paidBy: 'client',
    source: '2.3; 15.1',
  },
  forceMajeure: {
    source: '10',
    noticeWithin: { days: 0, unit: 'calendar' },
    proofWithin: { days: 10, unit: 'calendar' },
    feeDeductionForSuspendedPeriod: false,
    extendsServicePeriod: true,
    renegotiateAfter: { count: 180, comparison: 'more-than' },
  },
  amendments: { cap: '0.1', source: '14.1' },
  notes: [
    '4.2: bond 5 % = ¥117,350.00; 6.2: a failed assessment lets the client deduct 5 % of the bond = ¥5,867.50.',
    '10.2 "立即通知" is encoded as a 0-day notice window.',
  ],
};
