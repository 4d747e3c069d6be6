import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { DepositBondDto } from './deposit-bond.dto';

@ContractCommand('DepositBond', DepositBondDto, {
  post: ':contractId/bond/deposits',
  tag: 'bond',
  roles: FINANCE,
  summary: 'Record the deposit of the performance bond',
  description:
    '001 4.2: 5 % of the total (117,350.00) within 10 working days of signing; a late deposit is recorded and flagged.',
})
export class DepositBondController extends ContractCommandController {}
