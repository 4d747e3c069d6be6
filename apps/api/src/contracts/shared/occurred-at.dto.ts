import { DateField } from './contract-fields';

/**
 * Every command states when the fact happened: the business date in the contract's calendar
 * (China), given by the client, never the server clock (a payment keyed in today may have been
 * made last week; deadlines are counted from the real date).
 */
export class OccurredAtDto {
  @DateField({ description: 'When the fact happened: its business date', example: '2022-11-30' })
  occurredAt!: string;
}
