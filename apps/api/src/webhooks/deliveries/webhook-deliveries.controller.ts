import { randomUUID } from 'node:crypto';
import {
  Controller,
  Get,
  HttpCode,
  Inject,
  OnModuleDestroy,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FEED_OPTIONS, FeedReader, parseCursor, type FeedModuleOptions } from '@app/feed';
import {
  AddressPolicy,
  HttpSender,
  SecretBox,
  WebhookEndpointsRepository,
  activeSecrets,
  privateKeyFromPem,
  webhookHeaders,
  type DeliveryView,
  type WebhookConfig,
} from '@app/webhooks';
import { CurrentPrincipal, RequestValidationError, Roles, type Principal } from '../../common';
import {
  DeadLetterReplayDto,
  DeadLetterSkipDto,
  DeliveryDto,
  WebhookReplayDto,
  WebhookTestDto,
} from '../shared/webhook.response';
import { visibilityOf, webhookNotFound } from '../shared/webhook-access';
import { WEBHOOK_CONFIG } from '../shared/webhooks.tokens';

const ID = new ParseUUIDPipe({ version: undefined });
const STATUSES = ['pending', 'delivering', 'delivered', 'dead', 'skipped'];

/** The CloudEvents type of POST /webhooks/{id}/test (not a contract event: not in the feed). */
export const WEBHOOK_TEST_TYPE = 'cn.gov.contract-ledger.webhook.test.v1';

const invalid = (field: string, rule: string, message: string) =>
  new RequestValidationError([{ field, rule, message }]);

function onlyQuery(query: Record<string, unknown>, allowed: string[]): void {
  const unknown = Object.keys(query).find((k) => !allowed.includes(k));
  if (unknown)
    throw invalid(unknown, 'whitelistValidation', `property ${unknown} should not exist`);
}

function sequenceParam(query: Record<string, unknown>, name: string): bigint | undefined {
  const text = query[name];
  if (text === undefined) return undefined;
  const seq = typeof text === 'string' ? parseCursor(text) : null;
  if (seq === null || seq < 1n)
    throw invalid(name, 'isSequence', `${name} must be a feed sequence (1, 2, 3, …)`);
  return seq;
}

/**
 * What happened to an endpoint's messages, and what an operator can do about it: replay from
 * any sequence of the feed (the whole log is retained), send a test message, and replay or
 * skip a dead letter — the lane of its contract waits for that decision.
 */
@ApiTags('webhooks')
@Controller('webhooks/:webhookId')
@Roles('integration')
export class WebhookDeliveriesController implements OnModuleDestroy {
  private readonly box: SecretBox;
  private readonly sender: HttpSender;

  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly feed: FeedReader,
    @Inject(WEBHOOK_CONFIG) config: WebhookConfig,
    @Inject(FEED_OPTIONS) private readonly feedOptions: FeedModuleOptions,
  ) {
    this.box = SecretBox.withKey(config.encryptionKey);
    this.sender = new HttpSender(new AddressPolicy(config.allowedHosts), config.timeoutMs);
  }

  onModuleDestroy(): void {
    this.sender.close();
  }

  private async visible(id: string, principal: Principal): Promise<void> {
    if (!(await this.endpoints.get(id, visibilityOf(principal)))) throw webhookNotFound(id);
  }

  @Get('deliveries')
  @ApiOperation({
    summary: 'Messages of this endpoint with every attempt',
    description:
      'Newest first: status (pending, delivering, delivered, dead, skipped), attempts, next attempt, last response code, latency and error, and the attempt log. Page with `before=<sequence>`.',
  })
  @ApiQuery({ name: 'status', required: false, enum: STATUSES })
  @ApiQuery({ name: 'limit', required: false, example: 100 })
  @ApiQuery({ name: 'before', required: false })
  @ApiOkResponse({ description: 'Deliveries', type: [DeliveryDto] })
  async deliveries(
    @Param('webhookId', ID) id: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeliveryView[]> {
    onlyQuery(query, ['status', 'limit', 'before']);
    const status = query.status as string | undefined;
    if (status !== undefined && !STATUSES.includes(status))
      throw invalid('status', 'isIn', `status must be one of ${STATUSES.join(', ')}`);
    const limit = query.limit === undefined ? 100 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      throw invalid('limit', 'isInt', 'limit must be a whole number from 1 to 1000');
    await this.visible(id, principal);
    return this.endpoints.deliveries(id, {
      status,
      limit,
      beforeSeq: sequenceParam(query, 'before'),
    });
  }

  @Get('dead-letters')
  @ApiOperation({
    summary: 'Dead-lettered messages (every attempt failed)',
    description: 'Each holds back the later messages of its contract until replayed or skipped.',
  })
  @ApiOkResponse({ description: 'Dead letters', type: [DeliveryDto] })
  async deadLetters(
    @Param('webhookId', ID) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeliveryView[]> {
    await this.visible(id, principal);
    return this.endpoints.deliveries(id, { status: 'dead', limit: 1000 });
  }

  @Post('dead-letters/:sequence/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a dead letter again (attempts start over)' })
  @ApiOkResponse({ description: 'Queued', type: DeadLetterReplayDto })
  async replayDead(
    @Param('webhookId', ID) id: string,
    @Param('sequence') sequence: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ sequence: string; status: 'pending' }> {
    await this.resolve(id, sequence, 'replay', principal);
    return { sequence, status: 'pending' };
  }

  @Post('dead-letters/:sequence/skip')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give up on a dead letter; its contract lane moves on' })
  @ApiOkResponse({ description: 'Skipped', type: DeadLetterSkipDto })
  async skipDead(
    @Param('webhookId', ID) id: string,
    @Param('sequence') sequence: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ sequence: string; status: 'skipped' }> {
    await this.resolve(id, sequence, 'skip', principal);
    return { sequence, status: 'skipped' };
  }

  private async resolve(
    id: string,
    sequence: string,
    action: 'replay' | 'skip',
    principal: Principal,
  ): Promise<void> {
    const seq = sequenceParam({ sequence }, 'sequence')!;
    await this.visible(id, principal);
    if (!(await this.endpoints.resolveDeadLetter(id, seq, action)))
      throw webhookNotFound(`${id} dead letter ${sequence}`);
  }

  @Post('replay')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Deliver again from a feed sequence',
    description:
      'Every matching event numbered `from` or later is delivered again, in order per contract, with its original webhook-id. Any point of the feed: the log is retained whole.',
  })
  @ApiQuery({ name: 'from', required: true, example: '1' })
  @ApiOkResponse({ description: 'Queued', type: WebhookReplayDto })
  async replay(
    @Param('webhookId', ID) id: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ from: string; head: string }> {
    onlyQuery(query, ['from']);
    const from = sequenceParam(query, 'from');
    if (from === undefined) throw invalid('from', 'isDefined', 'from is required');
    const head = await this.feed.head();
    if (from > head + 1n)
      throw invalid(
        'from',
        'max',
        `from must be at most ${head + 1n} (the feed's head is ${head})`,
      );
    if (!(await this.endpoints.replay(id, visibilityOf(principal), from)))
      throw webhookNotFound(id);
    return { from: from.toString(), head: head.toString() };
  }

  @Post('test')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a signed test message now and report the answer',
    description: `A CloudEvent of type \`${WEBHOOK_TEST_TYPE}\` (not a contract event, not in the feed), signed like every delivery.`,
  })
  @ApiOkResponse({ description: 'The receiver’s answer', type: WebhookTestDto })
  async test(
    @Param('webhookId', ID) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{
    webhookId: string;
    delivered: boolean;
    statusCode: number | null;
    latencyMs: number;
    error: string | null;
  }> {
    await this.visible(id, principal);
    const row = (await this.endpoints.row(id))!;
    const now = new Date();
    const webhookId = randomUUID();
    const body = JSON.stringify({
      specversion: '1.0',
      id: webhookId,
      source: this.feedOptions.cloudEvents.source,
      type: WEBHOOK_TEST_TYPE,
      subject: id,
      time: now.toISOString(),
      datacontenttype: 'application/json',
      data: { message: 'A test delivery from the contract ledger' },
    });
    const headers = webhookHeaders(
      webhookId,
      Math.floor(now.getTime() / 1000),
      body,
      activeSecrets(row.secrets, now).map((s) => this.box.open(s.sealed)),
      privateKeyFromPem(this.box.open(row.signing_private_key)),
    );
    const result = await this.sender.send(row.url, headers, body);
    const ok =
      result.statusCode !== undefined && result.statusCode >= 200 && result.statusCode < 300;
    return {
      webhookId,
      delivered: ok,
      statusCode: result.statusCode ?? null,
      latencyMs: result.latencyMs,
      error: result.error ?? null,
    };
  }
}
