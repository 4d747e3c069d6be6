import { ApiProperty } from '@nestjs/swagger';
import type { PortfolioContractView, PortfolioView } from '../../views/portfolio.view';
import { MEANING } from './figure-meanings';
import { FigureDto, money, nullableDate, PageDto } from './figure.response';

export class FeeBalanceDto {
  @ApiProperty(money(MEANING.expected)) expected!: string;
  @ApiProperty(money()) invoiced!: string;
  @ApiProperty(money()) received!: string;
  @ApiProperty(money(MEANING.refundsPaid)) refundsPaid!: string;
  @ApiProperty(money(MEANING.outstanding)) outstanding!: string;
}

export class PeriodBalancesDto {
  @ApiProperty({ type: FeeBalanceDto, description: 'As of the end of the day before `from`' })
  opening!: FeeBalanceDto;
  @ApiProperty({ type: FeeBalanceDto, description: 'Lines dated in [from, to]' })
  movements!: FeeBalanceDto;
  @ApiProperty({ type: FeeBalanceDto, description: 'As of the end of `to`' })
  closing!: FeeBalanceDto;
  @ApiProperty({ description: 'opening + movements = closing, figure by figure' }) addsUp!: boolean;
}

export class PortfolioContractDto implements PortfolioContractView {
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ type: String, nullable: true }) client!: string | null;
  @ApiProperty({ type: String, nullable: true }) supplier!: string | null;
  @ApiProperty({ example: 'active' }) status!: string;
  @ApiProperty({ type: FigureDto, description: MEANING.expected }) expected!: FigureDto;
  @ApiProperty({ type: FigureDto }) invoiced!: FigureDto;
  @ApiProperty({ type: FigureDto }) received!: FigureDto;
  @ApiProperty({ type: FigureDto, description: MEANING.refundsPaid }) refundsPaid!: FigureDto;
  @ApiProperty({ type: FigureDto, description: MEANING.outstanding }) outstanding!: FigureDto;
  @ApiProperty({ enum: ['settled', 'outstanding', 'overpaid'] })
  difference!: PortfolioContractView['difference'];
  @ApiProperty({ example: '/contracts/b44145ef-8a49-5b4c-802f-6b7bddd0311b/reconciliation' })
  details!: string;
  @ApiProperty({ type: PeriodBalancesDto, nullable: true }) period!: PeriodBalancesDto | null;
}

export class PortfolioFiltersDto {
  @ApiProperty({ type: String, nullable: true }) client!: string | null;
  @ApiProperty({ type: String, nullable: true }) supplier!: string | null;
  @ApiProperty(nullableDate()) from!: string | null;
  @ApiProperty(nullableDate()) to!: string | null;
}

export class PortfolioTotalsDto {
  @ApiProperty() contracts!: number;
  @ApiProperty(money(MEANING.expected)) expected!: string;
  @ApiProperty(money()) invoiced!: string;
  @ApiProperty(money()) received!: string;
  @ApiProperty(money(MEANING.refundsPaid)) refundsPaid!: string;
  @ApiProperty(money(MEANING.outstanding)) outstanding!: string;
}

export class PortfolioResponse implements PortfolioView {
  @ApiProperty({ type: PortfolioFiltersDto }) filters!: PortfolioFiltersDto;
  @ApiProperty({ type: PortfolioTotalsDto, description: 'Movements dated in [from, to]' })
  totals!: PortfolioTotalsDto;
  @ApiProperty({ type: PeriodBalancesDto, nullable: true }) period!: PeriodBalancesDto | null;
  @ApiProperty({ type: [PortfolioContractDto] }) contracts!: PortfolioContractDto[];
  @ApiProperty({ type: PageDto }) page!: PageDto;
}
