import { ApiProperty } from '@nestjs/swagger';
import type {
  Explanation,
  InstallmentReconciliation,
  ReconciliationView,
} from '../../views/reconciliation.view';
import { MEANING } from './figure-meanings';
import { FigureDto, money, nullableDate, OBJECT } from './figure.response';
import { HoldoverOwedDto } from './holdover.response';
import { ContractViewHeadDto } from './basis.response';

export class ExplanationDto implements Explanation {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: '42' }) position!: string;
  @ApiProperty({ example: 'PaymentRecorded' }) eventType!: string;
  @ApiProperty({ example: 'payment' }) kind!: string;
  @ApiProperty({ example: 'received' }) account!: string;
  @ApiProperty(money()) amount!: string;
  @ApiProperty(money('What the line adds to outstanding fees')) contribution!: string;
  @ApiProperty({ example: '2022-07-19' }) businessDate!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ ...OBJECT, nullable: true }) corrects!: Explanation['corrects'];
}

export class InstallmentReconciliationDto implements InstallmentReconciliation {
  @ApiProperty({ example: 'start' }) installmentId!: string;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
  @ApiProperty() scheduled!: boolean;
  @ApiProperty({ type: FigureDto }) expected!: FigureDto;
  @ApiProperty({ type: FigureDto }) invoiced!: FigureDto;
  @ApiProperty({ type: FigureDto }) received!: FigureDto;
  @ApiProperty({
    type: FigureDto,
    description: 'expected − received; its explanation lines sum to it',
  })
  outstanding!: FigureDto;
  @ApiProperty({ enum: ['settled', 'unpaid', 'underpaid', 'overpaid', 'unscheduled', 'cancelled'] })
  status!: InstallmentReconciliation['status'];
  @ApiProperty({ type: [ExplanationDto] }) explainedBy!: ExplanationDto[];
}

export class ReconciliationFiguresDto {
  @ApiProperty({ type: FigureDto, description: MEANING.expected }) expected!: FigureDto;
  @ApiProperty({ type: FigureDto }) invoiced!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Cash + penalty offsets' }) received!: FigureDto;
  @ApiProperty({ type: FigureDto, description: MEANING.refundsPaid }) refundsPaid!: FigureDto;
  @ApiProperty({ type: FigureDto, description: MEANING.outstanding }) outstanding!: FigureDto;
  @ApiProperty({ type: FigureDto }) penaltiesOutstanding!: FigureDto;
  @ApiProperty({ type: FigureDto }) bondHeld!: FigureDto;
  @ApiProperty({ type: FigureDto }) refundOutstanding!: FigureDto;
}

export class ReconciliationCheckDto {
  @ApiProperty() check!: string;
  @ApiProperty() ok!: boolean;
  @ApiProperty(money()) ledger!: string;
  @ApiProperty(money()) readModel!: string;
}

export class ReconciliationResponse extends ContractViewHeadDto implements ReconciliationView {
  @ApiProperty(nullableDate('Lines dated after this business day are left out')) asOf!:
    string | null;
  @ApiProperty({ type: ReconciliationFiguresDto }) figures!: ReconciliationFiguresDto;
  @ApiProperty({ type: [InstallmentReconciliationDto] })
  installments!: InstallmentReconciliationDto[];
  @ApiProperty({ type: [ExplanationDto] }) unallocated!: ExplanationDto[];
  @ApiProperty({ type: [ExplanationDto] }) termination!: ExplanationDto[];
  @ApiProperty({ type: HoldoverOwedDto, nullable: true }) holdover!: HoldoverOwedDto | null;
  @ApiProperty({
    type: [ExplanationDto],
    description: 'The client’s holdover fee as expected lines of HoldoverEnded (001 2.3)',
  })
  holdoverLines!: ExplanationDto[];
  @ApiProperty({ type: [ReconciliationCheckDto] }) checks!: ReconciliationCheckDto[];
}
