import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CONTRACT_EVENT_TYPES, EVENT_SCHEMA_VERSIONS } from '@app/domain';
import { cloudEventType } from '@app/feed';
import { CHECKPOINT_EVENT_TYPE } from '@app/webhooks';

/**
 * The CloudEvents types an endpoint may subscribe to: the published catalogue, and the ledger's
 * signed checkpoints (delivered only to endpoints that name them: HTTP witnesses, README "Evidence").
 */
export const SUBSCRIBABLE_TYPES = [
  ...CONTRACT_EVENT_TYPES.map((t) => cloudEventType(t, EVENT_SCHEMA_VERSIONS[t])),
  CHECKPOINT_EVENT_TYPE,
];

const URL_RULE = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://treasury.example.cn/hooks/ledger' })
  @IsUrl(URL_RULE)
  @MaxLength(2000)
  url!: string;

  @ApiPropertyOptional({
    description:
      'CloudEvents types to deliver; absent or empty: every contract event type. Signed checkpoints (cn.gov.ledger.checkpoint-signed.v1) only when named: an HTTP witness',
    example: ['cn.gov.contract.payment-recorded.v1'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsIn(SUBSCRIBABLE_TYPES, { each: true })
  eventTypes?: string[];

  @ApiPropertyOptional({
    description: 'Contract ids to deliver; absent or empty: every contract',
    example: ['b44145ef-8a49-5b4c-802f-6b7bddd0311b'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  contracts?: string[];

  @ApiPropertyOptional({ example: 'Treasury payment reconciliation' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl(URL_RULE)
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ description: 'Replaces the list; empty: every type' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsIn(SUBSCRIBABLE_TYPES, { each: true })
  eventTypes?: string[];

  @ApiPropertyOptional({ description: 'Replaces the list; empty: every contract' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  contracts?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ description: 'true re-enables an endpoint disabled by a 410' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class RotateSecretDto {
  @ApiPropertyOptional({
    description: 'How long the old secret keeps signing (default WEBHOOK_SECRET_GRACE_HOURS)',
    example: 86400,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30 * 86400)
  graceSeconds?: number;
}
