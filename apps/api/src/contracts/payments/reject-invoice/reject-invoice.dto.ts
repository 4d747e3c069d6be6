import { OccurredAtDto, TextField } from '../../shared';

/** The client found the invoice in the path not to conform (001 4.2) and says why. */
export class RejectInvoiceDto extends OccurredAtDto {
  @TextField({
    description: 'What does not conform (title, amount, tax rate…), as the client wrote it',
    example: '发票抬头与合同甲方名称不一致',
  })
  reason!: string;
}
