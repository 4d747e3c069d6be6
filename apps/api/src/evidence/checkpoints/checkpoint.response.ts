import { ApiProperty } from '@nestjs/swagger';
import type { CheckpointReason } from '@app/evidence/postgres';

/** One signed checkpoint of the evidence log (a C2SP signed note over its Merkle tree head). */
export class CheckpointDto {
  @ApiProperty({ example: 12, description: 'Checkpoint id (page with ?before=)' }) id!: number;
  @ApiProperty({ example: 1042, description: 'Leaves (events) the tree holds' }) treeSize!: number;
  @ApiProperty({ example: '9f86d081…', description: 'Merkle tree root (RFC 6962), hex' })
  rootHash!: string;
  @ApiProperty({ enum: ['scheduled', 'on-demand', 'export'] }) reason!: CheckpointReason;
  @ApiProperty({ example: '2026-03-01T08:15:02.123Z' }) signedAt!: string;
  @ApiProperty({ example: 'a1b2c3d4', description: 'Id of the key that signed it' }) keyId!: string;
  @ApiProperty({
    example:
      'ledger.example\n1042\nn4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=\n\n— ledger.example Ab3d…\n',
    description: 'The signed note itself: verify it with `verifierKey`',
  })
  note!: string;
}

export class CheckpointsResponse {
  @ApiProperty({ example: 'ledger.example', description: 'The log’s name in every note' })
  origin!: string;
  @ApiProperty({ example: 'ledger.example+a1b2c3d4+AU…', description: 'Current verifier key' })
  verifierKey!: string;
  @ApiProperty({ type: [String], description: 'Earlier verifier keys (rotated out), still valid' })
  previousKeys!: string[];
  @ApiProperty({ type: [CheckpointDto], description: 'Newest first' })
  checkpoints!: CheckpointDto[];
}
