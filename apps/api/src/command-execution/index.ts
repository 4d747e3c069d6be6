export * from './command-execution.types';
export * from './command-executor';
export * from './command-id';
export * from './etag';
export * from './if-match.decorator';
export { chinaToday } from './future-facts.guard';
