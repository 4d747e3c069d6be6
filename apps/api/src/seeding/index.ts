import type { INestApplication } from '@nestjs/common';

/** Loads the reference contracts through the command side (idempotent). */
export async function seedReferenceContracts(_app: INestApplication): Promise<void> {
  // Filled in by the seeds work (issue 6).
}
