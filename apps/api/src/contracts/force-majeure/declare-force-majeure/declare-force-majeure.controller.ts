import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { DeclareForceMajeureDto } from './declare-force-majeure.dto';

@ContractCommand('DeclareForceMajeure', DeclareForceMajeureDto, {
  post: ':contractId/force-majeure',
  tag: 'force-majeure',
  roles: OPERATOR,
  summary: 'Record a force-majeure event',
  description:
    '000 第十九条: notice within 24 hours, proof within 2 days; 000 第二十条: more than 60 days opens termination. Performance is suspended until it ends.',
})
export class DeclareForceMajeureController extends ContractCommandController {}
