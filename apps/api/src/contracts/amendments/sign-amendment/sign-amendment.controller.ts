import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CommandRequest,
  ContractCommandDispatcher,
  ContractCommandEndpoint,
  ContractCommandRequest,
  ContractCommandResponse,
  IdParam,
  OPERATOR,
} from '../../shared';
import { SignAmendmentDto } from './sign-amendment.dto';

@ApiTags('amendments')
@Controller('contracts')
export class SignAmendmentController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/amendments')
  @ContractCommandEndpoint({
    summary: 'Record a supplementary agreement adding to the total',
    description: '001 14.1: all supplementary agreements together at most 10 % of the total.',
    roles: OPERATOR,
  })
  signAmendment(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: SignAmendmentDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch('SignAmendment', contractId, body, request);
  }
}
