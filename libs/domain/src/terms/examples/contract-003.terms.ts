import type { ContractTerms } from '../contract.terms';

/**
 * 003 — 北京市市场监督管理局信息化基础环境运维服务项目（2022 年度）
 * (shared/contracts/003_10871f5394457c31.txt).
 *
 * ASSUMPTION: the signing date is not in the text (the signature page is blank). The contract is
 * the "2022 年度" contract for "2022-2023年度系统维护服务"; we take 2022-12-20. Service runs
 * 12 months from signing (第一条 2) → 2022-12-21 … 2023-12-20 under Civil Code art. 201–202.
 */
export const CONTRACT_003_TERMS: ContractTerms = {
  contractNumber: null,
  projectName: '北京市市场监督管理局信息化基础环境运维服务项目（2022 年度）',
  parties: {
    client: { name: '北京市市场监督管理局', source: '首页 甲方' },
    supplier: { name: '北京朗维计算机应用技术开发有限公司', source: '首页 乙方' },
  },
  signingDate: '2022-12-20',
  currency: 'CNY',
  total: { taxInclusive: '2780000.00', source: '第三条 1' },
  servicePeriod: { kind: 'monthsFromSigning', months: 12, source: '第一条 2' },
  paymentSchedule: {
    source: '第三条 2',
    installments: [
      {
        id: 'first',
        label: '首付款（60%）',
        share: '0.6',
        amount: '1668000.00',
        trigger: { kind: 'onInvoice' },
        due: { kind: 'after-event', event: 'invoice', window: { days: 10, unit: 'working' } },
        source: '第三条 2(1)',
      },
      {
        id: 'final',
        label: '尾款（40%）',
        share: '0.4',
        amount: '1112000.00',
        trigger: { kind: 'afterServiceEnds' },
        due: { kind: 'after-event', event: 'service-end', window: { days: 10, unit: 'working' } },
        conditions: ['乙方无违约情况', '甲方确认并出具书面用户意见'],
        source: '第三条 2(2)',
      },
    ],
    invoice: { required: true, source: '第三条 3' },
    fundingDelayExcused: true,
  },
  acceptance: {
    source: '附件 1 第 7 节',
    // "在合同截止后 1 个月内…启动项目终验" — a month, not a day window; kept as a note.
    milestones: [{ id: 'final', kind: 'final', label: '项目终验', source: '附件 1 第 7 节' }],
  },
  bond: null,
  reviews: [
    {
      id: 'monthly-report',
      label: '月度运维报告',
      cadence: 'monthly',
      reportDueWithin: { days: 5, unit: 'working' },
      deemedPassedOnSilence: false,
      onFailure: [],
      source: '附件 1 第 6 节',
    },
    {
      id: 'annual-report',
      label: '年度运维报告',
      cadence: 'annual',
      reportDueWithin: { days: 15, unit: 'working' },
      deemedPassedOnSilence: false,
      onFailure: [],
      source: '附件 1 第 6 节',
    },
  ],
  staff: null,
  penalties: {
    source: '第六条',
    // 第六条 4: "甲方有权延期、拒付应付合同款项".
    offsetAgainstPayments: true,
    rules: [
      {
        kind: 'perDay',
        id: 'service-failure',
        breach: '未按合同要求提供服务',
        dailyRate: '0.01',
        cap: {
          rate: '0.05',
          of: 'total',
          scope: 'rule',
          source: '第六条 2(1) 违约金总额不超过合同总金额的 5%',
        },
        source: '第六条 2(1)',
      },
      {
        kind: 'percentOfTotal',
        id: 'performance-impossible',
        breach: '因违约使合同无法履行',
        rate: '0.05',
        maximum: true,
        source: '第六条 2(3)',
      },
    ],
  },
  latePayment: {
    accruesFromOverdueDay: { day: 1, unit: 'calendar' },
    dailyRate: '0.01',
    cap: {
      rate: '0.05',
      of: 'total',
      scope: 'contract',
      source: '第六条 2(2) 违约金总额不超过合同总金额的 5%',
    },
    source: '第六条 2(2)',
  },
  termination: {
    source: '第二条 2(7)',
    rights: [
      {
        id: 'restructuring',
        holder: 'client',
        ground: 'convenience',
        notice: { count: 1, unit: 'months' },
        source: '第二条 2(7)',
      },
    ],
    // "根据乙方提供的实际服务据实结算…收到甲方通知 5 日内…退还"
    refund: {
      divisor: 'period-days',
      within: { days: 5, unit: 'calendar' },
      source: '第二条 2(7)',
    },
    terminationDayPerformed: true,
  },
  holdover: { kind: 'free', source: '第二条 2(8)' },
  forceMajeure: {
    source: '第八条; 第六条 1',
    proofWithin: { days: 15, unit: 'calendar' },
    feeDeductionForSuspendedPeriod: false,
    extendsServicePeriod: false,
  },
  amendments: { source: '第七条; 第十条 2' },
  notes: [
    'Signing date assumed (2022-12-20): not written in the contract.',
    '附件 1 第 7 节: final acceptance starts within one month after the contract period ends.',
  ],
};
