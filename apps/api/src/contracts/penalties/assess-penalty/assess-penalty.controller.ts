import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { AssessPenaltyDto } from './assess-penalty.dto';

@ContractCommand('AssessPenalty', AssessPenaltyDto, {
  post: ':contractId/penalties',
  tag: 'penalties',
  roles: OPERATOR,
  summary: 'Assess a penalty under a rule of the terms',
  description:
    '000 第十二条 1: 0.5 % of the total per day late (days); 000 第十二条 3: 1,000.00 per violation (violations); 003 第六条 2(3): up to 5 % (amount). The amount is computed from the rule.',
})
export class AssessPenaltyController extends ContractCommandController {}
