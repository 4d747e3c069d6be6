import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { EndServicePeriodDto } from './end-service-period.dto';

@ContractCommand('EndServicePeriod', EndServicePeriodDto, {
  post: ':contractId/service-period/end',
  tag: 'lifecycle',
  roles: OPERATOR,
  summary: 'Record that the service period has run out',
  description: '000 第三条: 2022-03-01 to 2023-04-30. On or after its last day.',
})
export class EndServicePeriodController extends ContractCommandController {}
