import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CommandRequest,
  ContractCommandDispatcher,
  ContractCommandEndpoint,
  ContractCommandRequest,
  ContractCommandResponse,
  IdParam,
  OPERATOR_OR_FINANCE,
} from '../../shared';
import { RecordCorrectionDto } from './record-correction.dto';

@ApiTags('corrections')
@Controller('contracts')
export class RecordCorrectionController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/corrections')
  @ContractCommandEndpoint({
    summary: 'Reverse or amend an earlier fact',
    description:
      'History is never edited: the correction is a new fact naming the old one by its id (payment, invoice, bond deduction, penalty, refund).',
    roles: OPERATOR_OR_FINANCE,
  })
  recordCorrection(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: RecordCorrectionDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('RecordCorrection', contractId, body, request);
  }
}
