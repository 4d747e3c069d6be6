import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy } from 'class-validator';
import { DERIVED_FACT_KINDS, EVENT_SCHEMA_VERSIONS } from '@app/domain';
import { ContractViewQuery } from '../../read-models/http/view-query.dto';

/** Every kind a timeline entry can have: the event types and the derived-fact kinds. */
export const TIMELINE_KINDS: readonly string[] = [
  ...Object.keys(EVENT_SCHEMA_VERSIONS),
  ...DERIVED_FACT_KINDS,
];

export function parseKinds(kinds: string | undefined): string[] | null {
  return kinds === undefined ? null : kinds.split(',').map((k) => k.trim());
}

const unknownKinds = (value: unknown): string[] =>
  typeof value !== 'string' || value === ''
    ? ['(empty)']
    : parseKinds(value)!.filter((k) => !TIMELINE_KINDS.includes(k));

/** ?asOf, ?knownAt, ?position as on every contract view, and ?kinds to narrow the entries. */
export class TimelineQuery extends ContractViewQuery {
  @ApiPropertyOptional({
    description: `Comma-separated entry kinds: event types and derived facts (${DERIVED_FACT_KINDS.join(', ')})`,
  })
  @IsOptional()
  @ValidateBy({
    name: 'isTimelineKind',
    validator: {
      validate: (value: unknown) => unknownKinds(value).length === 0,
      defaultMessage: (args) =>
        `kinds has unknown kinds: ${unknownKinds(args?.value).join(', ')} (event types or ${DERIVED_FACT_KINDS.join(', ')})`,
    },
  })
  kinds?: string;
}
