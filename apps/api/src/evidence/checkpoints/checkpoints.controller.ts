import { Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { NoteSigner, formatVerifierKey, rawPublicKey } from '@app/evidence';
import { PostgresEvidenceLog, StoredCheckpoint } from '@app/evidence/postgres';
import { Public, Roles, problemResponse } from '../../common';
import { CheckpointDto, CheckpointsResponse } from './checkpoint.response';
import { EVIDENCE_CONFIG, EvidenceConfig } from '../evidence.config';
import { EvidenceScheduler } from '../evidence.scheduler';
import { LEDGER_SIGNER } from '../signing/ledger-signer';

export class CheckpointsQuery {
  @ApiPropertyOptional({ description: 'Page size, 1–1000 (default 100)' })
  @IsOptional()
  @Matches(/^(1000|[1-9]\d{0,2})$/, { message: 'limit must be 1–1000' })
  limit?: string;

  @ApiPropertyOptional({ description: 'Only checkpoints with a smaller id (the next page)' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'before must be a checkpoint id' })
  before?: string;
}

function view(c: StoredCheckpoint): CheckpointDto {
  return {
    id: c.id,
    treeSize: c.treeSize,
    rootHash: c.rootHash.toString('hex'),
    reason: c.reason,
    signedAt: c.createdAt,
    keyId: c.keyId,
    note: c.note,
  };
}

/**
 * The log's signed checkpoints (C2SP signed notes), newest first, and its public keys: public, so
 * that anyone may collect them and later hold the ledger to them. Nothing secret is here.
 */
@ApiTags('evidence')
@Controller('checkpoints')
export class CheckpointsController {
  constructor(
    private readonly log: PostgresEvidenceLog,
    private readonly scheduler: EvidenceScheduler,
    @Inject(LEDGER_SIGNER) private readonly signer: NoteSigner,
    @Inject(EVIDENCE_CONFIG) private readonly config: EvidenceConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Signed checkpoints of the evidence log and the keys that verify them' })
  @ApiOkResponse({ type: CheckpointsResponse })
  @ApiResponse({
    status: 400,
    ...problemResponse('limit or before is malformed: `errors` names each'),
  })
  async list(@Query() q: CheckpointsQuery): Promise<CheckpointsResponse> {
    const checkpoints = await this.log.checkpoints(
      q.limit ? Number(q.limit) : 100,
      q.before ? Number(q.before) : undefined,
    );
    return {
      origin: this.log.origin,
      verifierKey: formatVerifierKey(this.signer.name, rawPublicKey(this.signer.privateKey)),
      previousKeys: this.config.previousKeys,
      checkpoints: checkpoints.map(view),
    };
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Sign a checkpoint of the log now', description: 'Roles: admin.' })
  @ApiResponse({ status: 201, type: CheckpointDto })
  async sign(): Promise<CheckpointDto> {
    return view(await this.scheduler.signNow('on-demand'));
  }
}
