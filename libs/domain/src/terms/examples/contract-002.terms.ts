import type { ContractTerms } from '../contract.terms';

/**
 * 002 — 北京市人事考试与职业技能鉴定考务系统运行维护项目—安全系统运维
 * (shared/contracts/002_04cdb9e62fde1a41.txt). Signed 2021-07-06 (签订日期).
 */
export const CONTRACT_002_TERMS: ContractTerms = {
  contractNumber: null,
  projectName: '北京市人事考试与职业技能鉴定考务系统运行维护项目—安全系统运维',
  parties: {
    client: { name: '北京市人力资源和社会保障局', source: '合同书首页 委托人（甲方）' },
    supplier: { name: '北京国信博飞科技发展有限公司', source: '合同书首页 受托人（乙方）' },
  },
  signingDate: '2021-07-06',
  currency: 'CNY',
  total: {
    taxInclusive: '2045000.00',
    taxExclusive: '1912500.00',
    subjectToFunding: true,
    source: '第三条; 首页预算表',
  },
  servicePeriod: { kind: 'explicit', start: '2021-09-30', end: '2022-09-29', source: '第二条 3' },
  paymentSchedule: {
    source: '第四条',
    installments: [
      {
        id: 'first',
        label: '首期款（70%）',
        share: '0.7',
        amount: '1431500.00',
        trigger: { kind: 'onInvoice' },
        // "于 2021 年内支付" → by the last day of 2021.
        due: { kind: 'fixed-date', date: '2021-12-31' },
        source: '第四条 1',
      },
      {
        id: 'final',
        label: '尾款（30%）',
        share: '0.3',
        amount: '613500.00',
        trigger: { kind: 'onFinalAcceptance' },
        // "项目通过验收且财政预算款项到位当年内" — no computable deadline.
        conditions: ['项目通过验收', '财政预算款项到位', '收到乙方正式服务发票'],
        source: '第四条 2',
      },
    ],
    invoice: { required: true, source: '第四条 1, 2' },
    fundingDelayExcused: true,
  },
  acceptance: {
    source: '第四条 2; 第五条 1',
    milestones: [
      {
        id: 'final',
        kind: 'final',
        label: '项目验收（年度运维服务质量验收）',
        source: '第四条 2; 第五条 1',
      },
    ],
  },
  bond: null,
  reviews: [
    {
      id: 'monthly-report',
      label: '月度服务工作总结报告',
      cadence: 'monthly',
      reviewWindow: { days: 15, unit: 'calendar' },
      deemedPassedOnSilence: true,
      onFailure: [{ kind: 'deductFromUnpaidFees' }, { kind: 'terminationRight', cureDays: 30 }],
      source: '第六条 2, 3; 第十二条 2',
    },
  ],
  staff: null,
  penalties: {
    source: '第五条 1; 第六条 2',
    offsetAgainstPayments: true,
    rules: [
      {
        kind: 'percentOfTotal',
        id: 'failed-annual-acceptance',
        breach: '年度运维服务质量验收不合格',
        rate: '0.03',
        source: '第五条 1 第一句',
      },
      {
        kind: 'percentOfTotal',
        id: 'unauthorized-suspension',
        breach: '未经许可擅自中止（或中断）履行',
        rate: '0.2',
        refundAllPaid: true,
        source: '第五条 1 第三句',
      },
      {
        kind: 'percentOfTotal',
        id: 'confidentiality',
        breach: '违反保密义务',
        rate: '0.2',
        terminationRight: true,
        refundAllPaid: true,
        source: '第五条 1 第二段',
      },
    ],
  },
  latePayment: {
    accruesFromOverdueDay: { day: 31, unit: 'working' },
    dailyRate: '0.005',
    cap: {
      rate: '0.05',
      of: 'overdueAmount',
      scope: 'eachDelayedSum',
      source: '第五条 2 此项违约金总额不超过迟延支付价款的5%',
    },
    source: '第五条 2',
  },
  termination: {
    source: '第十二条',
    rights: [
      {
        id: 'client-late-payment',
        holder: 'supplier',
        ground: 'uncuredBreach',
        cureDays: 30,
        source: '第十二条 2 第一段',
      },
      {
        id: 'failed-monthly-assessment',
        holder: 'client',
        ground: 'uncuredBreach',
        cureDays: 30,
        source: '第十二条 2 第二段',
      },
      {
        id: 'confidentiality',
        holder: 'client',
        ground: 'cause',
        refundAllPaid: true,
        source: '第五条 1; 第七条 5',
      },
    ],
    // "每日的技术服务费 = 年度技术服务费 ÷ 365 天…收到甲方解除通知的 30 日内完成返还"
    refund: { divisor: 365, within: { days: 30, unit: 'calendar' }, source: '第十二条 2 第三段' },
    terminationDayPerformed: true,
  },
  holdover: { kind: 'proRata', divisor: 365, paidBy: 'successor', source: '第十三条' },
  forceMajeure: {
    source: '第九条',
    noticeWithin: { days: 0, unit: 'calendar' },
    proofWithin: { days: 10, unit: 'calendar' },
    feeDeductionForSuspendedPeriod: false,
    extendsServicePeriod: true,
    renegotiateAfter: { count: 10, comparison: 'more-than' },
  },
  amendments: { source: '第十一条 1; 第十四条 3' },
  notes: [
    'The cover page says "首期付款金额为合同金额的30%", but 第四条 1 pays 70 % first; 第四条 is encoded.',
    '第十一条 3: the contract text prevails over earlier documents.',
  ],
};
