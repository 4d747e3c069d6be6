export * from './evidence-leaf';
