import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { StartAcceptanceDto } from './start-acceptance.dto';

@ContractCommand('StartAcceptance', StartAcceptanceDto, {
  post: ':contractId/milestones/:milestoneId/acceptance-start',
  tag: 'acceptance',
  roles: OPERATOR,
  summary: 'Record that the client started the acceptance',
  description:
    '000 第七条 1: within 5 working days of the application; 004 第七条 1: within 30 working days after the service ends. A late start, or one without the application 000 expects, is recorded and flagged.',
})
export class StartAcceptanceController extends ContractCommandController {}
