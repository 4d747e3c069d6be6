import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { DeductBondDto } from './deduct-bond.dto';

@ContractCommand('DeductBond', DeductBondDto, {
  post: ':contractId/bond/deductions',
  tag: 'bond',
  roles: FINANCE,
  summary: 'Keep part of the bond',
  description:
    '001 6.2: a failed quarterly assessment lets the client keep 5 % of the bond (5,867.50). With a rule that has a rate the amount is computed; a stated amount must match it.',
})
export class DeductBondController extends ContractCommandController {}
