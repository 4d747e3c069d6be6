import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsObject,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CONTRACT_000_TERMS, CONTRACT_001_TERMS, ContractTerms } from '@app/domain';
import { DateField, IsText, MoneyField, Optional, TextField } from '../../shared';

/**
 * The outer shape of the terms (ContractTerms): the top level is closed (an unknown or
 * misspelt section is refused by name) and the simple members are checked here. The sections
 * themselves are checked in depth by the domain's `validateTerms`, which knows their rules
 * (installments summing to the total, one final milestone, rates as fractions …).
 */
const T0 = CONTRACT_000_TERMS;
const T1 = CONTRACT_001_TERMS;

/** A section the contract may lack: present, and an object or null. */
const NullableSection =
  (example: unknown, description: string) => (target: object, key: string) => {
    ApiProperty({
      type: 'object',
      nullable: true,
      example,
      description,
      additionalProperties: true,
    })(target, key);
    IsDefined({ message: `$property must be given (null when the contract has none)` })(
      target,
      key,
    );
    ValidateIf((o: Record<string, unknown>) => o[key] !== null)(target, key);
    IsObject()(target, key);
  };

const Section = (example: unknown, description: string) => (target: object, key: string) => {
  ApiProperty({ type: 'object', example, description, additionalProperties: true })(target, key);
  IsObject()(target, key);
};

export class PartyDto {
  @TextField({
    description: 'Name as written in the contract',
    example: '北京市经济信息中心',
    maxLength: 500,
  })
  name!: string;

  @TextField({
    description: 'Clause or page it comes from',
    example: '合同首页 甲方',
    maxLength: 200,
    optional: true,
  })
  source?: string;
}

export class PartiesDto {
  @ApiProperty({ type: PartyDto, description: '甲方: the purchasing authority' })
  @ValidateNested()
  @Type(() => PartyDto)
  client!: PartyDto;

  @ApiProperty({ type: PartyDto, description: '乙方: the supplier' })
  @ValidateNested()
  @Type(() => PartyDto)
  supplier!: PartyDto;
}

export class TotalDto {
  @MoneyField({
    description: 'Tax-inclusive contract total (合同总价, 含税)',
    example: '1130000.00',
  })
  taxInclusive!: string;

  @MoneyField({
    description: 'Tax-exclusive total where stated',
    example: '1912500.00',
    optional: true,
  })
  taxExclusive?: string;

  @Optional()
  @ApiProperty({ required: false, description: '本项目最终合同金额以财政资金实际情况为准' })
  @IsBoolean()
  subjectToFunding?: boolean;

  @TextField({ description: 'Clause', example: '第四条', maxLength: 200, optional: true })
  source?: string;
}

export class ContractTermsDto implements ContractTerms {
  @ApiProperty({ type: String, nullable: true, example: T0.contractNumber })
  @ValidateIf((o: ContractTermsDto) => o.contractNumber !== null)
  @TextField({ description: 'Contract number, or null when the form is blank', maxLength: 200 })
  contractNumber!: string | null;

  @TextField({ description: 'Project name', example: T0.projectName, maxLength: 500 })
  projectName!: string;

  @ApiProperty({ type: PartiesDto })
  @ValidateNested()
  @Type(() => PartiesDto)
  parties!: PartiesDto;

  @DateField({
    description: 'Signing date; the ContractSigned event is dated on it',
    example: T0.signingDate,
  })
  signingDate!: string;

  @ApiProperty({ enum: ['CNY'], example: 'CNY' })
  @IsIn(['CNY'])
  currency!: 'CNY';

  @ApiProperty({ type: TotalDto })
  @ValidateNested()
  @Type(() => TotalDto)
  total!: TotalDto;

  @Section(T0.servicePeriod, 'Explicit dates, or N months from signing')
  servicePeriod!: ContractTerms['servicePeriod'];

  @Section(T0.paymentSchedule, 'Installments (summing to the total), invoice rule')
  paymentSchedule!: ContractTerms['paymentSchedule'];

  @Section(T0.acceptance, 'Milestones (exactly one final) and acceptance windows')
  acceptance!: ContractTerms['acceptance'];

  @NullableSection(T1.bond, 'Performance bond (履约保证金), or null')
  bond!: ContractTerms['bond'];

  @ApiProperty({ type: 'array', items: { type: 'object' }, example: T1.reviews })
  @IsObject({ each: true })
  @ArrayMaxSize(50)
  @IsArray() // checked first: class-validator runs the decorators bottom-up
  reviews!: ContractTerms['reviews'];

  @NullableSection(T1.staff, 'Roster and staff-change rules, or null')
  staff!: ContractTerms['staff'];

  @Section(T0.penalties, 'Penalty rules (违约金)')
  penalties!: ContractTerms['penalties'];

  @NullableSection(T1.latePayment, 'The client’s late-payment penalty, or null')
  latePayment!: ContractTerms['latePayment'];

  @Section(T0.termination, 'Termination rights and the refund rule')
  termination!: ContractTerms['termination'];

  @NullableSection(T1.holdover, 'Service after expiry until a successor takes over, or null')
  holdover!: ContractTerms['holdover'];

  @NullableSection(T0.forceMajeure, 'Force majeure (不可抗力), or null')
  forceMajeure!: ContractTerms['forceMajeure'];

  @NullableSection(T1.amendments, 'Supplementary agreements (补充协议), or null')
  amendments!: ContractTerms['amendments'];

  @Optional()
  @ApiProperty({ required: false, type: [String], example: T0.notes })
  @IsText(2000, { each: true })
  @ArrayMaxSize(100)
  @IsArray()
  notes?: string[];
}
