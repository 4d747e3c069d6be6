export * from './embedded-postgres';
export * from './esm-import';
export * from './migrations';
export * from './tokens';
