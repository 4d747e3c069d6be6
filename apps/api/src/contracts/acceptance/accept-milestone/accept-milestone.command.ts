import { ContractCommandMessage } from '../../shared';

export class AcceptMilestoneCommand extends ContractCommandMessage<'AcceptMilestone'> {
  readonly type = 'AcceptMilestone';
}
