export * from './migrations';
export * from './postgres-evidence-log';
