import { BondEntity } from './bond.entity';
import { ContractEntity } from './contract.entity';
import { LedgerLineEntity } from './ledger-line.entity';
import { PaymentScheduleEntity } from './payment-schedule.entity';
import { StreamSummaryEntity } from './stream-summary.entity';
import { TerminationRefundEntity } from './termination-refund.entity';

export {
  BondEntity,
  ContractEntity,
  LedgerLineEntity,
  PaymentScheduleEntity,
  StreamSummaryEntity,
  TerminationRefundEntity,
};

/** Every read-model table the query side reads. */
export const READ_MODEL_ENTITIES = [
  ContractEntity,
  PaymentScheduleEntity,
  LedgerLineEntity,
  BondEntity,
  TerminationRefundEntity,
  StreamSummaryEntity,
];
