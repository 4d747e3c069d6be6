export * from './anomalies.helpers';
export * from './event-facts.helpers';
export * from './money.helpers';
export * from './event-data.helpers';
export * from './contract-fact';
export * from './contract-projection';
export * from './figure-neutral';
