import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { EndForceMajeureDto } from './end-force-majeure.dto';

@ContractCommand('EndForceMajeure', EndForceMajeureDto, {
  post: ':contractId/force-majeure/:forceMajeureId/end',
  tag: 'force-majeure',
  roles: OPERATOR,
  summary: 'Record the end of a force-majeure event',
})
export class EndForceMajeureController extends ContractCommandController {}
