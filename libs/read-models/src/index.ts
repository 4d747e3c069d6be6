/**
 * The read models: pure projections over the contract events (each a table of handler-or-'ignore'
 * per event type, specified without a database by given/then specs), their tables (a column spec
 * per table, from which the row type, the TypeORM entity schema the api reads through and the
 * blank row are derived), the migrations that create them, and the ProjectorService that runs
 * them from the event store's durable subscription (inside the api process or as its own).
 */
export * from './projections';
export * from './projections/bonds/bond.row';
export * from './projections/contracts/contract.row';
export * from './projections/ledger-lines/ledger-line.row';
export * from './projections/payment-schedules/payment-schedule.row';
export * from './projections/stream-summary/stream-summary.projection';
export * from './projections/stream-summary/stream-summary.row';
export * from './projections/termination-refunds/termination-refund.row';
export * from './projections/shared';
export * from './entities';
export * from './projector.module';
export * from './projector.service';
export * from './views';
export * from './obligations';
export * from './projections/obligations/obligation-rows';
export * from './projections/obligations/obligation.row';
export * from './projections/obligations/obligation-source.row';
