import { ApiProperty } from '@nestjs/swagger';
import {
  BUNDLE_FORMAT,
  type AbsentEvent,
  type EventContent,
  type EvidenceBundle,
  type EvidenceEvent,
  type EvidenceManifest,
} from '@app/evidence';
import { EXAMPLE_CONTRACT_ID } from '../../common/openapi/openapi-examples';
import { EventMetadataDto } from '../../contracts/history/contract-history.response';

const HEX = { example: '9f86d081884c7d65…', description: 'SHA-256, hex' };
const nullable = (description: string) => ({ type: String, nullable: true, description });

export class EvidenceScopeDto {
  @ApiProperty(nullable('Business date described at; null: all')) asOf!: string | null;
  @ApiProperty(nullable('Only events recorded by then; null: now')) knownAt!: string | null;
}

export class EvidenceBasisDto {
  @ApiProperty({ example: 'ledger.example' }) origin!: string;
  @ApiProperty({ example: 1042 }) treeSize!: number;
  @ApiProperty(nullable('Global position of the last leaf')) lastPosition!: string | null;
}

export class EvidenceVersionsDto {
  @ApiProperty({ example: BUNDLE_FORMAT }) evidenceFormat!: string;
  @ApiProperty() leafFormat!: string;
  @ApiProperty({ example: 'contract-ledger@0.1.0' }) rules!: string;
  @ApiProperty({ example: 'chinese-days@1.5.7' }) calendar!: string;
}

export class EvidenceTimelineRefDto {
  @ApiProperty({ enum: ['not-available', 'included'] }) status!: 'not-available' | 'included';
  @ApiProperty(nullable('SHA-256 over RFC 8785 JSON of the timeline')) sha256!: string | null;
}

export class EvidenceManifestDto implements EvidenceManifest {
  @ApiProperty({ example: EXAMPLE_CONTRACT_ID }) contractId!: string;
  @ApiProperty({ example: `contract-${EXAMPLE_CONTRACT_ID}` }) streamId!: string;
  @ApiProperty({ example: '2026-03-01T08:15:02.123Z' }) generatedAt!: string;
  @ApiProperty({ type: EvidenceScopeDto }) scope!: EvidenceScopeDto;
  @ApiProperty({
    type: EvidenceBasisDto,
    description: 'The log state the export is proven against',
  })
  basis!: EvidenceBasisDto;
  @ApiProperty({ type: EvidenceVersionsDto }) versions!: EvidenceVersionsDto;
  @ApiProperty({ example: 41 }) eventCount!: number;
  @ApiProperty({ example: 0, description: 'Events dated after asOf (kept: the chain needs them)' })
  eventsAfterAsOf!: number;
  @ApiProperty({ type: EvidenceTimelineRefDto }) timeline!: EvidenceTimelineRefDto;
}

/** An event exactly as the chain hashes it. */
export class EventContentDto implements EventContent {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: `contract-${EXAMPLE_CONTRACT_ID}` }) streamId!: string;
  @ApiProperty({ example: 2 }) revision!: number;
  @ApiProperty({ example: 'PaymentRecorded' }) type!: string;
  @ApiProperty({ example: 1 }) schemaVersion!: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty({ example: '2022-07-19' }) occurredAt!: string;
  @ApiProperty({ type: EventMetadataDto }) metadata!: EventMetadataDto;
}

export class EvidenceEventDto implements EvidenceEvent {
  @ApiProperty({ example: 17 }) leafIndex!: number;
  @ApiProperty({ type: EventContentDto }) content!: EventContentDto;
  @ApiProperty({ example: '2026-03-01T08:15:02.123Z' }) recordedAt!: string;
  @ApiProperty(HEX) chainHash!: string;
  @ApiProperty({ type: [String], description: 'Audit path (RFC 9162 §2.1.3), hex' })
  inclusionProof!: string[];
}

export class AbsentEventDto implements AbsentEvent {
  @ApiProperty({ example: 17 }) leafIndex!: number;
  @ApiProperty({ example: 2 }) revision!: number;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty(HEX) leafHash!: string;
}

export class EvidencePublicKeyDto {
  @ApiProperty({ example: 'ledger.example+a1b2c3d4+AU…' }) verifierKey!: string;
  @ApiProperty({ example: '-----BEGIN PUBLIC KEY-----\n…' }) pem!: string;
}

export class ConsistencyDto {
  @ApiProperty({ description: 'The earlier checkpoint (?since=) the proof starts from' })
  fromCheckpoint!: string;
  @ApiProperty({ type: [String], description: 'Consistency proof (RFC 9162 §2.1.4), hex' })
  proof!: string[];
}

/** The evidence export of one contract (README "Evidence"), checked by `npm run evidence:verify`. */
export class EvidenceBundleResponse implements EvidenceBundle {
  @ApiProperty({ enum: [BUNDLE_FORMAT] }) format!: typeof BUNDLE_FORMAT;
  @ApiProperty({ type: EvidenceManifestDto }) manifest!: EvidenceManifestDto;
  @ApiProperty({ type: EvidencePublicKeyDto }) publicKey!: EvidencePublicKeyDto;
  @ApiProperty({ description: 'The signed checkpoint (C2SP signed note) the proofs lead to' })
  checkpoint!: string;
  @ApiProperty({ type: [EvidenceEventDto] }) events!: EvidenceEventDto[];
  @ApiProperty({ type: [AbsentEventDto], description: 'Leaves whose event the store lost' })
  absent!: AbsentEventDto[];
  @ApiProperty({ type: ConsistencyDto, nullable: true }) consistency!: ConsistencyDto | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The legal timeline as of the scope, when included (manifest.timeline)',
  })
  timeline!: Record<string, unknown> | null;
  @ApiProperty({ description: 'Printable report (HTML), also given by ?format=html' })
  reportHtml!: string;
}
