import type { ContractTerms } from '../contract.terms';
import { BEIC_TERMINATION_RIGHTS, beicOmTerms } from './beic-om.template';

/**
 * 004 — 2022 年北京市经济信息中心云主机及数据库驻场运维
 * (shared/contracts/004_5965ecac56548d93.txt). Signed 2022-05-25 (签署页).
 * Same client, supplier and template as 000; differs in figures, deemed acceptance and roster.
 */
export const CONTRACT_004_TERMS: ContractTerms = beicOmTerms({
  contractNumber: 'J-BEIC-WG-20220520-02',
  projectName: '2022 年北京市经济信息中心云主机及数据库驻场运维',
  signingDate: '2022-05-25',
  total: '998000.00',
  servicePeriod: { start: '2022-06-01', end: '2023-05-31' },
  installments: {
    first: { share: '0.4083', amount: '407483.40', dueDate: '2022-06-30' },
    interim: { share: '0.175', amount: '174650.00', dueDate: '2022-11-30' },
    final: { share: '0.4167', amount: '415866.60', dueDate: '2023-06-30' },
  },
  acceptance: {
    source: '第七条',
    milestones: [
      {
        id: 'phase',
        kind: 'phase',
        label: '阶段性验收（2022 年 11 月）',
        plannedBy: '2022-11-30',
        source: '第七条 1',
      },
      { id: 'final', kind: 'final', label: '竣工验收', source: '第七条 1, 2' },
    ],
    startWithin: { days: 30, unit: 'working' },
    reworkWithin: { days: 10, unit: 'working' },
    deemedAcceptedAfter: { days: 40, unit: 'working' },
  },
  staff: {
    source: '附件二 (三) 1',
    roster: [
      { role: '项目经理', count: 1, onSite: false },
      { role: '主机工程师（一线驻场）', count: 3, onSite: true },
      { role: '主机工程师（二线）', count: 4, onSite: false },
      { role: '数据库工程师（二线）', count: 4, onSite: false },
    ],
    clientApprovalRequired: true,
  },
  terminationForCauseSource: '第十二条 6; 第十二条 1, 2, 3, 5',
  terminationRights: [
    BEIC_TERMINATION_RIGHTS.lateDelivery,
    BEIC_TERMINATION_RIGHTS.inspectionViolations,
    BEIC_TERMINATION_RIGHTS.confidentialityIp,
    { id: 'procurement-fraud', holder: 'client', ground: 'cause', source: '第九条 15' },
    BEIC_TERMINATION_RIGHTS.uncuredBreach,
    BEIC_TERMINATION_RIGHTS.forceMajeure,
  ],
  notes: [
    '第七条 3: deemed accepted when, 40 working days after the service ends, the client has neither signed nor objected.',
    '第十九条 "24 小时内" is encoded as 1 calendar day.',
  ],
});
