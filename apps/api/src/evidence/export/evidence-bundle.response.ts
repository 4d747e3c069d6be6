import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
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
import { TimelineResponse } from '../../legal/timeline/timeline.response';

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
  @ApiProperty({ example: 'chinese-days@1.5.7', description: 'calendarUsed joined by +' })
  calendar!: string;
  @ApiPropertyOptional({ type: [String], description: 'Versions the timeline’s deadlines used' })
  calendarUsed?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Versions the events were decided with' })
  calendarRecorded?: string[];
}

export class EvidenceTimelineIncludedDto {
  @ApiProperty({ enum: ['included'] }) status!: 'included';
  @ApiProperty({ ...HEX, description: 'SHA-256 over RFC 8785 JSON of `timeline`' }) sha256!: string;
  @ApiProperty({ example: '2023-08-31' }) asOf!: string;
  @ApiProperty({ example: '2026-03-01T08:15:02.123Z' }) knownAt!: string;
  @ApiProperty({ example: 97 }) entries!: number;
}

export class EvidenceTimelineAbsentDto {
  @ApiProperty({ enum: ['not-available'] }) status!: 'not-available';
  @ApiProperty({ type: String, nullable: true, enum: [null] }) sha256!: null;
}

export class EvidenceReportPdfIncludedDto {
  @ApiProperty({ enum: ['included'] }) status!: 'included';
  @ApiProperty({ ...HEX, description: 'SHA-256 of the PDF bytes (`reportPdf`, base64)' })
  sha256!: string;
  @ApiProperty({ example: 183204 }) bytes!: number;
  @ApiProperty({ example: 'Chromium 150.0.7871.100' }) renderer!: string;
}

export class EvidenceReportPdfAbsentDto {
  @ApiProperty({ enum: ['not-available'] }) status!: 'not-available';
  @ApiProperty({ example: 'PDF rendering is turned off (EVIDENCE_PDF=off)' }) reason!: string;
}

@ApiExtraModels(EvidenceReportPdfIncludedDto, EvidenceReportPdfAbsentDto)
export class EvidenceReportDto {
  @ApiProperty({ ...HEX, description: 'SHA-256 of `reportHtml` (UTF-8)' }) htmlSha256!: string;
  @ApiProperty({
    oneOf: [
      { $ref: getSchemaPath(EvidenceReportPdfIncludedDto) },
      { $ref: getSchemaPath(EvidenceReportPdfAbsentDto) },
    ],
    discriminator: {
      propertyName: 'status',
      mapping: {
        included: getSchemaPath(EvidenceReportPdfIncludedDto),
        'not-available': getSchemaPath(EvidenceReportPdfAbsentDto),
      },
    },
  })
  pdf!: EvidenceReportPdfIncludedDto | EvidenceReportPdfAbsentDto;
}

@ApiExtraModels(EvidenceTimelineIncludedDto, EvidenceTimelineAbsentDto)
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
  @ApiProperty({
    oneOf: [
      { $ref: getSchemaPath(EvidenceTimelineIncludedDto) },
      { $ref: getSchemaPath(EvidenceTimelineAbsentDto) },
    ],
    discriminator: {
      propertyName: 'status',
      mapping: {
        included: getSchemaPath(EvidenceTimelineIncludedDto),
        'not-available': getSchemaPath(EvidenceTimelineAbsentDto),
      },
    },
  })
  timeline!: EvidenceTimelineIncludedDto | EvidenceTimelineAbsentDto;
  @ApiPropertyOptional({
    type: EvidenceReportDto,
    description: 'The printable report’s hashes: its HTML, and its PDF when a browser printed one',
  })
  report?: EvidenceReportDto;
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
  @ApiPropertyOptional({ enum: [2], description: 'The chain hash’s version, when not the first' })
  hashVersion?: 2;
  @ApiPropertyOptional({ example: '1042', description: 'Global position' }) position?: string;
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
    type: TimelineResponse,
    nullable: true,
    description:
      'The legal timeline of the scope (GET /contracts/{contractId}/timeline), when included',
  })
  timeline!: TimelineResponse | null;
  @ApiPropertyOptional({
    description: 'The manifest signed by the ledger key (a C2SP signed note)',
  })
  manifestNote?: string;
  @ApiProperty({ description: 'Printable report (HTML), also given by ?format=html' })
  reportHtml!: string;
  @ApiPropertyOptional({
    description: 'The report as PDF (base64), when manifest.report.pdf.status is included',
  })
  reportPdf?: string;
}
