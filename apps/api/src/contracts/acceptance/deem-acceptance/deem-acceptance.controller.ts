import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { DeemAcceptanceDto } from './deem-acceptance.dto';

@ContractCommand('DeemAcceptance', DeemAcceptanceDto, {
  post: ':contractId/milestones/:milestoneId/deemed-acceptance',
  tag: 'acceptance',
  roles: OPERATOR,
  summary: 'Record that silence made the acceptance happen',
  description:
    '004 第七条 3: deemed accepted when the client neither signs nor objects within 40 working days after the service ends.',
})
export class DeemAcceptanceController extends ContractCommandController {}
