import type { ContractCommand } from '../commands';
import { SIGNED_001 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

const notify = (changeId: string, occurredAt: string, effectiveOn: string): ContractCommand => ({
  type: 'NotifyStaffChange',
  data: { occurredAt, changeId, role: '服务工程师', leaving: '张三', joining: '李四', effectiveOn },
});
const approve = (changeId: string, occurredAt: string): ContractCommand => ({
  type: 'ApproveStaffChange',
  data: { occurredAt, changeId },
});
const reject = (changeId: string, occurredAt: string): ContractCommand => ({
  type: 'RejectStaffChange',
  data: { occurredAt, changeId, reason: '资质不相当 (12.4)' },
});

const NOTIFIED = play(SIGNED_001, notify('sc-1', '2022-08-01', '2022-08-06'));

describe('NotifyStaffChange', () => {
  it('001 12.4: five days’ notice, unflagged', () => {
    given(...SIGNED_001)
      .when(notify('sc-1', '2022-08-01', '2022-08-06'))
      .then({
        type: 'StaffChangeNotified',
        data: {
          occurredAt: '2022-08-01',
          changeId: 'sc-1',
          role: '服务工程师',
          leaving: '张三',
          joining: '李四',
          effectiveOn: '2022-08-06',
          flags: [],
        },
      });
  });

  it('flags short notice', () => {
    given(...SIGNED_001)
      .when(notify('sc-1', '2022-08-01', '2022-08-05'))
      .thenOne({ type: 'StaffChangeNotified', data: { flags: ['shortNotice'] } });
  });

  it('001 5.1: a change already made is unauthorized; the 3rd one opens the termination right', () => {
    given(...SIGNED_001)
      .when(notify('sc-1', '2022-08-01', '2022-07-30'))
      .thenOne({ type: 'StaffChangeNotified', data: { flags: ['afterTheFact'] } });
    const twice = play(
      SIGNED_001,
      notify('sc-1', '2022-08-01', '2022-07-30'),
      notify('sc-2', '2022-09-01', '2022-08-30'),
    );
    given(...twice)
      .when(notify('sc-3', '2022-10-01', '2022-09-30'))
      .thenOne({
        type: 'StaffChangeNotified',
        data: { flags: ['afterTheFact', 'terminationRightOpened'] },
      });
  });

  it('refuses a change naming nobody; decides nothing on a resend', () => {
    given(...SIGNED_001)
      .when({
        type: 'NotifyStaffChange',
        data: {
          occurredAt: '2022-08-01',
          changeId: 'sc-9',
          role: '服务经理',
          effectiveOn: '2022-08-10',
        },
      })
      .thenRefuses('FIELD_REQUIRED', 'data.joining');
    given(...NOTIFIED)
      .when(notify('sc-1', '2022-08-01', '2022-08-06'))
      .thenNothing();
  });
});

describe('ApproveStaffChange / RejectStaffChange', () => {
  it('approves a notified change', () => {
    given(...NOTIFIED)
      .when(approve('sc-1', '2022-08-03'))
      .then({ type: 'StaffChangeApproved', data: { occurredAt: '2022-08-03', changeId: 'sc-1' } });
  });

  it('rejects a notified change', () => {
    given(...NOTIFIED)
      .when(reject('sc-1', '2022-08-03'))
      .then({
        type: 'StaffChangeRejected',
        data: { occurredAt: '2022-08-03', changeId: 'sc-1', reason: '资质不相当 (12.4)' },
      });
  });

  it('refuses an unknown change and a decision before the notification', () => {
    refusals(
      [NOTIFIED, approve('sc-9', '2022-08-03'), 'UNKNOWN_STAFF_CHANGE', 'data.changeId'],
      [NOTIFIED, approve('sc-1', '2022-07-31'), 'DATE_OUT_OF_ORDER', 'data.occurredAt'],
    );
  });

  it('decides nothing on a resend; refuses reversing a decision', () => {
    const approved = play(NOTIFIED, approve('sc-1', '2022-08-03'));
    given(...approved)
      .when(approve('sc-1', '2022-08-03'))
      .thenNothing();
    refusals([approved, reject('sc-1', '2022-08-04'), 'STAFF_CHANGE_ALREADY_DECIDED']);
    const rejected = play(NOTIFIED, reject('sc-1', '2022-08-03'));
    given(...rejected)
      .when(reject('sc-1', '2022-08-03'))
      .thenNothing();
    refusals([rejected, approve('sc-1', '2022-08-04'), 'STAFF_CHANGE_ALREADY_DECIDED']);
  });

  it('refuses staff changes once the contract is terminated', () => {
    const terminated = play(SIGNED_001, {
      type: 'TerminateContract',
      data: { occurredAt: '2022-09-01', by: 'client', rightId: 'major-security-incident' },
    });
    given(...terminated)
      .when(notify('sc-1', '2022-09-02', '2022-09-10'))
      .thenRefuses('CONTRACT_ALREADY_TERMINATED');
  });
});
