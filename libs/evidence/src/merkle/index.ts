export * from './memory-tree';
export * from './merkle-hash';
export * from './merkle-proofs';
export * from './merkle-verify';
export * from './compact-range';
