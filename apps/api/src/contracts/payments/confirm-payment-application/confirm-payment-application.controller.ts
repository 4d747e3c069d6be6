import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { ConfirmPaymentApplicationDto } from './confirm-payment-application.dto';

@ContractCommand('ConfirmPaymentApplication', ConfirmPaymentApplicationDto, {
  post: ':contractId/installments/:installmentId/confirmation',
  tag: 'payments',
  roles: FINANCE,
  summary: "Record the client's confirmation of a payment application",
  description:
    '001 4.2: the 30% and 10% are "paid within 30 working days of confirmation". Fixes the due date on the working-day calendar; only for an installment whose due rule waits for a confirmation. The same confirmation again records nothing; another date is refused.',
})
export class ConfirmPaymentApplicationController extends ContractCommandController {}
