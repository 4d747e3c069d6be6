import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { TerminateContractDto } from './terminate-contract.dto';

@ContractCommand('TerminateContract', TerminateContractDto, {
  post: ':contractId/termination',
  tag: 'termination',
  roles: OPERATOR,
  summary: 'Terminate the contract',
  description:
    'After a notice (noticeId), at once under a right that needs none (rightId, e.g. 000 第十二条 4 confidentiality), or by mutual agreement (by: both). Refunds follow the terms (000 第十二条 6: all fees paid).',
})
export class TerminateContractController extends ContractCommandController {}
