import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { StartHoldoverDto } from './start-holdover.dto';

@ContractCommand('StartHoldover', StartHoldoverDto, {
  post: ':contractId/holdover/start',
  tag: 'lifecycle',
  roles: OPERATOR,
  summary: 'Record the start of holdover service after expiry',
  description:
    '002 第十三条: service continues until a successor takes over, paid pro rata; occurredAt is the first holdover day.',
})
export class StartHoldoverController extends ContractCommandController {}
