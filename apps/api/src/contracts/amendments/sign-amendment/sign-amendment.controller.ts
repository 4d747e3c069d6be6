import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { SignAmendmentDto } from './sign-amendment.dto';

@ContractCommand('SignAmendment', SignAmendmentDto, {
  post: ':contractId/amendments',
  tag: 'amendments',
  roles: OPERATOR,
  summary: 'Record a supplementary agreement adding to the total',
  description: '001 14.1: all supplementary agreements together at most 10 % of the total.',
})
export class SignAmendmentController extends ContractCommandController {}
