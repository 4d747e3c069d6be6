import { DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Pool } from 'pg';
import { PG_POOL } from '@app/database';
import { EventStore } from '@app/event-store';
import { NoteSigner, formatVerifierKey, rawPublicKey } from '@app/evidence';
import { FEED_OPTIONS, type FeedModuleOptions } from '@app/feed';
import { PostgresEvidenceLog } from '@app/evidence/postgres';
import type { AppConfig } from '@app/platform';
import { enqueueCheckpoint } from '@app/webhooks';
import { CheckpointsController } from './checkpoints/checkpoints.controller';
import { EVIDENCE_CONFIG, EvidenceConfig, loadEvidenceConfig } from './evidence.config';
import { EvidenceScheduler } from './evidence.scheduler';
import { ContractEvidenceController } from './export/contract-evidence.controller';
import { EvidenceExportService } from './export/evidence-export.service';
import { ReportPdfRenderer } from './export/report-pdf.renderer';
import { ReceiptInterceptor } from './receipts/receipt.interceptor';
import { LEDGER_SIGNER, loadLedgerSigner } from './signing/ledger-signer';

/** The evidence log, its checkpoints and exports (README, section "Evidence"). */
@Module({})
export class EvidenceModule {
  /** `evidence`: overrides of the environment's settings (tests). */
  static forRoot(app: AppConfig, evidence: Partial<EvidenceConfig> = {}): DynamicModule {
    return {
      module: EvidenceModule,
      controllers: [CheckpointsController, ContractEvidenceController],
      providers: [
        { provide: EVIDENCE_CONFIG, useValue: { ...loadEvidenceConfig(app), ...evidence } },
        {
          provide: LEDGER_SIGNER,
          inject: [EVIDENCE_CONFIG],
          useFactory: (config: EvidenceConfig) =>
            loadLedgerSigner(config, app.nodeEnv, (m) => new Logger('Evidence').log(m)),
        },
        {
          provide: PostgresEvidenceLog,
          inject: [PG_POOL, EventStore, EVIDENCE_CONFIG, LEDGER_SIGNER, FEED_OPTIONS],
          useFactory: (
            pool: Pool,
            store: EventStore,
            config: EvidenceConfig,
            signer: NoteSigner,
            feed: FeedModuleOptions,
          ) => {
            // Every checkpoint is queued for the webhook endpoints that subscribed to it.
            const witness = {
              source: feed.cloudEvents.source,
              origin: config.origin,
              verifierKey: formatVerifierKey(signer.name, rawPublicKey(signer.privateKey)),
            };
            return new PostgresEvidenceLog(pool, store, {
              origin: config.origin,
              signer,
              onCheckpoint: (db, checkpoint) => enqueueCheckpoint(db, checkpoint, witness),
            });
          },
        },
        EvidenceScheduler,
        EvidenceExportService,
        ReportPdfRenderer,
        { provide: APP_INTERCEPTOR, useClass: ReceiptInterceptor },
      ],
      exports: [PostgresEvidenceLog, LEDGER_SIGNER, EvidenceScheduler],
    };
  }
}
