export * from './checkpoint';
export * from './ed25519-key';
export * from './signed-note';
