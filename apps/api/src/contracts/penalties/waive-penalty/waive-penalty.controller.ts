import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { WaivePenaltyDto } from './waive-penalty.dto';

@ContractCommand('WaivePenalty', WaivePenaltyDto, {
  post: ':contractId/penalties/:penaltyId/waiver',
  tag: 'penalties',
  roles: OPERATOR,
  summary: 'Waive what is left of an assessed penalty',
})
export class WaivePenaltyController extends ContractCommandController {}
