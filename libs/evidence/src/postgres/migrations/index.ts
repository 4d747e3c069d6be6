import { CreateEvidenceLog1764600000000 } from './1764600000000-create-evidence-log.migration';

/** The evidence log's tables, for runMigrations (after the event store's). */
export const evidenceMigrations = [CreateEvidenceLog1764600000000];
