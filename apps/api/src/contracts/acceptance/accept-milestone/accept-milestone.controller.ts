import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { AcceptMilestoneDto } from './accept-milestone.dto';

@ContractCommand('AcceptMilestone', AcceptMilestoneDto, {
  post: ':contractId/milestones/:milestoneId/acceptance',
  tag: 'acceptance',
  roles: OPERATOR,
  summary: 'Record that the client accepted a milestone',
  description:
    '000 第五条 2 / 第七条: phase and final acceptance; final acceptance needs the service period to have ended.',
})
export class AcceptMilestoneController extends ContractCommandController {}
