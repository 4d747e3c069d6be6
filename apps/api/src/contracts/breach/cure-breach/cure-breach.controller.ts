import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { CureBreachDto } from './cure-breach.dto';

@ContractCommand('CureBreach', CureBreachDto, {
  post: ':contractId/breach-notices/:noticeId/cure',
  tag: 'breach',
  roles: OPERATOR,
  summary: 'Record that a notified breach was cured',
})
export class CureBreachController extends ContractCommandController {}
