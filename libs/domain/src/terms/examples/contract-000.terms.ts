import type { ContractTerms } from '../contract.terms';

/**
 * 000 — 2022 年市投资项目在线审批监管平台和事项管理系统基础支撑环境运行维护
 * (shared/contracts/000_d656c2c08ac49afd.txt).
 *
 * ASSUMPTION: the signing date is not written in the text. The award notice (附件一) is dated
 * 2022-02-16 and asks the supplier to sign within 30 days; service starts 2022-03-01 (第三条).
 * We take 2022-02-28, the last working day before the service starts.
 */
export const CONTRACT_000_TERMS: ContractTerms = {
  contractNumber: 'J-BEIC-WG-20220223-01',
  projectName: '2022 年市投资项目在线审批监管平台和事项管理系统基础支撑环境运行维护',
  parties: {
    client: { name: '北京市经济信息中心', source: '合同首页 甲方' },
    supplier: { name: '北京博维思通科技有限公司', source: '合同首页 乙方' },
  },
  signingDate: '2022-02-28',
  currency: 'CNY',
  total: { taxInclusive: '1130000.00', source: '第四条' },
  servicePeriod: { kind: 'explicit', start: '2022-03-01', end: '2023-04-30', source: '第三条' },
  paymentSchedule: {
    source: '第五条',
    installments: [
      {
        id: 'first',
        label: '首款',
        share: '0.5',
        amount: '565000.00',
        trigger: { kind: 'onSigning' },
        due: { kind: 'fixed-date', date: '2022-05-31' },
        conditions: ['本合同签署生效且财政资金拨付到位'],
        source: '第五条 1',
      },
      {
        id: 'interim',
        label: '中期款',
        share: '0.2143',
        amount: '242159.00',
        trigger: { kind: 'onPhaseAcceptance', milestoneId: 'phase' },
        due: { kind: 'fixed-date', date: '2022-11-30' },
        source: '第五条 2',
      },
      {
        id: 'final',
        label: '尾款',
        share: '0.2857',
        amount: '322841.00',
        trigger: { kind: 'onFinalAcceptance' },
        due: { kind: 'fixed-date', date: '2023-05-31' },
        adjustableToBudget: true,
        source: '第五条 3, 7',
      },
    ],
    invoice: { required: true, leadDays: 15, source: '第五条 4, 8' },
    fundingDelayExcused: true,
  },
  acceptance: {
    source: '第七条',
    milestones: [
      {
        id: 'phase',
        kind: 'phase',
        label: '中期验收（完成相应工作并经甲方验收通过）',
        source: '第五条 2; 第六条 1 阶段性验收报告',
      },
      { id: 'final', kind: 'final', label: '合同验收（专家评审会）', source: '第七条 2' },
    ],
    applyWithin: { days: 30, unit: 'working' },
    prepareWithin: { days: 5, unit: 'working' },
    failuresOpeningTermination: { count: 2, comparison: 'at-least' },
  },
  bond: null,
  reviews: [
    {
      id: 'monthly-report',
      label: '月报',
      cadence: 'monthly',
      deemedPassedOnSilence: false,
      onFailure: [],
      source: '第六条 1',
    },
  ],
  staff: null,
  penalties: {
    source: '第十二条',
    offsetAgainstPayments: true,
    rules: [
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
        source: '第十二条 6; 第七条 3; 第十二条 1, 2, 3, 5',
      },
    ],
  },
  latePayment: null,
  termination: {
    source: '第十二条; 第二十条',
    rights: [
      {
        id: 'late-delivery',
        holder: 'client',
        ground: 'cause',
        refundAllPaid: true,
        source: '第十二条 1（延期超过 15 日）',
      },
      {
        id: 'failed-acceptance',
        holder: 'client',
        ground: 'cause',
        refundAllPaid: true,
        source: '第七条 3',
      },
      {
        id: 'inspection-violations',
        holder: 'client',
        ground: 'cause',
        refundAllPaid: true,
        source: '第十二条 3（满 10 次以上）',
      },
      {
        id: 'confidentiality-ip',
        holder: 'client',
        ground: 'cause',
        refundAllPaid: true,
        source: '第十二条 4',
      },
      {
        id: 'uncured-breach',
        holder: 'client',
        ground: 'uncuredBreach',
        cureDays: 30,
        refundAllPaid: true,
        source: '第十二条 2, 5',
      },
      { id: 'force-majeure', holder: 'either', ground: 'forceMajeure', source: '第二十条' },
    ],
    // No pro-rata clause: a termination that does not refund everything settles by actual days.
    refund: { divisor: 'period-days' },
    terminationDayPerformed: true,
  },
  holdover: null,
  forceMajeure: {
    source: '第十七条–第二十条',
    noticeWithin: { days: 1, unit: 'calendar' },
    proofWithin: { days: 2, unit: 'calendar' },
    feeDeductionForSuspendedPeriod: true,
    extendsServicePeriod: false,
    renegotiateAfter: { count: 45, comparison: 'at-least' },
    terminationAfter: { count: 60, comparison: 'more-than' },
  },
  amendments: { source: '第十六条' },
  notes: [
    'Signing date assumed (2022-02-28): not written in the contract.',
    '第五条 5: a treasury restriction defers payment without default (fundingDelayExcused).',
    '第十九条 "24 小时内" is encoded as 1 calendar day.',
  ],
};
