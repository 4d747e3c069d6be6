import { DynamicModule, Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { SecretBox, WebhookEndpointsRepository, type WebhookConfig } from '@app/webhooks';
import { WebhookDeliveriesController } from './deliveries/webhook-deliveries.controller';
import { WebhooksController } from './endpoints/webhooks.controller';
import { WEBHOOK_CONFIG } from './shared/webhooks.tokens';
import { WebhookWorkerService } from './webhook-worker.service';

/**
 * Webhooks (README "Webhooks"): endpoints and their deliveries over HTTP, and the delivery
 * worker. Needs FeedModule (global: reader, signal, CloudEvents options) and PG_POOL.
 */
@Module({})
export class WebhooksModule {
  static register(config: WebhookConfig): DynamicModule {
    return {
      module: WebhooksModule,
      controllers: [WebhooksController, WebhookDeliveriesController],
      providers: [
        { provide: WEBHOOK_CONFIG, useValue: config },
        {
          provide: WebhookEndpointsRepository,
          inject: [PG_POOL],
          useFactory: (pool: Pool) =>
            new WebhookEndpointsRepository(
              pool,
              SecretBox.withKey(config.encryptionKey),
              config.maxInFlightPerEndpoint,
            ),
        },
        WebhookWorkerService,
      ],
    };
  }
}
