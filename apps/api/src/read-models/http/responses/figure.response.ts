import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const MONEY = {
  type: String,
  example: '1408200.00',
  description: 'Money: a decimal string, two decimals',
};
const DATE = { type: String, example: '2022-07-20', description: 'Business date, YYYY-MM-DD' };

export const money = (description?: string) => ({
  ...MONEY,
  ...(description ? { description } : {}),
});
export const date = (description?: string) => ({
  ...DATE,
  ...(description ? { description } : {}),
});
export const nullableMoney = (description?: string) => ({ ...money(description), nullable: true });
export const nullableDate = (description?: string) => ({ ...date(description), nullable: true });

/** The event behind a figure: its id and global position in the log. */
export class EventRefDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: '42', description: 'Global position (digits)' }) position!: string;
}

/** A figure and the events that produced it. */
export class FigureDto {
  @ApiProperty(money()) amount!: string;
  @ApiProperty({ type: [EventRefDto] }) sources!: EventRefDto[];
}

/** A fact the projection recorded but could not place (flagged, kept). */
export class AnomalyDto extends EventRefDto {
  @ApiProperty({ example: 'PaymentRecorded' }) type!: string;
  @ApiProperty() problem!: string;
}

export class PageDto {
  @ApiProperty({ example: 100 }) limit!: number;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Pass as ?cursor= for the next page',
  })
  nextCursor!: string | null;
}

/** A free-form JSON object (terms, facts as recorded). */
export const OBJECT = { type: 'object', additionalProperties: true } as const;
