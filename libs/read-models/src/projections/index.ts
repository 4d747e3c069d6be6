import { CreateProjectionCheckpoints1763700000000, type AnyProjection } from '@app/projections';
import { CreateStreamSummary1763700000100 } from '../migrations/1763700000100-create-stream-summary.migration';
import { CreateContracts1763700000200 } from '../migrations/1763700000200-create-contracts.migration';
import { CreatePaymentSchedules1763700000300 } from '../migrations/1763700000300-create-payment-schedules.migration';
import { CreateLedgerLines1763700000400 } from '../migrations/1763700000400-create-ledger-lines.migration';
import { CreateBonds1763700000500 } from '../migrations/1763700000500-create-bonds.migration';
import { CreateTerminationRefunds1763700000600 } from '../migrations/1763700000600-create-termination-refunds.migration';
import { AddPaymentScheduleHoldover1763700000700 } from '../migrations/1763700000700-add-payment-schedule-holdover.migration';
import { AddPaymentScheduleRestrictions1763700000800 } from '../migrations/1763700000800-add-payment-schedule-restrictions.migration';
import { AddContractCuredBreachNotices1763700000900 } from '../migrations/1763700000900-add-contract-cured-breach-notices.migration';
import { TerminationRefundPaymentsList1763700001000 } from '../migrations/1763700001000-termination-refund-payments-list.migration';
import { CreateObligations1763700001100 } from '../migrations/1763700001100-create-obligations.migration';
import { ObligationsPartyOrderIndex1763700001200 } from '../migrations/1763700001200-obligations-party-order-index.migration';
import { bondsProjection } from './bonds/bonds.projection';
import { contractsProjection } from './contracts/contracts.projection';
import { ledgerLinesProjection } from './ledger-lines/ledger-lines.projection';
import { obligationsProjection } from './obligations/obligations.projection';
import { paymentSchedulesProjection } from './payment-schedules/payment-schedules.projection';
import { streamSummaryProjection } from './stream-summary/stream-summary.projection';
import { terminationRefundsProjection } from './termination-refunds/termination-refunds.projection';

/** Every projection the projector runs, and the migrations that create their tables. */
export const ALL_PROJECTIONS: AnyProjection[] = [
  streamSummaryProjection,
  contractsProjection,
  paymentSchedulesProjection,
  ledgerLinesProjection,
  bondsProjection,
  terminationRefundsProjection,
  obligationsProjection,
];

export const projectionMigrations = [
  CreateProjectionCheckpoints1763700000000,
  CreateStreamSummary1763700000100,
  CreateContracts1763700000200,
  CreatePaymentSchedules1763700000300,
  CreateLedgerLines1763700000400,
  CreateBonds1763700000500,
  CreateTerminationRefunds1763700000600,
  AddPaymentScheduleHoldover1763700000700,
  AddPaymentScheduleRestrictions1763700000800,
  AddContractCuredBreachNotices1763700000900,
  TerminationRefundPaymentsList1763700001000,
  CreateObligations1763700001100,
  ObligationsPartyOrderIndex1763700001200,
];
