import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { ApproveStaffChangeCommand } from './approve-staff-change.command';

@CommandHandler(ApproveStaffChangeCommand)
export class ApproveStaffChangeHandler extends ContractCommandHandler<ApproveStaffChangeCommand> {}
