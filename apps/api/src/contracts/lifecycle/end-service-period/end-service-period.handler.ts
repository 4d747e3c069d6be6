import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { EndServicePeriodCommand } from './end-service-period.command';

@CommandHandler(EndServicePeriodCommand)
export class EndServicePeriodHandler extends ContractCommandHandler<EndServicePeriodCommand> {}
