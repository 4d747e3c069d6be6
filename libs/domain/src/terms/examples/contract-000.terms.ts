import type { ContractTerms } from '../contract.terms';
import { BEIC_TERMINATION_RIGHTS, beicOmTerms } from './beic-om.template';

/**
 * 000 — 2022 年市投资项目在线审批监管平台和事项管理系统基础支撑环境运行维护
 * (shared/contracts/000_d656c2c08ac49afd.txt).
 *
 * ASSUMPTION: the signing date is not written in the text. The award notice (附件一) is dated
 * 2022-02-16 and asks the supplier to sign within 30 days; service starts 2022-03-01 (第三条).
 * We take 2022-02-28, the last working day before the service starts.
 */
export const CONTRACT_000_TERMS: ContractTerms = beicOmTerms({
  contractNumber: 'J-BEIC-WG-20220223-01',
  projectName: '2022 年市投资项目在线审批监管平台和事项管理系统基础支撑环境运行维护',
  signingDate: '2022-02-28',
  total: '1130000.00',
  servicePeriod: { start: '2022-03-01', end: '2023-04-30' },
  installments: {
    first: { share: '0.5', amount: '565000.00', dueDate: '2022-05-31' },
    interim: { share: '0.2143', amount: '242159.00', dueDate: '2022-11-30' },
    final: { share: '0.2857', amount: '322841.00', dueDate: '2023-05-31' },
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
  staff: null,
  terminationForCauseSource: '第十二条 6; 第七条 3; 第十二条 1, 2, 3, 5',
  terminationRights: [
    BEIC_TERMINATION_RIGHTS.lateDelivery,
    {
      id: 'failed-acceptance',
      holder: 'client',
      ground: 'cause',
      refundAllPaid: true,
      source: '第七条 3',
    },
    BEIC_TERMINATION_RIGHTS.inspectionViolations,
    BEIC_TERMINATION_RIGHTS.confidentialityIp,
    BEIC_TERMINATION_RIGHTS.uncuredBreach,
    BEIC_TERMINATION_RIGHTS.forceMajeure,
  ],
  notes: [
    'Signing date assumed (2022-02-28): not written in the contract.',
    '第五条 5: a treasury restriction defers payment without default (fundingDelayExcused).',
    '第十九条 "24 小时内" is encoded as 1 calendar day.',
  ],
});
