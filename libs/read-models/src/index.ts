/**
 * The read models: pure projections over the contract events, their row types, the TypeORM
 * entity schemas the api reads them through, the migrations that create their tables, and the
 * ProjectorService that runs them from the event store's durable subscription (inside the api
 * process or as its own process).
 */
export * from './projections';
export * from './projections/bonds/bond.row';
export * from './projections/contracts/contract.row';
export * from './projections/ledger-lines/ledger-line.row';
export * from './projections/payment-schedules/payment-schedule.row';
export * from './projections/stream-summary/stream-summary.projection';
export * from './projections/termination-refunds/termination-refund.row';
export * from './projections/shared';
export * from './entities';
export * from './projector.module';
export * from './projector.service';
