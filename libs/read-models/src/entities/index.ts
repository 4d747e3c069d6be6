import { bondsTable } from '../projections/bonds/bond.row';
import { contractsTable } from '../projections/contracts/contract.row';
import { ledgerLinesTable } from '../projections/ledger-lines/ledger-line.row';
import { paymentSchedulesTable } from '../projections/payment-schedules/payment-schedule.row';
import { streamSummaryTable } from '../projections/stream-summary/stream-summary.row';
import { terminationRefundsTable } from '../projections/termination-refunds/termination-refund.row';
import { obligationSourcesTable } from '../projections/obligations/obligation-source.row';
import { obligationsTable } from '../projections/obligations/obligation.row';
import { entitySchemaOf } from '../tables/entity-schema';

/** The TypeORM entity of each read-model table, derived from its column spec (tables/). */
export const ContractEntity = entitySchemaOf(contractsTable);
export const PaymentScheduleEntity = entitySchemaOf(paymentSchedulesTable);
export const LedgerLineEntity = entitySchemaOf(ledgerLinesTable);
export const BondEntity = entitySchemaOf(bondsTable);
export const TerminationRefundEntity = entitySchemaOf(terminationRefundsTable);
export const StreamSummaryEntity = entitySchemaOf(streamSummaryTable);

/** Every read-model table, as its column spec (read-model-tables.spec.ts checks them against the migrations). */
export const READ_MODEL_TABLES = [
  contractsTable,
  paymentSchedulesTable,
  ledgerLinesTable,
  bondsTable,
  terminationRefundsTable,
  streamSummaryTable,
  obligationSourcesTable,
  obligationsTable,
];

/** Every read-model table the query side reads. */
export const READ_MODEL_ENTITIES = [
  ContractEntity,
  PaymentScheduleEntity,
  LedgerLineEntity,
  BondEntity,
  TerminationRefundEntity,
  StreamSummaryEntity,
];
