import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { NotifyStaffChangeCommand } from './notify-staff-change.command';

@CommandHandler(NotifyStaffChangeCommand)
export class NotifyStaffChangeHandler extends ContractCommandHandler<NotifyStaffChangeCommand> {}
