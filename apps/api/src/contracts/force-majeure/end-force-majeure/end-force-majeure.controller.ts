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
import { EndForceMajeureDto } from './end-force-majeure.dto';

@ApiTags('force-majeure')
@Controller('contracts')
export class EndForceMajeureController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/force-majeure/:forceMajeureId/end')
  @ContractCommandEndpoint({
    summary: 'Record the end of a force-majeure event',
    roles: OPERATOR,
  })
  endForceMajeure(
    @Param('contractId', IdParam) contractId: string,
    @Param('forceMajeureId', IdParam) forceMajeureId: string,
    @Body() body: EndForceMajeureDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'EndForceMajeure',
      contractId,
      { ...body, forceMajeureId },
      request,
    );
  }
}
