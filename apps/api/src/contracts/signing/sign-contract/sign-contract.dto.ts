import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { ContractTermsDto } from './contract-terms.dto';

/**
 * The signed contract as data. The contract id is the path; the business date is the terms'
 * signing date (the domain refuses any other), so the body carries the terms alone.
 */
export class SignContractDto {
  @ApiProperty({ type: ContractTermsDto, description: 'The terms as signed' })
  @IsObject()
  @ValidateNested()
  @Type(() => ContractTermsDto)
  terms!: ContractTermsDto;
}
