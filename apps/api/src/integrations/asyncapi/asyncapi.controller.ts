import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FEED_OPTIONS, type FeedModuleOptions } from '@app/feed';
import { Public } from '../../common';
import { buildAsyncApiDocument } from './asyncapi.document';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../../../../package.json') as { version: string };

/** The AsyncAPI 3.0 document of the feed, the SSE stream and the webhooks. Public, like /docs. */
@ApiTags('integrations')
@Controller()
@Public()
export class AsyncApiController {
  private readonly document: Record<string, unknown>;

  constructor(@Inject(FEED_OPTIONS) options: FeedModuleOptions) {
    this.document = buildAsyncApiDocument({ ...options.cloudEvents, version });
  }

  @Get('asyncapi.json')
  @ApiOperation({ summary: 'AsyncAPI 3.0 description of the event feed', description: 'Public.' })
  @ApiOkResponse({
    description: 'An AsyncAPI 3.0 document',
    schema: {
      type: 'object',
      required: ['asyncapi', 'info', 'channels'],
      properties: {
        asyncapi: { type: 'string', example: '3.0.0' },
        info: { type: 'object', additionalProperties: true },
        channels: { type: 'object', additionalProperties: true },
      },
      additionalProperties: true,
    },
  })
  asyncapi(): Record<string, unknown> {
    return this.document;
  }
}
