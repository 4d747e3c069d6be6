import { cmd, SIGNED_000, SIGNED_001, SIGNED_002, SIGNED_004 } from './fixtures';
import { play } from './given-when-then';

/** Histories (streams of real decided events) that the every-command table starts from. */
export const SUSPENDED_000 = play(SIGNED_000, cmd.declareForceMajeure('2022-06-01', '封控'));
export const EXPIRED_002 = play(SIGNED_002, cmd.endService('2022-09-29'));
export const DEPOSITED_001 = play(SIGNED_001, cmd.deposit('117350.00', '2022-07-18'));
export const FAILED_001 = play(
  DEPOSITED_001,
  cmd.report('quarterly-report', 1, '2022-10-08'),
  cmd.conclude('quarterly-report', 1, 'failed', '2022-10-12'),
);
export const PENALISED_000 = play(SIGNED_000, {
  type: 'AssessPenalty',
  data: {
    occurredAt: '2022-06-01',
    penaltyId: 'pen-1',
    ruleId: 'inspection-violation',
    violations: 2,
  },
});
export const NOTICED_001 = play(SIGNED_001, {
  type: 'IssueTerminationNotice',
  data: { occurredAt: '2022-10-01', noticeId: 'tn-1', by: 'client', rightId: 'convenience' },
});
export const BREACHED_001 = play(SIGNED_001, {
  type: 'IssueBreachNotice',
  data: {
    occurredAt: '2022-09-01',
    noticeId: 'bn-1',
    by: 'client',
    breach: '服务不达标',
    rightId: 'uncured-breach',
  },
});
export const STAFF_001 = play(SIGNED_001, {
  type: 'NotifyStaffChange',
  data: {
    occurredAt: '2022-08-01',
    changeId: 'sc-1',
    role: '服务工程师',
    joining: '李四',
    effectiveOn: '2022-08-08',
  },
});
export const TERMINATED_000 = play(
  SIGNED_000,
  cmd.pay('first', '565000.00', '2022-05-20', 'pay-1'),
  {
    type: 'TerminateContract',
    data: { occurredAt: '2022-08-01', by: 'client', rightId: 'confidentiality-ip' },
  },
);
export const SETTLED_004 = play(
  SIGNED_004,
  cmd.pay('first', '407483.40', '2022-06-20'),
  cmd.pay('interim', '174650.00', '2022-11-20'),
  cmd.pay('final', '415866.60', '2023-06-20'),
  cmd.endService('2023-05-31'),
);
