import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { RejectStaffChangeCommand } from './reject-staff-change.command';

@CommandHandler(RejectStaffChangeCommand)
export class RejectStaffChangeHandler extends ContractCommandHandler<RejectStaffChangeCommand> {}
