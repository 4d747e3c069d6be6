import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { CloseContractDto } from './close-contract.dto';

@ContractCommand('CloseContract', CloseContractDto, {
  post: ':contractId/closure',
  tag: 'lifecycle',
  roles: OPERATOR,
  summary: 'Close an expired or terminated contract with nothing left open',
  description:
    'Refused while an installment, the bond, a refund, a penalty or a review is still open.',
})
export class CloseContractController extends ContractCommandController {}
