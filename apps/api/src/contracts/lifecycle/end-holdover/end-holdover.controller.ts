import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { EndHoldoverDto } from './end-holdover.dto';

@ContractCommand('EndHoldover', EndHoldoverDto, {
  post: ':contractId/holdover/end',
  tag: 'lifecycle',
  roles: OPERATOR,
  summary: 'Record the end of holdover service',
  description:
    '002 第十三条: fee = holdover days ÷ 365 × total. occurredAt is the last holdover day.',
})
export class EndHoldoverController extends ContractCommandController {}
