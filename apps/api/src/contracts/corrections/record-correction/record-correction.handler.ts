import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { RecordCorrectionCommand } from './record-correction.command';

@CommandHandler(RecordCorrectionCommand)
export class RecordCorrectionHandler extends ContractCommandHandler<RecordCorrectionCommand> {}
