import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CONTRACT_EVENT_TYPES, type ContractEventType, type JsonSchema } from '@app/domain';
import {
  FEED_OPTIONS,
  publishedDataSchemas,
  type FeedModuleOptions,
  type PublishedDataSchema,
} from '@app/feed';
import { HttpResponse, ProblemException, Public } from '../../common';

export const SCHEMA_CONTENT_TYPE = 'application/schema+json';

/** One entry of the catalogue: the CloudEvents type, its domain type and version, where. */
export class PublishedSchemaDto {
  @ApiProperty({ example: 'cn.gov.contract.payment-recorded.v1' }) type!: string;
  @ApiProperty({ enum: CONTRACT_EVENT_TYPES }) domainType!: ContractEventType;
  @ApiProperty({ example: 1 }) schemaVersion!: number;
  @ApiProperty({ example: 'https://ledger.example/schemas/events/payment-recorded/v1.json' })
  url!: string;
}

export class EventSchemaCatalogueResponse {
  @ApiProperty({ type: [PublishedSchemaDto] }) schemas!: PublishedSchemaDto[];
}

/**
 * The JSON Schema of every event type's data, at the URL each CloudEvent names as its
 * `dataschema`. Public: a schema URL must resolve for any validator, and schemas carry no
 * contract data. A published version never changes, so it may be cached for a long time.
 */
@ApiTags('integrations')
@Controller('schemas/events')
@Public()
export class EventSchemasController {
  private readonly schemas: PublishedDataSchema[];
  private readonly byPath: Map<string, PublishedDataSchema>;

  constructor(@Inject(FEED_OPTIONS) options: FeedModuleOptions) {
    this.schemas = publishedDataSchemas(options.cloudEvents.schemaBaseUrl);
    this.byPath = new Map(this.schemas.map((s) => [s.path, s]));
  }

  @Get()
  @ApiOperation({ summary: 'Every published event data schema', description: 'Public.' })
  @ApiOkResponse({ type: EventSchemaCatalogueResponse })
  catalogue(): EventSchemaCatalogueResponse {
    return {
      schemas: this.schemas.map((s) => ({
        type: s.cloudEventType,
        domainType: s.domainType,
        schemaVersion: s.schemaVersion,
        url: s.schema.$id ?? s.path,
      })),
    };
  }

  @Get(':type/:file')
  @ApiOperation({
    summary: 'The JSON Schema (draft 2020-12) of one event type’s data, by version',
    description: 'Public. Example: /schemas/events/payment-recorded/v1.json',
  })
  @ApiProduces(SCHEMA_CONTENT_TYPE)
  @ApiOkResponse({
    description: 'A JSON Schema (draft 2020-12) of the CloudEvent’s `data`',
    schema: {
      type: 'object',
      required: ['$schema', '$id'],
      properties: { $schema: { type: 'string' }, $id: { type: 'string' } },
      additionalProperties: true,
    },
  })
  schema(
    @Param('type') type: string,
    @Param('file') file: string,
    @Res({ passthrough: true }) response: HttpResponse,
  ): JsonSchema {
    const found = this.byPath.get(`/schemas/events/${type}/${file}`);
    if (!found) {
      throw new ProblemException({
        status: 404,
        code: 'SCHEMA_NOT_FOUND',
        title: 'No such schema',
        detail: `No published schema ${type}/${file}; GET /schemas/events lists them (names like payment-recorded/v1.json)`,
      });
    }
    response.setHeader('Content-Type', `${SCHEMA_CONTENT_TYPE}; charset=utf-8`);
    response.setHeader('Cache-Control', 'public, max-age=86400');
    return found.schema;
  }
}
