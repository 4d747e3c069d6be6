import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ProjectorService, ProjectionStatus } from '@app/read-models';
import { ALL_ROLES, Roles } from '../common';

@ApiTags('projections')
@ApiSecurity('api-key')
@Roles(...ALL_ROLES)
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly projector: ProjectorService) {}

  @Get()
  @ApiOperation({ summary: "Each projection's checkpoint, the store's head, and whether it lags" })
  async list(): Promise<{ projections: ProjectionStatus[] }> {
    return { projections: await this.projector.status() };
  }
}
