export * from './embedded-postgres';
export * from './esm-import';
export * from './migrations';
export * from './tokens';
export * from './os-user';
export * from './root-placement';
export * from './startup-error';
export * from './pg-transaction';
