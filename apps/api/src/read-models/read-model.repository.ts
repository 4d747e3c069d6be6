import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, MoreThan, type EntitySchema, type FindOptionsWhere } from 'typeorm';
import type { BondRow } from '@app/read-models';
import type { ContractRow } from '@app/read-models';
import type { LedgerLineRow } from '@app/read-models';
import type { PaymentScheduleRow } from '@app/read-models';
import type { StreamSummaryRow } from '@app/read-models';
import type { TerminationRefundRow } from '@app/read-models';
import {
  BondEntity,
  ContractEntity,
  LedgerLineEntity,
  PaymentScheduleEntity,
  StreamSummaryEntity,
  TerminationRefundEntity,
} from '@app/read-models';
import { READ_MODEL_DATA_SOURCE } from './read-model-data-source.provider';
import type { ContractRows } from '@app/read-models';

export interface ContractFilter {
  client?: string;
  supplier?: string;
  status?: string;
  cursor?: string;
  limit: number;
}

type ContractKeyed = { contract_id: string };

/**
 * Reads the projected tables exactly as stored: money, dates and positions stay strings (the
 * entities map timestamptz to ISO-8601 UTC, what the event store reports).
 */
@Injectable()
export class ReadModelRepository {
  constructor(@Inject(READ_MODEL_DATA_SOURCE) private readonly dataSource: DataSource) {}

  private async one<R extends ContractKeyed>(
    entity: EntitySchema<R>,
    contractId: string,
  ): Promise<R | null> {
    const where = { contract_id: contractId } as FindOptionsWhere<R>;
    return this.dataSource.getRepository(entity).findOneBy(where);
  }

  private async many<R extends ContractKeyed>(
    entity: EntitySchema<R>,
    ids: string[],
  ): Promise<Map<string, R>> {
    if (ids.length === 0) return new Map();
    const where = { contract_id: In(ids) } as FindOptionsWhere<R>;
    const rows = await this.dataSource.getRepository(entity).findBy(where);
    return new Map(rows.map((r) => [r.contract_id, r]));
  }

  schedule(id: string): Promise<PaymentScheduleRow | null> {
    return this.one(PaymentScheduleEntity, id);
  }

  bond(id: string): Promise<BondRow | null> {
    return this.one(BondEntity, id);
  }

  terminationRefund(id: string): Promise<TerminationRefundRow | null> {
    return this.one(TerminationRefundEntity, id);
  }

  streamSummary(streamId: string): Promise<StreamSummaryRow | null> {
    return this.dataSource.getRepository(StreamSummaryEntity).findOneBy({ stream_id: streamId });
  }

  lines(contractId: string): Promise<LedgerLineRow[]> {
    return this.dataSource.getRepository(LedgerLineEntity).find({
      where: { contract_id: contractId },
      order: { position: 'ASC', line_no: 'ASC' },
    });
  }

  /** Every read model row of one contract; null when the contract has no row at all. */
  async contractRows(id: string): Promise<ContractRows | null> {
    const [contract, schedule, bond, refund] = await Promise.all([
      this.one(ContractEntity, id),
      this.schedule(id),
      this.bond(id),
      this.terminationRefund(id),
    ]);
    return contract ? { contract, schedule, bond, refund } : null;
  }

  /** A page of contracts (by id) with their rows, filtered by party and status. */
  async contractPage(filter: ContractFilter): Promise<ContractRows[]> {
    const where: FindOptionsWhere<ContractRow> = {};
    if (filter.client != null) where.client_name = filter.client;
    if (filter.supplier != null) where.supplier_name = filter.supplier;
    if (filter.status != null) where.status = filter.status;
    if (filter.cursor != null) where.contract_id = MoreThan(filter.cursor);
    const contracts = await this.dataSource.getRepository(ContractEntity).find({
      where,
      order: { contract_id: 'ASC' },
      take: filter.limit,
    });
    const ids = contracts.map((c) => c.contract_id);
    const [schedules, bonds, refunds] = await Promise.all([
      this.many(PaymentScheduleEntity, ids),
      this.many(BondEntity, ids),
      this.many(TerminationRefundEntity, ids),
    ]);
    return contracts.map((contract) => ({
      contract,
      schedule: schedules.get(contract.contract_id) ?? null,
      bond: bonds.get(contract.contract_id) ?? null,
      refund: refunds.get(contract.contract_id) ?? null,
    }));
  }
}
