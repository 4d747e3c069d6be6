import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { RejectAcceptanceDto } from './reject-acceptance.dto';

@ContractCommand('RejectAcceptance', RejectAcceptanceDto, {
  post: ':contractId/milestones/:milestoneId/rejection',
  tag: 'acceptance',
  roles: OPERATOR,
  summary: 'Record a failed acceptance',
  description:
    '004 第七条 2: rework is due within 10 working days; 000 第七条 3: a second failure opens a termination right.',
})
export class RejectAcceptanceController extends ContractCommandController {}
