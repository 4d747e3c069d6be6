import { ApiProperty } from '@nestjs/swagger';
import type { DeliveryAttempt, DeliveryView, WebhookEndpoint, WebhookHealth } from '@app/webhooks';

const WHEN = { example: '2026-03-01T08:15:02.123Z' };
const nullableWhen = (description?: string) => ({
  type: String,
  nullable: true,
  ...WHEN,
  ...(description ? { description } : {}),
});
const nullableText = (description?: string) => ({
  type: String,
  nullable: true,
  ...(description ? { description } : {}),
});
const nullableInt = (description?: string) => ({
  type: Number,
  nullable: true,
  ...(description ? { description } : {}),
});

export class WebhookHealthDto implements WebhookHealth {
  @ApiProperty({ enum: ['healthy', 'failing', 'disabled'] }) state!: WebhookHealth['state'];
  @ApiProperty({ example: 0 }) consecutiveFailures!: number;
  @ApiProperty({ example: 16, description: 'In flight now: 1 after a failure, doubling after' })
  inFlightLimit!: number;
  @ApiProperty(nullableWhen()) lastSuccessAt!: string | null;
  @ApiProperty(nullableWhen()) lastFailureAt!: string | null;
  @ApiProperty(nullableText()) lastError!: string | null;
  @ApiProperty(nullableWhen('Set by a 410 Gone')) disabledAt!: string | null;
  @ApiProperty(nullableText()) disabledReason!: string | null;
  @ApiProperty({ example: 0, description: 'Messages pending or being delivered' }) pending!: number;
  @ApiProperty({ example: 0 }) deadLetters!: number;
}

export class WebhookSecretStateDto {
  @ApiProperty(WHEN) createdAt!: string;
  @ApiProperty(nullableWhen('End of a rotation’s grace period; null: current')) expiresAt!:
    string | null;
}

/** A webhook endpoint, its filters, keys (never a secret) and health. */
export class WebhookEndpointDto implements WebhookEndpoint {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'treasury-integration', description: 'The API key that created it' })
  owner!: string;
  @ApiProperty({ example: 'https://treasury.example.cn/hooks/ledger' }) url!: string;
  @ApiProperty({ type: [String], nullable: true, description: 'null: every type' })
  eventTypes!: string[] | null;
  @ApiProperty({ type: [String], nullable: true, description: 'null: every contract' })
  contracts!: string[] | null;
  @ApiProperty() description!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ example: 'whpk_…', description: 'Verifies the v1a (Ed25519) signatures' })
  publicKey!: string;
  @ApiProperty({ type: [WebhookSecretStateDto], description: 'Secrets signing v1 now' })
  secrets!: WebhookSecretStateDto[];
  @ApiProperty({ example: '1042', description: 'Every feed sequence up to here was looked at' })
  enqueuedUpTo!: string;
  @ApiProperty({ type: WebhookHealthDto }) health!: WebhookHealthDto;
  @ApiProperty(WHEN) createdAt!: string;
  @ApiProperty(WHEN) updatedAt!: string;
}

export class WebhookEndpointWithSecretDto extends WebhookEndpointDto {
  @ApiProperty({ example: 'whsec_…', description: 'The signing secret: shown in this answer only' })
  secret!: string;
}

export class DeliveryAttemptDto implements DeliveryAttempt {
  @ApiProperty({ example: 1 }) attempt!: number;
  @ApiProperty(WHEN) startedAt!: string;
  @ApiProperty({ example: 42 }) latencyMs!: number;
  @ApiProperty(nullableInt('The receiver’s HTTP status; null: no answer')) statusCode!:
    number | null;
  @ApiProperty({ example: 'delivered' }) outcome!: string;
  @ApiProperty(nullableText()) error!: string | null;
}

export class DeliveryDto implements DeliveryView {
  @ApiProperty({ example: '00000000000000001042', description: 'Feed sequence' })
  sequence!: string;
  @ApiProperty({ example: 'b44145ef-8a49-5b4c-802f-6b7bddd0311b' }) contract!: string;
  @ApiProperty({ format: 'uuid' }) webhookId!: string;
  @ApiProperty({ example: 'cn.gov.contract.payment-recorded.v1' }) eventType!: string;
  @ApiProperty({
    example: 'delivered',
    description: 'pending, delivering, delivered, dead, skipped',
  })
  status!: string;
  @ApiProperty({ example: 1 }) attempts!: number;
  @ApiProperty(nullableWhen('When it is tried next (pending only)')) nextAttemptAt!: string | null;
  @ApiProperty(nullableInt()) lastStatusCode!: number | null;
  @ApiProperty(nullableText()) lastError!: string | null;
  @ApiProperty(nullableInt()) lastLatencyMs!: number | null;
  @ApiProperty(nullableWhen()) deliveredAt!: string | null;
  @ApiProperty(WHEN) enqueuedAt!: string;
  @ApiProperty({ type: [DeliveryAttemptDto] }) attemptLog!: DeliveryAttemptDto[];
}

export class DeadLetterReplayDto {
  @ApiProperty({ example: '00000000000000001042' }) sequence!: string;
  @ApiProperty({ enum: ['pending'] }) status!: 'pending';
}

export class DeadLetterSkipDto {
  @ApiProperty({ example: '00000000000000001042' }) sequence!: string;
  @ApiProperty({ enum: ['skipped'] }) status!: 'skipped';
}

export class WebhookReplayDto {
  @ApiProperty({ example: '0', description: 'Replayed from after this feed sequence' })
  from!: string;
  @ApiProperty({ example: '1042', description: 'Up to the feed’s head when asked' }) head!: string;
}

export class WebhookTestDto {
  @ApiProperty({ format: 'uuid', description: 'The test message’s webhook-id' }) webhookId!: string;
  @ApiProperty() delivered!: boolean;
  @ApiProperty(nullableInt()) statusCode!: number | null;
  @ApiProperty({ example: 42 }) latencyMs!: number;
  @ApiProperty(nullableText()) error!: string | null;
}
