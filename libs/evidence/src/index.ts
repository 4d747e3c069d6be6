/**
 * Evidence a third party verifies offline: the RFC 9162 Merkle log over all events, RFC 8785
 * canonical JSON, C2SP signed-note checkpoints and receipts, the export format and its verifier.
 * Pure except the PostgreSQL log (./postgres), which the api wires.
 */
export * from './bundle';
export * from './canonical';
export * from './leaf';
export * from './merkle';
export * from './note';
export * from './receipt';
