export * from './migrations';
export * from './postgres-checkpoint.store';
export * from './postgres-event-store';
export * from './listen-wakeups';
