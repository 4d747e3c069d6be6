import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { FeedReader } from '@app/feed';
import {
  WebhookEndpointsRepository,
  type WebhookConfig,
  type WebhookEndpoint,
} from '@app/webhooks';
import { CurrentPrincipal, Roles, type Principal } from '../../common';
import { WebhookEndpointDto, WebhookEndpointWithSecretDto } from '../shared/webhook.response';
import { checkEndpointUrl } from '../shared/endpoint-url.check';
import { visibilityOf, webhookNotFound } from '../shared/webhook-access';
import { WEBHOOK_CONFIG } from '../shared/webhooks.tokens';
import { CreateWebhookDto, RotateSecretDto, UpdateWebhookDto } from './webhook-endpoint.dto';

const ID = new ParseUUIDPipe({ version: undefined });

/**
 * Webhook endpoints (README "Webhooks"). The integration role manages those its API key
 * created; admin manages all. The signing secret is shown once, at creation and at rotation.
 */
@ApiTags('webhooks')
@Controller('webhooks')
@Roles('integration')
export class WebhooksController {
  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly feed: FeedReader,
    @Inject(WEBHOOK_CONFIG) private readonly config: WebhookConfig,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Register a webhook endpoint',
    description:
      'Roles: integration (or admin). Events recorded from now on that match the filters are delivered, signed per Standard Webhooks; `secret` (whsec_…) is in this response only. History: POST /webhooks/{webhookId}/replay.',
  })
  @ApiCreatedResponse({
    description: 'The endpoint, with its secret (shown once)',
    type: WebhookEndpointWithSecretDto,
  })
  async create(
    @Body() body: CreateWebhookDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookEndpoint & { secret: string }> {
    await checkEndpointUrl(body.url, this.config);
    const { endpoint, secret } = await this.endpoints.create(
      principal.name,
      body,
      await this.feed.head(),
    );
    return { ...endpoint, secret };
  }

  @Get()
  @ApiOperation({ summary: 'The webhook endpoints of this API key (admin: all)' })
  @ApiOkResponse({ description: 'Endpoints with their health', type: [WebhookEndpointDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<WebhookEndpoint[]> {
    return this.endpoints.list(visibilityOf(principal));
  }

  @Get(':webhookId')
  @ApiOperation({
    summary: 'One webhook endpoint, its public key and its health',
    description:
      '`health` says whether it is healthy, failing (consecutive failures, last error) or disabled (410 from the receiver, or by its owner), with its pending and dead-lettered messages.',
  })
  @ApiOkResponse({ description: 'The endpoint', type: WebhookEndpointDto })
  async get(
    @Param('webhookId', ID) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookEndpoint> {
    const found = await this.endpoints.get(id, visibilityOf(principal));
    if (!found) throw webhookNotFound(id);
    return found;
  }

  @Patch(':webhookId')
  @ApiOperation({ summary: 'Change an endpoint (URL, filters, description, enabled)' })
  @ApiOkResponse({ description: 'The endpoint as changed', type: WebhookEndpointDto })
  async update(
    @Param('webhookId', ID) id: string,
    @Body() body: UpdateWebhookDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookEndpoint> {
    if (body.url !== undefined) await checkEndpointUrl(body.url, this.config);
    const updated = await this.endpoints.update(id, visibilityOf(principal), body);
    if (!updated) throw webhookNotFound(id);
    return updated;
  }

  @Delete(':webhookId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an endpoint, its messages and their attempts' })
  @ApiNoContentResponse({ description: 'Removed' })
  async remove(
    @Param('webhookId', ID) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    if (!(await this.endpoints.delete(id, visibilityOf(principal)))) throw webhookNotFound(id);
  }

  @Post(':webhookId/rotate-secret')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rotate the signing secret',
    description:
      'The new secret (in this response only) signs from now on; the old one keeps signing alongside it for `graceSeconds` (default WEBHOOK_SECRET_GRACE_HOURS, 24 h), so every delivery carries both `v1` signatures meanwhile.',
  })
  @ApiOkResponse({
    description: 'The endpoint and its new secret',
    type: WebhookEndpointWithSecretDto,
  })
  async rotate(
    @Param('webhookId', ID) id: string,
    @Body() body: RotateSecretDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookEndpoint & { secret: string }> {
    const rotated = await this.endpoints.rotateSecret(
      id,
      visibilityOf(principal),
      body.graceSeconds ?? this.config.secretGraceSeconds,
    );
    if (!rotated) throw webhookNotFound(id);
    return { ...rotated.endpoint, secret: rotated.secret };
  }
}
