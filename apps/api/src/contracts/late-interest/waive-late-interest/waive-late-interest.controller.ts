import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { WaiveLateInterestDto } from './waive-late-interest.dto';

@ContractCommand('WaiveLateInterest', WaiveLateInterestDto, {
  post: ':contractId/installments/:installmentId/late-interest/waivers',
  tag: 'late-interest',
  roles: FINANCE,
  summary: 'Record that the supplier waived late-payment interest',
  description:
    'The supplier, the creditor (001 5.2), waives an amount of an installment’s late-payment interest, or without amount all of it, accrued and still to accrue. More than the clause’s cap could ever charge (less what is paid or waived) is refused.',
})
export class WaiveLateInterestController extends ContractCommandController {}
