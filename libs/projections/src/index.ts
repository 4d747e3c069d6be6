export * from './projection';
export * from './projection-group-runner';
export * from './projection-leadership';
export * from './checkpoints';
export * from './rebuild';
export { quoteIdent, textQuery } from './row-store';
export { CreateProjectionCheckpoints1763700000000 } from './migrations/1763700000000-create-projection-checkpoints.migration';
export { foldInMemory } from './fold-in-memory';
export { FoldedTable, PrefixFolds, type PrefixFoldOptions } from './prefix-folds';
