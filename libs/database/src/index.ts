export * from './embedded-postgres';
export * from './esm-import';
export * from './migrations';
